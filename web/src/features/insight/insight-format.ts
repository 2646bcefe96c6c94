// Pure helpers of the Insight page: the filters in the URL, how counts and estimates are written, and the
// rows of the forest plot. Kept apart from React so they can be tested alone.
import type { TCaseToAnswerTable, TCount, TDisproportionalityTable, TDisproportionalityTrend, TEstimate, TTimeliness } from '../../../../shared/insight-contracts.js';
import { INSIGHT_ROLE_FILTERS, type InsightRoleFilter } from '../../../../shared/insight-vocabulary.js';

export type InsightCriteria = { forceId?: string; year?: number; years?: number; role?: InsightRoleFilter };

const isRole = (value: string): value is InsightRoleFilter => (INSIGHT_ROLE_FILTERS as readonly string[]).includes(value);

/** The filters in a URL, keeping only values the API accepts (a mistyped year would otherwise be a 400 page). */
export function criteriaFrom(params: URLSearchParams, thisYear: number): InsightCriteria {
  const criteria: InsightCriteria = {};
  const forceId = params.get('forceId')?.trim();
  if (forceId && /^[A-Z0-9]{1,10}$/.test(forceId)) criteria.forceId = forceId;
  const year = Number(params.get('year'));
  if (Number.isInteger(year) && year >= 2000 && year <= thisYear) criteria.year = year;
  const years = Number(params.get('years'));
  if (Number.isInteger(years) && years >= 1 && years <= 20) criteria.years = years;
  const role = params.get('role');
  if (role && isRole(role)) criteria.role = role;
  return criteria;
}

export function queryOf(criteria: InsightCriteria): Record<string, string | number | undefined> {
  return { forceId: criteria.forceId, year: criteria.year, years: criteria.years, role: criteria.role };
}

export function searchOf(criteria: InsightCriteria): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(queryOf(criteria))) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

/** "<5" for a small count, "[c]" for one hidden to protect a small one, else the number with thousands separators. */
export function formatCount(count: TCount, threshold: number): string {
  if (count.suppressed === 'primary') return `<${threshold}`;
  if (count.suppressed === 'secondary' || count.value === null) return '[c]';
  return count.value.toLocaleString('en-GB');
}

const fixed = (value: number, digits: number) => value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** "1.82 (1.37 to 2.41)"; an estimate that cannot be shown is a dash, never NaN or Infinity. */
export function formatRatio(estimate: TEstimate): string {
  const { value, lower, upper } = estimate;
  if (value === null || lower === null || upper === null || ![value, lower, upper].every(Number.isFinite)) return '–';
  return `${fixed(value, 2)} (${fixed(lower, 2)} to ${fixed(upper, 2)})`;
}

/** "62.5% (30.6% to 86.3%)". */
export function formatProportion(estimate: TEstimate): string {
  const { value, lower, upper } = estimate;
  if (value === null || lower === null || upper === null || ![value, lower, upper].every(Number.isFinite)) return '–';
  return `${fixed(value * 100, 1)}% (${fixed(lower * 100, 1)}% to ${fixed(upper * 100, 1)}%)`;
}

export function formatDays(days: number | null): string {
  return days === null || !Number.isFinite(days) ? '–' : fixed(days, days % 1 === 0 ? 0 : 1);
}

export type ForestRow = { label: string; value: number; lower: number; upper: number };

/**
 * The rows of a forest plot: at every stage after the workforce, each compared group's RRI of reaching it from
 * the stage before (at the allegation stage, the rate per head), where one can be shown. Rows without an
 * estimate are left out (the table says why).
 */
export function forestRows(table: TDisproportionalityTable): ForestRow[] {
  const rows: ForestRow[] = [];
  for (const stage of table.stages) {
    for (const row of stage.rows) {
      const { value, lower, upper } = row.rriVsPrevious;
      if (value === null || lower === null || upper === null || value <= 0 || lower <= 0) continue;
      rows.push({ label: `${stage.label}: ${row.label}`, value, lower, upper });
    }
  }
  return rows;
}

