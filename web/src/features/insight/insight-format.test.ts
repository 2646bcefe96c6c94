import { describe, expect, it } from 'vitest';
import type { TCaseToAnswerTable, TDisproportionalityTable, TDisproportionalityTrend, TTimeliness } from '../../../../shared/insight-contracts.js';
import {
  caseToAnswerRows, closureRows, criteriaFrom, describeCaseToAnswer, describeClosure, describeForest, describeTimeliness, describeTrend, trendSeries, forestRows, formatCount, formatDays,
  formatProportion, formatRatio, searchOf, timelinessRows,
} from './insight-format.js';

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

describe('closureRows', () => {
  const closed = (matters: number | null, median: number | null, p75: number | null, p90: number | null) => ({
    key: '', label: '', stages: [
      { stage: 'assess_severity' as const, matters: { value: 9, suppressed: null }, median: 1, p75: 2, p90: 3 },
      { stage: 'closed' as const, matters: matters === null ? { value: null, suppressed: 'primary' as const } : { value: matters, suppressed: null }, median, p75, p90 },
    ],
  });
  const figure: TTimeliness = {
    meta: {
      figure: 'timeliness', title: 't', definition: 'd', formula: 'f', warnings: [], asOf: '2026-01-01T00:00:00.000Z',
      scope: { forceId: null, forceName: 'All forces', from: '2025-01-01', to: '2025-12-31', role: 'all' },
      suppression: { threshold: 5, primary: 1, secondary: 0, rule: 'r' },
    },
    stages: [{ stage: 'assess_severity', label: 'Severity assessed' }, { stage: 'closed', label: 'Closed' }],
    rows: [
      { ...closed(40, 100, 150, 200), key: 'all', label: 'All categories' },
      { ...closed(12, 120, 180.5, 240), key: 'sexual_conduct', label: 'Sexual conduct' },
      { ...closed(null, null, null, null), key: 'abuse_of_position', label: 'Abuse of position' },
      { ...closed(0, null, null, null), key: 'information', label: 'Information' },
      { ...closed(28, 90, 130, 170), key: 'police_powers', label: 'Police powers' },
    ],
  };

  it('draws each category with closed matters to show, and leaves out a hidden count and a category with none closed', () => {
    expect(closureRows(figure)).toEqual({
      rows: [{ label: 'Sexual conduct', median: 120, p75: 180.5, p90: 240 }, { label: 'Police powers', median: 90, p75: 130, p90: 170 }],
      suppressed: ['Abuse of position'],
      unclosed: ['Information'],
    });
  });

  it('says in the label which categories are drawn with their figures, and which are not and why', () => {
    expect(describeClosure(closureRows(figure), 5)).toBe(
      'Days from receipt to closure by IOPC category: median, 75th and 90th percentile. Sexual conduct: median 120, 75th 180.5, 90th 240; '
      + 'Police powers: median 90, 75th 130, 90th 170. Not drawn, fewer than 5 closed matters: Abuse of position. No matter closed: Information. '
      + 'The table below gives every figure.',
    );
    expect(describeClosure({ rows: [], suppressed: ['Abuse of position'], unclosed: [] }, 10)).toBe(
      'No IOPC category has enough closed matters to show how long closure took. Not drawn, fewer than 10 closed matters: Abuse of position.',
    );
  });
});

describe('caseToAnswerRows', () => {
  const count = (value: number) => ({ value, suppressed: null });
  const hidden = (suppressed: 'primary' | 'secondary') => ({ value: null, suppressed });
  const row = (key: string, label: string, decided: number, cta: number, rate: [number, number, number] | null) => ({
    key, label, decided: count(decided), caseToAnswer: count(cta), noCaseToAnswer: count(decided - cta),
    rate: rate ? { value: rate[0], lower: rate[1], upper: rate[2], note: null } : { ...none, note: 'No allegations decided' },
  });
  const overall = row('all', 'All allegations', 200, 100, [0.5, 0.4311, 0.5689]);
  const tags: TCaseToAnswerTable = {
    dimension: 'tag',
    total: null,
    rows: [
      row('use_of_force', 'Use of force', 40, 22, [0.55, 0.3961, 0.6945]),
      row('sexual_harassment', 'Sexual harassment', 50, 10, [0.2, 0.1124, 0.3304]),
      { ...row('racism', 'Racism', 0, 0, null), decided: count(7), caseToAnswer: hidden('primary'), noCaseToAnswer: hidden('secondary'), rate: none },
      row('misogyny', 'Misogyny', 0, 0, null),
      row('information_misuse', 'Information misuse', 100, 80, [0.8, 0.7112, 0.8666]),
    ],
  };

  it('draws the rows with a rate, lowest first, against the rate of all allegations where the table has no total', () => {
    const chart = caseToAnswerRows(tags, overall);
    expect(chart.reference).toEqual({ label: 'All allegations', value: 0.5 });
    expect(chart.rows).toEqual([
      { label: 'Sexual harassment', value: 0.2, lower: 0.1124, upper: 0.3304, isBelowReference: true, isAboveReference: false },
      { label: 'Use of force', value: 0.55, lower: 0.3961, upper: 0.6945, isBelowReference: false, isAboveReference: false },
      { label: 'Information misuse', value: 0.8, lower: 0.7112, upper: 0.8666, isBelowReference: false, isAboveReference: true },
    ]);
    expect(chart.suppressed).toEqual(['Racism']);
    expect(chart.undecided).toEqual(['Misogyny']);
  });

  it("prefers the table's own total as the reference, and has none when that rate is hidden", () => {
    const categories: TCaseToAnswerTable = { dimension: 'iopc_category', rows: tags.rows, total: row('all', 'All allegations', 190, 112, [0.5895, 0.5185, 0.657]) };
    expect(caseToAnswerRows(categories, overall).reference).toEqual({ label: 'All allegations', value: 0.5895 });
    expect(caseToAnswerRows(categories, overall).rows.map((r) => r.isBelowReference)).toEqual([true, false, false]);
    const hiddenTotal = { ...overall, caseToAnswer: hidden('secondary'), rate: none };
    const chart = caseToAnswerRows(tags, hiddenTotal);
    expect(chart.reference).toBeNull();
    expect(chart.rows.some((r) => r.isBelowReference || r.isAboveReference)).toBe(false);
  });

  it('says which rows fall below the line and which are not drawn, with real figures', () => {
    expect(describeCaseToAnswer(caseToAnswerRows(tags, overall), 'thematic tag', 5)).toBe(
      'Case-to-answer rate by thematic tag with 95% confidence intervals, on a scale from 0 to 100%, lowest first; dashed line: all allegations 50.0%. '
      + 'Sexual harassment 20.0% (11.2% to 33.0%); Use of force 55.0% (39.6% to 69.5%); Information misuse 80.0% (71.1% to 86.7%). '
      + 'Whole interval below all allegations: Sexual harassment. Whole interval above: Information misuse. '
      + 'Not drawn, a count is hidden (fewer than 5, or hidden with one that is): Racism. No allegation decided: Misogyny. '
      + 'The table below gives every figure.',
    );
    expect(describeCaseToAnswer(caseToAnswerRows(tags, null), 'thematic tag', 5)).not.toContain('dashed line');
    expect(describeCaseToAnswer({ rows: [], reference: null, suppressed: ['Racism'], undecided: [] }, 'IOPC category', 10)).toBe(
      'No case-to-answer rate by IOPC category can be shown for this scope. Not drawn, a count is hidden (fewer than 10, or hidden with one that is): Racism.',
    );
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
