import { describe, expect, it } from 'vitest';
import type { TDisproportionalityTable, TDisproportionalityTrend, TTimeliness } from '../../../../shared/insight-contracts.js';
import { criteriaFrom, describeForest, describeTimeliness, describeTrend, trendSeries, forestRows, formatCount, formatDays, formatProportion, formatRatio, searchOf, timelinessRows } from './insight-format.js';

const none = { value: null, lower: null, upper: null, note: 'Not shown: it rests on a suppressed count' };

describe('criteriaFrom', () => {
  it('keeps only values the API accepts', () => {
    expect(criteriaFrom(new URLSearchParams('forceId=MPS&year=2025&years=3&role=officers'), 2026)).toEqual({ forceId: 'MPS', year: 2025, years: 3, role: 'officers' });
    expect(criteriaFrom(new URLSearchParams('forceId=<x>&year=2031&years=-1&role=chiefs'), 2026)).toEqual({});
    expect(criteriaFrom(new URLSearchParams('year=1999&years=2.5'), 2026)).toEqual({});
  });

  it('writes them back as a query string, leaving out what is unset', () => {
    expect(searchOf({ year: 2025, role: 'staff' })).toBe('?year=2025&role=staff');
    expect(searchOf({})).toBe('');
  });
});

describe('formatting', () => {
  it('writes small counts as "<threshold" and covering ones as [c]', () => {
    expect(formatCount({ value: 1234, suppressed: null }, 5)).toBe('1,234');
    expect(formatCount({ value: 0, suppressed: null }, 5)).toBe('0');
    expect(formatCount({ value: null, suppressed: 'primary' }, 5)).toBe('<5');
    expect(formatCount({ value: null, suppressed: 'primary' }, 10)).toBe('<10');
    expect(formatCount({ value: null, suppressed: 'secondary' }, 5)).toBe('[c]');
  });

  it('writes estimates with their interval, and a dash instead of a missing or non-finite number', () => {
    expect(formatRatio({ value: 1.81683, lower: 1.36854, upper: 2.41196, note: null })).toBe('1.82 (1.37 to 2.41)');
    expect(formatRatio(none)).toBe('–');
    expect(formatRatio({ value: Number.POSITIVE_INFINITY, lower: 1, upper: Number.NaN, note: null })).toBe('–');
    expect(formatProportion({ value: 0.625, lower: 0.305742, upper: 0.863156, note: null })).toBe('62.5% (30.6% to 86.3%)');
    expect(formatDays(47.5)).toBe('47.5');
    expect(formatDays(35)).toBe('35');
    expect(formatDays(null)).toBe('–');
  });
});

describe('forestRows', () => {
  const estimate = (value: number, lower: number, upper: number) => ({ value, lower, upper, note: null });
  const table: TDisproportionalityTable = {
    dimension: 'ethnicity',
    reference: 'white',
    stages: [
      { stage: 'workforce', label: 'In the workforce', total: { value: 74, suppressed: null }, rows: [] },
      {
        stage: 'allegation', label: 'Subject of an allegation', total: { value: 23, suppressed: null },
        rows: [
          { group: 'white', label: 'White', isReference: true, count: { value: 8, suppressed: null }, rateOfPrevious: none, rriPerHead: { ...none, note: 'Reference group' }, rriVsPrevious: { ...none, note: 'Reference group' } },
          { group: 'black', label: 'Black', isReference: false, count: { value: 8, suppressed: null }, rateOfPrevious: none, rriPerHead: estimate(2, 0.88, 4.54), rriVsPrevious: estimate(2, 0.88, 4.54) },
          { group: 'asian', label: 'Asian', isReference: false, count: { value: null, suppressed: 'primary' }, rateOfPrevious: none, rriPerHead: none, rriVsPrevious: none },
        ],
      },
    ],
  };

  it('plots the rate from the previous stage of the groups with an estimate, labelled by stage', () => {
    expect(forestRows(table)).toEqual([{ label: 'Subject of an allegation: Black', value: 2, lower: 0.88, upper: 4.54 }]);
  });

  it('describes the chart in words for screen readers', () => {
    expect(describeForest(forestRows(table), 'White')).toContain('Subject of an allegation: Black 2.00');
    expect(describeForest([], 'White')).toBe('No relative rates against White can be shown for this scope.');
  });
});