/** A plain-language summary for the chart's aria-label, so the chart says what it shows before the table. */
export function describeForest(rows: readonly ForestRow[], referenceLabel: string): string {
  if (rows.length === 0) return `No relative rates against ${referenceLabel} can be shown for this scope.`;
  return `Relative rate index against ${referenceLabel} of reaching each stage from the one before, with 95% confidence intervals, on a log scale. ${rows
    .map((r) => `${r.label} ${fixed(r.value, 2)}`)
    .join('; ')}. The table below gives every figure.`;
}

export type TimelinessRow = { label: string; median: number; p75: number; p90: number };

/** The steps of all categories with a distribution to draw (hidden or empty ones are left out). */
export function timelinessRows(figure: TTimeliness): TimelinessRow[] {
  const all = figure.rows.find((r) => r.key === 'all');
  const label = (stage: string) => figure.stages.find((s) => s.stage === stage)?.label ?? stage;
  return (all?.stages ?? []).flatMap((s) => (s.median === null || s.p75 === null || s.p90 === null ? [] : [{ label: label(s.stage), median: s.median, p75: s.p75, p90: s.p90 }]));
}

const distributionOf = (rows: readonly TimelinessRow[]) => rows.map((r) => `${r.label}: median ${formatDays(r.median)}, 75th ${formatDays(r.p75)}, 90th ${formatDays(r.p90)}`).join('; ');

export function describeTimeliness(rows: readonly TimelinessRow[]): string {
  if (rows.length === 0) return 'No step has enough matters to show how long it took.';
  return `Days from receipt to each step, all categories: median, 75th and 90th percentile. ${distributionOf(rows)}. The table below gives every figure.`;
}

/** The closure chart: categories drawn, and those left out because their count is hidden or none has closed. */
export type ClosureChart = { rows: TimelinessRow[]; suppressed: string[]; unclosed: string[] };

/** Days to closure by IOPC category, in the table's order. A category whose count of closed matters is hidden is not drawn. */
export function closureRows(figure: TTimeliness): ClosureChart {
  const chart: ClosureChart = { rows: [], suppressed: [], unclosed: [] };
  for (const row of figure.rows) {
    if (row.key === 'all') continue;
    const closed = row.stages.find((s) => s.stage === 'closed');
    if (closed && closed.matters.suppressed !== null) chart.suppressed.push(row.label);
    else if (!closed || closed.median === null || closed.p75 === null || closed.p90 === null) chart.unclosed.push(row.label);
    else chart.rows.push({ label: row.label, median: closed.median, p75: closed.p75, p90: closed.p90 });
  }
  return chart;
}

export function describeClosure(chart: ClosureChart, threshold: number): string {
  const notDrawn = [
    chart.suppressed.length > 0 ? `Not drawn, fewer than ${threshold} closed matters: ${chart.suppressed.join(', ')}.` : '',
    chart.unclosed.length > 0 ? `No matter closed: ${chart.unclosed.join(', ')}.` : '',
  ].filter(Boolean).join(' ');
  const drawn = chart.rows.length === 0
    ? 'No IOPC category has enough closed matters to show how long closure took.'
    : `Days from receipt to closure by IOPC category: median, 75th and 90th percentile. ${distributionOf(chart.rows)}.`;
  return [drawn, notDrawn, chart.rows.length === 0 ? '' : 'The table below gives every figure.'].filter(Boolean).join(' ');
}

export type RateRow = { label: string; value: number; lower: number; upper: number; isBelowReference: boolean; isAboveReference: boolean };

/** A dot-and-interval chart of case-to-answer rates: rows drawn (lowest rate first), the reference, rows left out. */
export type RateChart = { rows: RateRow[]; reference: { label: string; value: number } | null; suppressed: string[]; undecided: string[] };

type CaseToAnswerRow = TCaseToAnswerTable['rows'][number];

/**
 * The rows of a case-to-answer chart, lowest rate first so the allegations that reach case to answer least often
 * lead. The reference is the table's own total, or else `overall` (all allegations): the tag table has no total
 * because an allegation may carry several tags, yet the question it answers is whether a tag falls below the
 * rest. A row is below (above) the reference when its whole 95% interval is. Rows with a hidden count are not drawn.
 */
