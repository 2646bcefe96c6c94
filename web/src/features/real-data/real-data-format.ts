// Pure helpers of the real-data page: the force and period in the URL, how the report's figures are written (the
// same "<5" and "[c]" as Insight), and the rows of each comparison chart (all rows against without flagged rows).
// Kept apart from React so they can be tested alone.
import type { TEstimate } from '../../../../shared/insight-contracts.js';
import type { TRealDataFigures } from '../../../../shared/real-data-contracts.js';

export type RealDataCriteria = { forceId?: string; year?: number; years?: number };
type FigureSet = TRealDataFigures['all'];

/** The criteria in a URL, keeping only values the API accepts. */
export function realDataCriteriaFrom(params: URLSearchParams): RealDataCriteria {
  const criteria: RealDataCriteria = {};
  const forceId = params.get('forceId')?.trim();
  if (forceId && /^[A-Z0-9]{1,10}$/.test(forceId)) criteria.forceId = forceId;
  const year = Number(params.get('year'));
  if (params.get('year') && Number.isInteger(year) && year >= 1900 && year <= 2100) criteria.year = year;
  const years = Number(params.get('years'));
  if (params.get('years') && Number.isInteger(years) && years >= 1 && years <= 20) criteria.years = years;
  return criteria;
}

export function realDataSearch(criteria: RealDataCriteria, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  if (criteria.forceId) params.set('forceId', criteria.forceId);
  if (criteria.year !== undefined) params.set('year', String(criteria.year));
  if (criteria.years !== undefined) params.set('years', String(criteria.years));
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const search = params.toString();
  return search ? `?${search}` : '';
}

const fixed = (value: number, digits: number) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A share as "31.7%"; "–" when it is not shown. */
export function formatShare(share: number | null): string {
  return share === null || !Number.isFinite(share) ? '–' : `${fixed(share * 100, 1)}%`;
}

/** A count the report protects: "<5" when it rests on fewer people than the threshold. */
export function formatSmall(value: number | null, suppressed: 'primary' | null, threshold: number): string {
  if (suppressed === 'primary' || value === null) return `<${threshold}`;
  return value.toLocaleString('en-GB');
}

/** One row of a comparison chart: a label and, for each variant (all, without flagged), a value and its interval. */
export type ComparisonRow = { label: string; values: [number | null, number | null]; lower?: [number | null, number | null]; upper?: [number | null, number | null] };

const finite = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);
const pair = (a: TEstimate | undefined, b: TEstimate | undefined, key: 'value' | 'lower' | 'upper'): [number | null, number | null] => [finite(a?.[key]), finite(b?.[key])];
const estimateRow = (label: string, a: TEstimate | undefined, b: TEstimate | undefined): ComparisonRow => ({ label, values: pair(a, b, 'value'), lower: pair(a, b, 'lower'), upper: pair(a, b, 'upper') });

export function repeatRows(all: FigureSet, without: FigureSet, unit: 'cases' | 'allegations'): ComparisonRow[] {
  const [a, w] = unit === 'cases' ? [all.repeatByCases, without.repeatByCases] : [all.repeatByAllegations, without.repeatByAllegations];
  return a.bands.map((band, i) => ({ label: band.label, values: [band.people.value, w.bands[i]?.people.value ?? null] }));
}

export function concentrationRows(all: FigureSet, without: FigureSet): ComparisonRow[] {
  return all.concentration.top.map((t, i) => ({ label: `Top ${t.percent}% of subjects`, values: [t.share, without.concentration.top[i]?.share ?? null] }));
}

/** IOPC categories with a decided allegation in either variant. */
export function caseToAnswerRows(all: FigureSet, without: FigureSet): ComparisonRow[] {
  return all.caseToAnswer.byCategory.rows
    .filter((r, i) => r.decided.value !== 0 || (without.caseToAnswer.byCategory.rows[i]?.decided.value ?? 0) !== 0)
    .map((r) => estimateRow(r.label, r.rate, without.caseToAnswer.byCategory.rows.find((x) => x.key === r.key)?.rate));
}

/** The per-head RRI of being accused, for every compared group that is not the reference and has a ratio to show. */
export function accusedRriRows(all: FigureSet, without: FigureSet, dimension: 'byEthnicity' | 'bySex'): ComparisonRow[] {
  const stage = (set: FigureSet) => set.disproportionality[dimension].stages.find((s) => s.stage === 'allegation');
  const a = stage(all);
  const w = stage(without);
  return (a?.rows ?? [])
    .filter((r) => !r.isReference && r.rriPerHead.note !== 'Not compared: the group is unknown')
    .map((r) => estimateRow(r.label, r.rriPerHead, w?.rows.find((x) => x.group === r.group)?.rriPerHead))
    // A group with no one in it (no ratio either way) is left to the table, which says so.
    .filter((r) => r.values.some((v) => v !== null));
}

export function alertRows(all: FigureSet, without: FigureSet): ComparisonRow[] {
  return all.alerts.map((a, i) => ({ label: a.name, values: [a.people, without.alerts[i]?.people ?? null] }));
}

/** The chart's words for a screen reader: every value of both variants, then a pointer to the table. */
export function describeComparison(title: string, rows: readonly ComparisonRow[], format: (v: number) => string): string {
  if (rows.length === 0) return `${title}: nothing to show.`;
  const text = (v: number | null) => (v === null ? 'not shown' : format(v));
  return `${title}, all rows against without flagged rows. ${rows.map((r) => `${r.label}: ${text(r.values[0])} and ${text(r.values[1])}`).join('; ')}. The table below gives every figure.`;
}
