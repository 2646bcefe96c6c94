import { describe, expect, it } from 'vitest';
import { buildReportRows, type StratumTally } from './qa-report.js';

// Hand-made: the worked examples of docs/statistics.md (40 of 100 → 30.9% to 49.8%; 13 of 19 → 46.0% to 84.6%).
const TALLIES: StratumTally[] = [
  { key: 'force=MPS', drawn: 110, agreed: 60, disagreed: 40 },
  { key: 'force=WMP', drawn: 19, agreed: 6, disagreed: 13 },
  { key: 'force=BTP', drawn: 5, agreed: 0, disagreed: 0 },
];

const pct = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 10);

describe('the disagreement rate of each stratum', () => {
  it('is disagreed over reviewed, with the Wilson 95% interval', () => {
    const { strata } = buildReportRows(TALLIES, { view: 'full', threshold: 5 });
    const [mps, wmp] = strata;
    expect(mps?.reviewed).toEqual({ value: 100, suppressed: null });
    expect([pct(mps?.disagreementRate.value ?? null), pct(mps?.disagreementRate.lower ?? null), pct(mps?.disagreementRate.upper ?? null)]).toEqual([40, 30.9, 49.8]);
    expect([pct(wmp?.disagreementRate.value ?? null), pct(wmp?.disagreementRate.lower ?? null), pct(wmp?.disagreementRate.upper ?? null)]).toEqual([68.4, 46, 84.6]);
    expect(mps?.values).toEqual([{ by: 'force', value: 'MPS' }]);
  });

  it('is not given for a stratum with nothing reviewed, and says why', () => {
    const btp = buildReportRows(TALLIES, { view: 'full', threshold: 5 }).strata[2];
    expect(btp?.disagreementRate).toEqual({ value: null, lower: null, upper: null, note: 'No decision in this stratum has been reviewed yet' });
    expect(btp?.drawn).toBe(5);
  });

  it('adds up over every stratum for the total', () => {
    const { total } = buildReportRows(TALLIES, { view: 'full', threshold: 5 });
    expect(total.drawn).toBe(134);
    expect(total.reviewed.value).toBe(119);
    expect(total.disagreed.value).toBe(53);
    expect(total.disagreementRate.value).toBeCloseTo(53 / 119, 10);
  });
});

describe('the publication view', () => {
  it('hides small counts, and what would give them away, and no rate over a hidden count', () => {
    const { strata, total } = buildReportRows([
      { key: 'force=MPS', drawn: 30, agreed: 20, disagreed: 2 },
      { key: 'force=WMP', drawn: 30, agreed: 25, disagreed: 6 },
    ], { view: 'publication', threshold: 5 });
    const [mps, wmp] = strata;
    expect(mps?.disagreed).toEqual({ value: null, suppressed: 'primary' });
    // With MPS's total of 22 shown, its 20 agreed would give the 2 away: hidden too.
    expect(mps?.agreed.suppressed).toBe('secondary');
    expect(mps?.disagreementRate.value).toBeNull();
    expect(mps?.drawn).toBeNull();
    // The disagreed column's total (8) is shown: WMP's 6 is hidden so 8 − 6 cannot give MPS's 2.
    expect(wmp?.disagreed).toEqual({ value: null, suppressed: 'secondary' });
    expect(total.reviewed.value).toBe(53);
    expect(total.disagreed.value).toBe(8);
  });

  it('shows everything when no count is small', () => {
    const { strata } = buildReportRows([{ key: 'all', drawn: 40, agreed: 30, disagreed: 10 }], { view: 'publication', threshold: 5 });
    expect(strata[0]?.disagreed).toEqual({ value: 10, suppressed: null });
    expect(strata[0]?.disagreementRate.value).toBe(0.25);
  });
});
