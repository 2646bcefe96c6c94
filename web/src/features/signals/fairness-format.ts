// Words and numbers for the fairness monitor. Pure, so they are tested without a browser.
import type { TFairness } from '../../../../shared/signal-contracts.js';

type Row = TFairness['measures'][number]['rows'][number];

export const ETHNICITY_LABELS: Readonly<Record<string, string>> = {
  white: 'White', asian: 'Asian', black: 'Black', mixed: 'Mixed', other: 'Other', not_stated: 'Not stated',
};
export const SEX_GROUP_LABELS: Readonly<Record<string, string>> = { male: 'Male', female: 'Female', not_recorded: 'Not recorded' };

const fixed = (value: number, digits: number) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A count, or "Suppressed" when it is hidden to protect small numbers. */
export const fairnessCell = (value: number | null, suppressed: boolean): string => (suppressed || value === null ? 'Suppressed' : value.toLocaleString('en-GB'));

export const fairnessRate = (rate: number | null): string => (rate === null ? '–' : `${fixed(rate * 100, 1)}%`);

/** "1.82 (1.37 to 2.41)", or a dash when there is nothing to compare. */
export function fairnessRatio(rri: Row['rri']): string {
  if (!rri || ![rri.value, rri.lower, rri.upper].every(Number.isFinite)) return '–';
  return `${fixed(rri.value, 2)} (${fixed(rri.lower, 2)} to ${fixed(rri.upper, 2)})${rri.zeroCellCorrected ? ' *' : ''}`;
}
