// The fairness monitor (DESIGN.md §5): the share of people with an open alert, and with a high risk score, by
// ethnicity and by sex, as a relative rate index against White / male with its 95% CI — the same statistics as
// Insight (server/modules/insight/statistics.ts) and the same small-number suppression, so the product cannot
// silently amplify a disparity like the Casey Review's 81% / 55%.
import { relativeRateIndex, suppressTable, type RateRatio } from '../insight/statistics.js';

export type GroupCount = { group: string; people: number; events: number };
export type FairnessRow = { group: string; people: number | null; events: number | null; rate: number | null; rri: Extract<RateRatio, { kind: 'estimate' }> | null; suppressed: boolean };

/**
 * One measure along one dimension. Counts are suppressed as a table of events and non-events per group with
 * row and column totals (primary below the threshold, then secondary); no rate or ratio over a hidden count.
 */
export function fairnessRows(counts: readonly GroupCount[], reference: string, threshold: number): FairnessRow[] {
  const table = counts.map((c) => [c.events, c.people - c.events]);
  const hidden = suppressTable(table, { threshold, rowTotals: true, columnTotals: true });
  const isHidden = (i: number) => (hidden.cells[i] ?? []).some((s) => s !== null) || (hidden.rowTotals[i] ?? null) !== null;
  const refIndex = counts.findIndex((c) => c.group === reference);
  const ref = counts[refIndex];
  return counts.map((c, i) => {
    const suppressed = isHidden(i);
    const comparable = !suppressed && ref !== undefined && !isHidden(refIndex) && c.group !== reference;
    const ratio = comparable ? relativeRateIndex(c.events, c.people, ref.events, ref.people) : null;
    return {
      group: c.group,
      people: suppressed ? null : c.people,
      events: suppressed ? null : c.events,
      rate: suppressed || c.people === 0 ? null : c.events / c.people,
      rri: ratio?.kind === 'estimate' ? ratio : null,
      suppressed,
    };
  });
}
