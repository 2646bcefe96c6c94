// The figures of a dip-sample report, as a pure function of the tallies: per stratum and overall, how many
// decisions were reviewed and the share the reviewer disagreed with, with a Wilson 95% interval (Insight's, see
// docs/statistics.md). Reviewers see every count: they reviewed the decisions themselves, so hiding a count from
// them protects no one. The publication view, for sharing beyond the reviewers, applies Insight's primary and
// secondary suppression to the agreed/disagreed table with its totals, and shows no rate over a hidden count.
import type { TCount, TEstimate } from '../../../shared/insight-contracts.js';
import type { TReportRow } from '../../../shared/qa-contracts.js';
import { suppressTable, wilsonInterval, type Suppression } from '../insight/statistics.js';
import { parseStratumKey } from './stratified-sample.js';

export type StratumTally = { key: string; drawn: number; agreed: number; disagreed: number };
export type ReportView = 'full' | 'publication';

const shown = (value: number): TCount => ({ value, suppressed: null });
const counted = (value: number, suppression: Suppression): TCount => (suppression ? { value: null, suppressed: suppression } : shown(value));

function rateOf(disagreed: TCount, reviewed: TCount): TEstimate {
  if (disagreed.value === null || reviewed.value === null) return { value: null, lower: null, upper: null, note: 'Not shown: it would use a hidden count' };
  const interval = wilsonInterval(disagreed.value, reviewed.value);
  if (!interval) return { value: null, lower: null, upper: null, note: 'No decision in this stratum has been reviewed yet' };
  return { ...interval, note: null };
}

function row(key: string, drawn: number | null, reviewed: TCount, agreed: TCount, disagreed: TCount): TReportRow {
  return { key, values: parseStratumKey(key), drawn, reviewed, agreed, disagreed, disagreementRate: rateOf(disagreed, reviewed) };
}

export function buildReportRows(tallies: readonly StratumTally[], { view, threshold }: { view: ReportView; threshold: number }): { strata: TReportRow[]; total: TReportRow } {
  const sum = (pick: (t: StratumTally) => number) => tallies.reduce((s, t) => s + pick(t), 0);
  const totals = { drawn: sum((t) => t.drawn), agreed: sum((t) => t.agreed), disagreed: sum((t) => t.disagreed) };
  if (view === 'full') {
    return {
      strata: tallies.map((t) => row(t.key, t.drawn, shown(t.agreed + t.disagreed), shown(t.agreed), shown(t.disagreed))),
      total: row('all', totals.drawn, shown(totals.agreed + totals.disagreed), shown(totals.agreed), shown(totals.disagreed)),
    };
  }
  const hidden = suppressTable(tallies.map((t) => [t.agreed, t.disagreed]), { threshold, rowTotals: true, columnTotals: true });
  return {
    strata: tallies.map((t, i) => row(t.key, null,
      counted(t.agreed + t.disagreed, hidden.rowTotals[i] ?? null),
      counted(t.agreed, hidden.cells[i]?.[0] ?? null),
      counted(t.disagreed, hidden.cells[i]?.[1] ?? null))),
    total: row('all', null,
      counted(totals.agreed + totals.disagreed, hidden.grandTotal),
      counted(totals.agreed, hidden.columnTotals[0] ?? null),
      counted(totals.disagreed, hidden.columnTotals[1] ?? null)),
  };
}