describe('timelinessRows', () => {
  it('draws the steps of all categories that have a distribution to show', () => {
    const figure: TTimeliness = {
      meta: {
        figure: 'timeliness', title: 't', definition: 'd', formula: 'f', warnings: [], asOf: '2026-01-01T00:00:00.000Z',
        scope: { forceId: null, forceName: 'All forces', from: '2025-01-01', to: '2025-12-31', role: 'all' },
        suppression: { threshold: 5, primary: 1, secondary: 0, rule: 'r' },
      },
      stages: [{ stage: 'assess_severity', label: 'Severity assessed' }, { stage: 'closed', label: 'Closed' }],
      rows: [
        { key: 'all', label: 'All categories', stages: [
          { stage: 'assess_severity', matters: { value: 6, suppressed: null }, median: 35, p75: 47.5, p90: 55 },
          { stage: 'closed', matters: { value: null, suppressed: 'primary' }, median: null, p75: null, p90: null },
        ] },
        { key: 'sexual_conduct', label: 'Sexual conduct', stages: [{ stage: 'assess_severity', matters: { value: 9, suppressed: null }, median: 1, p75: 2, p90: 3 }] },
      ],
    };
    const rows = timelinessRows(figure);
    expect(rows).toEqual([{ label: 'Severity assessed', median: 35, p75: 47.5, p90: 55 }]);
    expect(describeTimeliness(rows)).toContain('Severity assessed: median 35, 75th 47.5, 90th 55');
    expect(describeTimeliness([])).toBe('No step has enough matters to show how long it took.');
  });
});

describe('trendSeries', () => {
  it('gives each compared group its per-head ratio at the allegation stage, year by year, null where not shown', () => {
    const tableWith = (black: number | null): TDisproportionalityTable => ({
      dimension: 'ethnicity', reference: 'white',
      stages: [{
        stage: 'allegation', label: 'Subject of an allegation', total: { value: 30, suppressed: null },
        rows: [
          { group: 'white', label: 'White', isReference: true, count: { value: 20, suppressed: null }, rateOfPrevious: none, rriPerHead: { ...none, note: 'Reference group' }, rriVsPrevious: none },
          { group: 'black', label: 'Black', isReference: false, count: { value: 10, suppressed: null }, rateOfPrevious: none, rriPerHead: black === null ? none : { value: black, lower: black / 2, upper: black * 2, note: null }, rriVsPrevious: none },
          { group: 'not_stated', label: 'Not stated', isReference: false, count: { value: 0, suppressed: null }, rateOfPrevious: none, rriPerHead: { ...none, note: 'Not compared: the group is unknown' }, rriVsPrevious: none },
        ],
      }],
    });
    const figure: TDisproportionalityTrend = {
      meta: {
        figure: 'disproportionality-trend', title: 't', definition: 'd', formula: 'f', warnings: [], asOf: '2026-01-01T00:00:00.000Z',
        scope: { forceId: null, forceName: 'All forces', from: '2024-01-01', to: '2025-12-31', role: 'all' },
        suppression: { threshold: 5, primary: 0, secondary: 0, rule: 'r' },
      },
      years: [{ year: 2024, byEthnicity: tableWith(null), bySex: tableWith(null) }, { year: 2025, byEthnicity: tableWith(1.8), bySex: tableWith(1) }],
    };
    const series = trendSeries(figure);
    expect(series.map((s) => [s.label, s.values])).toEqual([['Black', [null, 1.8]]]);
    expect(describeTrend([2024, 2025], series)).toContain('Black: 2024 not shown, 2025 1.80');
  });
});
