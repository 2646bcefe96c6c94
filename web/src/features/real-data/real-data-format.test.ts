import { describe, expect, it } from 'vitest';
import type { TRealDataFigures } from '../../../../shared/real-data-contracts.js';
import { accusedRriRows, alertRows, concentrationRows, describeComparison, formatShare, formatSmall, realDataCriteriaFrom, realDataSearch } from './real-data-format.js';

type FigureSet = TRealDataFigures['all'];
const estimate = (value: number | null, lower: number | null = null, upper: number | null = null, note: string | null = null) => ({ value, lower, upper, note });
const count = (value: number) => ({ value, suppressed: null });

/** Just the parts of a figure set the helpers read. */
function set(parts: { top?: FigureSet['concentration']['top']; alerts?: FigureSet['alerts']; rows?: FigureSet['disproportionality']['byEthnicity']['stages'][number]['rows'] }): FigureSet {
  const stages = [{ stage: 'allegation' as const, label: 'Subject of an allegation', total: count(0), rows: parts.rows ?? [] }];
  return {
    concentration: { subjects: 10, allegations: 40, top: parts.top ?? [] },
    alerts: parts.alerts ?? [],
    disproportionality: { byEthnicity: { dimension: 'ethnicity', reference: 'white', stages }, bySex: { dimension: 'sex', reference: 'male', stages: [] } },
  } as unknown as FigureSet;
}

describe('real-data criteria', () => {
  it('keeps only a force code, year and period the API accepts, and writes them back', () => {
    expect(realDataCriteriaFrom(new URLSearchParams('forceId=CHI&year=2004&years=5'))).toEqual({ forceId: 'CHI', year: 2004, years: 5 });
    expect(realDataCriteriaFrom(new URLSearchParams('forceId=<b>&year=20x&years=30'))).toEqual({});
    expect(realDataSearch({ forceId: 'CHI', year: 2004 }, { figure: 'alerts' })).toBe('?forceId=CHI&year=2004&figure=alerts');
    expect(realDataSearch({})).toBe('');
  });
});

describe('real-data formatting', () => {
  it('writes shares as percentages and hidden numbers as "<threshold"', () => {
    expect(formatShare(0.31666)).toBe('31.7%');
    expect(formatShare(null)).toBe('–');
    expect(formatSmall(1234, null, 5)).toBe('1,234');
    expect(formatSmall(null, 'primary', 5)).toBe('<5');
    expect(formatSmall(0, null, 10)).toBe('0');
  });

  it('pairs each row of all rows with the same row without flagged rows, hidden values as null', () => {
    const all = set({
      top: [{ percent: 1, subjects: 1, allegations: null, share: null, suppressed: 'primary' }, { percent: 5, subjects: 6, allegations: 20, share: 0.5, suppressed: null }],
      alerts: [{ code: 'six-or-more-ever', name: 'Six or more allegations ever', people: 12, suppressed: null }],
    });
    const without = set({
      top: [{ percent: 1, subjects: 1, allegations: null, share: null, suppressed: 'primary' }, { percent: 5, subjects: 5, allegations: 10, share: 0.25, suppressed: null }],
      alerts: [{ code: 'six-or-more-ever', name: 'Six or more allegations ever', people: null, suppressed: 'primary' }],
    });
    expect(concentrationRows(all, without)).toEqual([{ label: 'Top 1% of subjects', values: [null, null] }, { label: 'Top 5% of subjects', values: [0.5, 0.25] }]);
    expect(alertRows(all, without)).toEqual([{ label: 'Six or more allegations ever', values: [12, null] }]);
    expect(describeComparison('People alerted', alertRows(all, without), String)).toBe('People alerted, all rows against without flagged rows. Six or more allegations ever: 12 and not shown. The table below gives every figure.');
  });

  it('charts the RRI of being accused for compared groups with a ratio only, never the reference, an unknown or an empty group', () => {
    const row = (group: string, rri: ReturnType<typeof estimate>, isReference = false) => ({ group, label: group, isReference, count: count(5), rateOfPrevious: estimate(null), rriPerHead: rri, rriVsPrevious: estimate(null) });
    const all = set({ rows: [row('white', estimate(null, null, null, 'Reference group'), true), row('black', estimate(1.05, 1.02, 1.08)), row('mixed', estimate(null, null, null, 'No one in this group to compare')), row('not_stated', estimate(null, null, null, 'Not compared: the group is unknown'))] });
    const without = set({ rows: [row('white', estimate(null, null, null, 'Reference group'), true), row('black', estimate(0.89, 0.82, Number.POSITIVE_INFINITY))] });
    expect(accusedRriRows(all, without, 'byEthnicity')).toEqual([{ label: 'black', values: [1.05, 0.89], lower: [1.02, 0.82], upper: [1.08, null] }]);
  });
});
