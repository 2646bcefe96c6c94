import { describe, expect, it } from 'vitest';
import { isSmall, percentile, relativeRateIndex, suppressTable, wilsonInterval, type SuppressedTable } from './statistics.js';

describe('relativeRateIndex', () => {
  it('matches a hand computation: 81 of 1,000 against 100 of 2,243', () => {
    // RRI = 0.081 / 0.0445831 = 1.81683; SE = sqrt(1/81 − 1/1000 + 1/100 − 1/2243) = sqrt(0.0208999) = 0.144568;
    // exp(±1.96 × 0.144568) = ×/÷ 1.32757 → 1.36854 to 2.41196.
    const r = relativeRateIndex(81, 1000, 100, 2243);
    expect(r.kind).toBe('estimate');
    if (r.kind !== 'estimate') return;
    expect(r.value).toBeCloseTo(1.81683, 5);
    expect(r.lower).toBeCloseTo(1.36854, 4);
    expect(r.upper).toBeCloseTo(2.41196, 4);
    expect(r.zeroCellCorrected).toBe(false);
  });

  it('gives an interval when every member of a group had the event (a = n1)', () => {
    // 10/10 vs 5/10: RRI 2; SE = sqrt(1/10 − 1/10 + 1/5 − 1/10) = 0.316228; exp(1.96 × 0.316228) = 1.85856 → 1.07611 to 3.71709.
    const r = relativeRateIndex(10, 10, 5, 10);
    if (r.kind !== 'estimate') throw new Error('expected an estimate');
    expect(r.value).toBe(2);
    expect(r.lower).toBeCloseTo(1.07611, 4);
    expect(r.upper).toBeCloseTo(3.71709, 4);
  });

  it('applies the Haldane–Anscombe correction to a zero cell and says so', () => {
    // 0/10 vs 12/40 → (0.5/11) / (12.5/41) = 0.149091; SE = sqrt(1/0.5 − 1/11 + 1/12.5 − 1/41) = 1.401678 → 0.009557 to 2.32574.
    const r = relativeRateIndex(0, 10, 12, 40);
    if (r.kind !== 'estimate') throw new Error('expected an estimate');
    expect(r.zeroCellCorrected).toBe(true);
    expect(r.value).toBeCloseTo(0.149091, 5);
    expect(r.lower).toBeCloseTo(0.009557, 5);
    expect(r.upper).toBeCloseTo(2.32574, 4);
    expect(Number.isFinite(r.upper)).toBe(true);
  });

  it('gives no ratio for an empty group or when neither group had the event', () => {
    expect(relativeRateIndex(3, 10, 0, 0)).toEqual({ kind: 'none', reason: 'zero denominator' });
    expect(relativeRateIndex(0, 0, 3, 10)).toEqual({ kind: 'none', reason: 'zero denominator' });
    expect(relativeRateIndex(0, 10, 0, 40)).toEqual({ kind: 'none', reason: 'no events in either group' });
  });

  it('refuses impossible counts', () => {
    expect(() => relativeRateIndex(11, 10, 1, 10)).toThrow(RangeError);
    expect(() => relativeRateIndex(-1, 10, 1, 10)).toThrow(RangeError);
    expect(() => relativeRateIndex(1.5, 10, 1, 10)).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  it('matches a hand computation for 40 of 100', () => {
    // centre = (0.4 + 1.9208/100) / 1.038415 = 0.403695; half = (1.96/1.038415) × sqrt(0.0024 + 0.000096) = 0.094298.
    const w = wilsonInterval(40, 100);
    expect(w?.value).toBe(0.4);
    expect(w?.lower).toBeCloseTo(0.309401, 5);
    expect(w?.upper).toBeCloseTo(0.497997, 5);
  });

  it('stays inside [0, 1] at the extremes', () => {
    expect(wilsonInterval(0, 10)).toEqual({ value: 0, lower: 0, upper: expect.closeTo(0.277533, 5) });
    const all = wilsonInterval(10, 10);
    expect(all?.lower).toBeCloseTo(0.722467, 5);
    expect(all?.upper).toBeCloseTo(1, 10);
    expect(wilsonInterval(3, 7)?.lower).toBeCloseTo(0.158220, 5);
  });

  it('gives nothing for n = 0 and refuses x > n', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(() => wilsonInterval(5, 4)).toThrow(RangeError);
  });
});

describe('percentile', () => {
  it('interpolates between ranks like percentile_cont', () => {
    // [10, 20, 30, 40]: median at position 1.5 → 25; p75 at 2.25 → 32.5; p90 at 2.7 → 37.
    expect(percentile([40, 10, 30, 20], 0.5)).toBe(25);
    expect(percentile([40, 10, 30, 20], 0.75)).toBe(32.5);
    expect(percentile([40, 10, 30, 20], 0.9)).toBeCloseTo(37, 10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
  });
});

/**
 * An attacker who knows the published cells, the published totals, that a primary-suppressed cell lies in
 * 1..threshold−1 and that any other hidden cell is ≥ 1 tries every completion of the hidden cells. A primary cell
 * is protected when more than one value fits.
 */
function possibleValues(counts: number[][], result: SuppressedTable, threshold: number, rowTotals: boolean, columnTotals: boolean): Map<string, Set<number>> {
  const hidden: [number, number][] = [];
  result.cells.forEach((row, i) => row.forEach((s, j) => { if (s) hidden.push([i, j]); }));
  const max = Math.max(...counts.flat());
  const seen = new Map<string, Set<number>>(hidden.map(([i, j]) => [`${i},${j}`, new Set<number>()]));
  const guess = counts.map((r) => [...r]);
  const fits = () => {
    if (rowTotals) for (const [i, row] of counts.entries()) {
      if (result.rowTotals[i] === null && (guess[i] ?? []).reduce((s, v) => s + v, 0) !== row.reduce((s, v) => s + v, 0)) return false;
    }
    if (columnTotals) for (let j = 0; j < (counts[0]?.length ?? 0); j++) {
      const truth = counts.reduce((s, r) => s + (r[j] ?? 0), 0);
      if (result.columnTotals[j] === null && guess.reduce((s, r) => s + (r[j] ?? 0), 0) !== truth) return false;
    }
    return true;
  };
  const walk = (k: number) => {
    if (k === hidden.length) {
      if (fits()) for (const [i, j] of hidden) seen.get(`${i},${j}`)?.add(guess[i]?.[j] ?? -1);
      return;
    }
    const [i, j] = hidden[k] ?? [0, 0];
    const isPrimary = result.cells[i]?.[j] === 'primary';
    // Hidden cells are never zero, and the attacker may be told which are small.
    for (let v = 1; v <= (isPrimary ? threshold - 1 : max); v++) {
      const row = guess[i];
      if (row) row[j] = v;
      walk(k + 1);
    }
  };
  walk(0);
  return seen;
}

describe('suppressTable', () => {
  it('hides counts of 1 to threshold − 1 but shows zeros', () => {
    expect([0, 1, 4, 5].map((v) => isSmall(v, 5))).toEqual([false, true, true, false]);
    const result = suppressTable([[0, 3, 12]], { threshold: 5, rowTotals: false, columnTotals: false });
    expect(result.cells).toEqual([[null, 'primary', null]]);
  });

  it('hides the next-smallest cell of a row whose total is published', () => {
    // Row 3 + 9 + 20 = 32 is published: 3 alone could be recovered as 32 − 9 − 20, so 9 (the smallest other) goes too.
    const result = suppressTable([[3, 9, 20]], { threshold: 5, rowTotals: true, columnTotals: false });
    expect(result.cells).toEqual([['primary', 'secondary', null]]);
  });

  it('follows secondary suppression across crossing lines until no line has a single hidden cell', () => {
    // Rows are ethnic groups, columns outcomes, both totals published.
    const counts = [
      [2, 30, 40],
      [15, 25, 50],
      [20, 6, 60],
    ];
    const result = suppressTable(counts, { threshold: 5, rowTotals: true, columnTotals: true });
    // Row 0 hides 2 (primary) and 30 (its smallest other); column 0 then hides 15, column 1 hides 6;
    // row 1 (15 hidden) and row 2 (6 hidden) each have one hidden cell → hide 25 and 20; all lines now have 0 or ≥ 2.
    expect(result.cells).toEqual([
      ['primary', 'secondary', null],
      ['secondary', 'secondary', null],
      ['secondary', 'secondary', null],
    ]);
    for (const line of [...result.cells, ...[0, 1, 2].map((j) => result.cells.map((r) => r[j]))]) {
      expect(line.filter((s) => s !== null).length).not.toBe(1);
    }
  });

  it('cannot be undone from the totals: every primary cell has more than one possible value', () => {
    const counts = [
      [1, 7, 9],
      [6, 3, 8],
      [10, 12, 0],
    ];
    const result = suppressTable(counts, { threshold: 5, rowTotals: true, columnTotals: true });
    const values = possibleValues(counts, result, 5, true, true);
    result.cells.forEach((row, i) => row.forEach((s, j) => {
      if (s === 'primary') expect(values.get(`${i},${j}`)?.size, `cell ${i},${j}`).toBeGreaterThan(1);
    }));
    // Without secondary suppression the attacker recovers the cell exactly: the check above is not vacuous.
    const primaryOnly: SuppressedTable = { ...result, cells: counts.map((r) => r.map((v) => (isSmall(v, 5) ? 'primary' : null))) };
    expect(possibleValues(counts, primaryOnly, 5, true, true).get('0,0')).toEqual(new Set([1]));
  });

  it('hides more cells when the hidden ones add up to less than the threshold', () => {
    // Casey-style bands × (dismissed, serving, left). In the first row 1 and 1 are hidden under a total of 19
    // with 17 showing: 19 − 17 = 2 could only be 1 + 1, so 17 must go as well.
    const counts = [[1, 17, 1], [1, 1, 0], [0, 1, 0], [0, 1, 0]];
    const result = suppressTable(counts, { threshold: 5, rowTotals: true, columnTotals: true });
    expect(result.cells[0]).toEqual(['primary', 'secondary', 'primary']);
    const values = possibleValues(counts, result, 5, true, true);
    result.cells.forEach((row, i) => row.forEach((s, j) => {
      if (s === 'primary') expect(values.get(`${i},${j}`)?.size, `cell ${i},${j}`).toBeGreaterThan(1);
    }));
  });

  it('hides a total that is itself small', () => {
    const result = suppressTable([[1, 2], [20, 30]], { threshold: 5, rowTotals: true, columnTotals: false });
    expect(result.rowTotals).toEqual(['primary', null]);
    expect(result.cells).toEqual([['primary', 'primary'], [null, null]]);
  });

  it('never uses a zero as the complementary cell', () => {
    // Column 8, 1, 8, 0, 0 with total 17: hiding a 0 next to the 1 would leave a hidden sum of 1, so the
    // smallest non-zero visible cell (the first 8) is hidden instead.
    const result = suppressTable([[8], [1], [8], [0], [0]], { threshold: 5, rowTotals: false, columnTotals: true });
    expect(result.cells).toEqual([['secondary'], ['primary'], [null], [null], [null]]);
    expect(result.columnTotals).toEqual([null]);
  });

  it('protects a small row total from the grand total and the other row totals', () => {
    // Repeat bands × outcomes. The last band has 2 + 1 = 3 people: without hiding another band's total,
    // 3 = 115 − 80 − 32. Column 0 (2 hidden) hides 20, column 1 (1 hidden) hides 12, the totals column hides 32.
    const result = suppressTable([[50, 30], [20, 12], [2, 1]], { threshold: 5, rowTotals: true, columnTotals: true });
    expect(result.cells).toEqual([[null, null], ['secondary', 'secondary'], ['primary', 'primary']]);
    expect(result.rowTotals).toEqual([null, 'secondary', 'primary']);
    expect(result.columnTotals).toEqual([null, null]);
    expect(result.grandTotal).toBeNull();
  });

  it('suppresses nothing with a threshold of 1', () => {
    expect(suppressTable([[1, 2], [3, 0]], { threshold: 1, rowTotals: true, columnTotals: true }).cells).toEqual([[null, null], [null, null]]);
  });
});
