// Pure statistics behind every Insight figure: relative rate index with a log-method confidence interval,
// Wilson score intervals, percentiles, and small-number suppression (primary and secondary).
// The formulas, the zero-cell rule and a worked suppression example are in docs/statistics.md.

/** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
export const Z_95 = 1.959963984540054;

export type Estimate = { value: number; lower: number; upper: number };

export type RateRatio =
  | { kind: 'estimate'; value: number; lower: number; upper: number; zeroCellCorrected: boolean }
  | { kind: 'none'; reason: 'zero denominator' | 'no events in either group' };

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;

/**
 * Relative rate index: (a / n1) ÷ (b / n2), the group's rate over the reference group's rate, with a 95% CI by
 * the log method: SE(ln RRI) = sqrt(1/a − 1/n1 + 1/b − 1/n2), CI = exp(ln RRI ± z·SE).
 *
 * Zero cells (a = 0 or b = 0) make ln RRI or SE infinite. We then apply the Haldane–Anscombe correction: add
 * 0.5 to each of the four cells of the 2×2 table (events and non-events of each group), i.e. a + 0.5 over
 * n1 + 1 and b + 0.5 over n2 + 1, for the estimate and its interval, and flag it. With no events in either
 * group, or an empty group, there is nothing to compare and no ratio is given.
 */
export function relativeRateIndex(a: number, n1: number, b: number, n2: number, z = Z_95): RateRatio {
  for (const [name, v] of [['a', a], ['n1', n1], ['b', b], ['n2', n2]] as const) {
    if (!isCount(v)) throw new RangeError(`${name} must be a non-negative integer, got ${v}`);
  }
  if (a > n1 || b > n2) throw new RangeError('events cannot exceed the group size');
  if (n1 === 0 || n2 === 0) return { kind: 'none', reason: 'zero denominator' };
  if (a === 0 && b === 0) return { kind: 'none', reason: 'no events in either group' };
  const corrected = a === 0 || b === 0;
  const [ca, cn1, cb, cn2] = corrected ? [a + 0.5, n1 + 1, b + 0.5, n2 + 1] : [a, n1, b, n2];
  const ratio = (ca / cn1) / (cb / cn2);
  const se = Math.sqrt(1 / ca - 1 / cn1 + 1 / cb - 1 / cn2);
  return {
    kind: 'estimate',
    value: ratio,
    lower: Math.exp(Math.log(ratio) - z * se),
    upper: Math.exp(Math.log(ratio) + z * se),
    zeroCellCorrected: corrected,
  };
}

/**
 * Wilson score interval for a proportion x / n: it stays inside [0, 1] and behaves at 0 and n, unlike the
 * Wald interval. Null when n = 0 (no proportion to estimate).
 */