export function caseToAnswerRows(table: TCaseToAnswerTable, overall: CaseToAnswerRow | null): RateChart {
  const total = table.total ?? overall;
  const rate = total?.rate.value ?? null;
  const reference = total && rate !== null && Number.isFinite(rate) ? { label: total.label, value: rate } : null;
  const chart: RateChart = { rows: [], reference, suppressed: [], undecided: [] };
  for (const row of table.rows) {
    const { value, lower, upper } = row.rate;
    if ([row.decided, row.caseToAnswer, row.noCaseToAnswer].some((c) => c.suppressed !== null)) chart.suppressed.push(row.label);
    else if (value === null || lower === null || upper === null || ![value, lower, upper].every(Number.isFinite)) chart.undecided.push(row.label);
    else chart.rows.push({ label: row.label, value, lower, upper, isBelowReference: reference !== null && upper < reference.value, isAboveReference: reference !== null && lower > reference.value });
  }
  chart.rows.sort((a, b) => a.value - b.value);
  return chart;
}

const percent = (value: number) => `${fixed(value * 100, 1)}%`;

/** `dimension` names the rows, as in "by thematic tag". */
export function describeCaseToAnswer(chart: RateChart, dimension: string, threshold: number): string {
  const { rows, reference } = chart;
  const parts: string[] = [];
  if (rows.length === 0) {
    parts.push(`No case-to-answer rate by ${dimension} can be shown for this scope.`);
  } else {
    parts.push(`Case-to-answer rate by ${dimension} with 95% confidence intervals, on a scale from 0 to 100%, lowest first${reference ? `; dashed line: ${reference.label.toLowerCase()} ${percent(reference.value)}` : ''}.`);
    parts.push(`${rows.map((r) => `${r.label} ${percent(r.value)} (${percent(r.lower)} to ${percent(r.upper)})`).join('; ')}.`);
    if (reference) {
      const names = (list: RateRow[]) => (list.length === 0 ? 'none' : list.map((r) => r.label).join(', '));
      parts.push(`Whole interval below ${reference.label.toLowerCase()}: ${names(rows.filter((r) => r.isBelowReference))}. Whole interval above: ${names(rows.filter((r) => r.isAboveReference))}.`);
    }
  }
  if (chart.suppressed.length > 0) parts.push(`Not drawn, a count is hidden (fewer than ${threshold}, or hidden with one that is): ${chart.suppressed.join(', ')}.`);
  if (chart.undecided.length > 0) parts.push(`No allegation decided: ${chart.undecided.join(', ')}.`);
  if (rows.length > 0) parts.push('The table below gives every figure.');
  return parts.join(' ');
}

export type TrendSeries = { group: string; label: string; values: (number | null)[]; estimates: TEstimate[] };

/** Per compared ethnic group, the per-head RRI of being the subject of an allegation in each year (null where not shown). */
export function trendSeries(figure: TDisproportionalityTrend): TrendSeries[] {
  const first = figure.years[0]?.byEthnicity.stages.find((s) => s.stage === 'allegation');
  const groups = (first?.rows ?? []).filter((r) => !r.isReference && r.rriPerHead.note !== 'Not compared: the group is unknown');
  return groups.map((g) => {
    const estimates = figure.years.map((y) => y.byEthnicity.stages.find((s) => s.stage === 'allegation')?.rows.find((r) => r.group === g.group)?.rriPerHead
      ?? { value: null, lower: null, upper: null, note: null });
    return { group: g.group, label: g.label, values: estimates.map((e) => (e.value !== null && Number.isFinite(e.value) ? e.value : null)), estimates };
  });
}

export function describeTrend(years: readonly number[], series: readonly TrendSeries[]): string {
  const shown = series.filter((s) => s.values.some((v) => v !== null));
  if (shown.length === 0) return 'No yearly relative rates against White can be shown for this scope.';
  return `Relative rate index against White of being the subject of an allegation, per head, year by year from ${years[0] ?? ''} to ${years[years.length - 1] ?? ''}, log scale. ${shown
    .map((s) => `${s.label}: ${s.values.map((v, i) => `${years[i] ?? ''} ${v === null ? 'not shown' : fixed(v, 2)}`).join(', ')}`)
    .join('; ')}. The table below gives every figure.`;
}