export function wilsonInterval(x: number, n: number, z = Z_95): Estimate | null {
  if (!isCount(x) || !isCount(n) || x > n) throw new RangeError(`need 0 ≤ x ≤ n integers, got ${x}/${n}`);
  if (n === 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { value: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

/**
 * The q-th percentile (0 ≤ q ≤ 1) by linear interpolation between closest ranks (Hyndman & Fan type 7, as
 * PostgreSQL's percentile_cont and R's default). Null for an empty list.
 */
export function percentile(values: readonly number[], q: number): number | null {
  if (q < 0 || q > 1) throw new RangeError(`q must be in [0, 1], got ${q}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((x, y) => x - y);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (high - low) * (position - below);
}

// ---- Small-number suppression ----

export type Suppression = 'primary' | 'secondary' | null;
export type SuppressedTable = {
  /** Per cell: why it is hidden, or null when it may be shown. */
  cells: Suppression[][];
  /** Per row / column total (all null where the table publishes none), and the grand total where both are published. */
  rowTotals: Suppression[];
  columnTotals: Suppression[];
  grandTotal: Suppression;
};

/** A count is primary-suppressed when 0 < count < threshold: a true zero identifies no one. */
export const isSmall = (count: number, threshold: number): boolean => count > 0 && count < threshold;

/**
 * Primary and secondary (complementary) suppression of a table of counts and its published totals.
 *
 * The totals are treated as cells of the table: each row with its row total, and each column with its column
 * total, is a line whose members sum up, so a reader can recover any one hidden member of a line from the
 * others. Primary: every cell or total with 0 < count < threshold. Secondary: wherever a line has exactly one
 * hidden member, or hidden cells that add up to less than the threshold under a visible total, we also hide its
 * smallest visible non-zero member (ties: the first), and repeat, because hiding a cell can leave a crossing line
 * exposed, until every line has no hidden member, or ≥ 2 whose sum is at least the threshold or whose total is
 * hidden.
 *
 * rowTotals / columnTotals say whether the table publishes the sums of its rows / columns (and, with both,
 * the grand total). Without a published total a row or column is not a line: nothing can be subtracted.
 */
export function suppressTable(
  counts: readonly (readonly number[])[],
  { threshold, rowTotals, columnTotals }: { threshold: number; rowTotals: boolean; columnTotals: boolean },
): SuppressedTable {
  const rows = counts.length;
  const columns = counts[0]?.length ?? 0;
  if (counts.some((r) => r.length !== columns)) throw new RangeError('every row must have the same number of cells');
  // The table with its margins: a total column when rows are summed, a total row when columns are.
  const augmented: number[][] = counts.map((row) => (rowTotals ? [...row, row.reduce((s, v) => s + v, 0)] : [...row]));
  if (columnTotals) {
    const width = augmented[0]?.length ?? 0;
    augmented.push(Array.from({ length: width }, (_, j) => augmented.reduce((s, row) => s + (row[j] ?? 0), 0)));
  }
  const state: Suppression[][] = augmented.map((row) => row.map((v) => (isSmall(v, threshold) ? 'primary' : null)));
  const height = augmented.length;
  const width = augmented[0]?.length ?? 0;
  const lines: [number, number][][] = [
    ...(rowTotals ? Array.from({ length: height }, (_, i) => Array.from({ length: width }, (_, j): [number, number] => [i, j])) : []),
    ...(columnTotals ? Array.from({ length: width }, (_, j) => Array.from({ length: height }, (_, i): [number, number] => [i, j])) : []),
  ];
  const stateAt = (i: number, j: number): Suppression => state[i]?.[j] ?? null;
  const valueAt = (i: number, j: number): number => augmented[i]?.[j] ?? 0;
  // The last member of a line is its total. Hidden cells are never 0, so two hidden cells of a line whose
  // total shows can still be pinned down when their sum is small (1 + 1 = 2 leaves only 1 and 1).
  const needsMoreCover = (line: [number, number][]): boolean => {
    const hidden = line.filter(([i, j]) => stateAt(i, j) !== null);
    if (hidden.length === 0) return false;
    if (hidden.length === 1) return true;
    const total = line[line.length - 1];
    if (!total || stateAt(total[0], total[1]) !== null) return false;
    const hiddenSum = hidden.reduce((s, [i, j]) => s + valueAt(i, j), 0);
    return hiddenSum < threshold;
  };

  for (let changed = true; changed;) {
    changed = false;
    for (const line of lines) {
      if (!needsMoreCover(line)) continue;
      let best: [number, number] | undefined;
      for (const [i, j] of line) {
        // A zero gives no cover: the hidden sum would then pin the small cell down exactly.
        if (stateAt(i, j) === null && valueAt(i, j) > 0 && (!best || valueAt(i, j) < valueAt(best[0], best[1]))) best = [i, j];
      }
      const row = best ? state[best[0]] : undefined;
      if (!best || !row) continue;
      row[best[1]] = 'secondary';
      changed = true;
    }
  }
  return {
    cells: state.slice(0, rows).map((row) => row.slice(0, columns)),
    rowTotals: Array.from({ length: rows }, (_, i) => (rowTotals ? stateAt(i, columns) : null)),
    columnTotals: Array.from({ length: columns }, (_, j) => (columnTotals ? stateAt(rows, j) : null)),
    grandTotal: rowTotals && columnTotals ? stateAt(rows, columns) : null,
  };
}
