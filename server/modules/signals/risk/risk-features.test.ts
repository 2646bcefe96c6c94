import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { describeFactor, factorContributions, FEATURES, personFeaturesSql, type FeatureRow } from './features.js';
import { confusion, rankByScore, rocAuc, topK } from './metrics.js';

const dialect = new PgDialect();

describe('risk features', () => {
  it('never reads a protected characteristic or a proxy for one', () => {
    const text = dialect.sqlToQuery(personFeaturesSql({ asOf: '2025-01-01', personIds: null })).sql.toLowerCase();
    expect(text).not.toMatch(/\b(person_characteristic|ethnicity|sex|date_of_birth|given_names|family_name|person_name)\b/);
    expect(text).toContain('sexual');
    for (const f of FEATURES) expect(f.key).not.toMatch(/ethnic|sex\b|gender|birth|name|age\b/);
  });

  it('reads only what was on record by the date', () => {
    const text = dialect.sqlToQuery(personFeaturesSql({ asOf: '2025-01-01', personIds: null }));
    expect(text.sql).toContain('received_on <=');
    expect(text.sql).toContain('c.restricted = false');
    expect(text.params).not.toContain('2026-01-01');
  });

  it('sums correlated features into one factor and says it in words', () => {
    const row: FeatureRow = { person_id: 'p', force_id: 'MPS', allegations_sexual_12m: 1, allegations_sexual_3y: 2, allegations_sexual_5y: 3, allegations_sexual_ever: 3, role_pcso: 1 };
    const contributions = FEATURES.map((f) => (f.key === 'allegations_sexual_ever' ? -0.2 : f.key === 'allegations_sexual_5y' ? 0.5 : f.key === 'role_pcso' ? -0.1 : 0));
    const factors = factorContributions(row, contributions, 5);
    expect(factors.map((f) => [f.factor, f.contribution])).toEqual([['allegations_sexual', 0.3], ['role', -0.1]]);
    expect(describeFactor('allegations_sexual', factors[0]?.values ?? {})).toBe('3 sexual-misconduct allegations on record: 1 in the last 12 months, 2 in 3 years, 3 in 5 years');
    expect(describeFactor('role', factors[1]?.values ?? {})).toBe('role: PCSO');
    expect(describeFactor('recency', { any_allegation: 1, years_since_last_allegation: 0.5 })).toBe('last allegation 6 months ago');
    expect(describeFactor('recency', { any_allegation: 0, years_since_last_allegation: 10 })).toBe('no allegation on record');
    expect(describeFactor('live_warning', { written_warning_live: 1, final_written_warning_live: 1 })).toBe('a final written warning live');
    expect(describeFactor('moves_under_allegation', { moves_under_allegation: 1, moves_under_allegation_2y: 1 })).toBe('moved force once while a matter was open or within a year of one, 1 in the last 2 years');
    expect(describeFactor('moves_under_allegation', {})).toBe('never moved force under allegation');
    expect(describeFactor('misconduct_matters', { misconduct_matters: 2 })).toBe('2 matters assessed as misconduct or gross misconduct');
  });
});

describe('risk metrics', () => {
  const scored = [{ personId: 'a', score: 0.9 }, { personId: 'b', score: 0.8 }, { personId: 'c', score: 0.7 }, { personId: 'd', score: 0.1 }];

  it('counts precision and recall of a flagged set', () => {
    expect(confusion(new Set(['a', 'b']), new Set(['a', 'c', 'e']))).toEqual({ flagged: 2, positives: 3, truePositives: 1, precision: 0.5, recall: 1 / 3 });
    expect(confusion(new Set(), new Set())).toMatchObject({ precision: 0, recall: 0 });
  });

  it('takes the top k by score, ties broken by id', () => {
    expect([...topK(scored, 2)]).toEqual(['a', 'b']);
    expect(rankByScore([{ personId: 'z', score: 1 }, { personId: 'y', score: 1 }]).map((s) => s.personId)).toEqual(['y', 'z']);
  });

  it('computes the area under the ROC curve, ties as half', () => {
    // Positives a (0.9) and c (0.7) against negatives b (0.8) and d (0.1): 3 of 4 pairs ordered right.
    expect(rocAuc(scored, new Set(['a', 'c']))).toBe(0.75);
    expect(rocAuc([{ personId: 'a', score: 1 }, { personId: 'b', score: 1 }], new Set(['a']))).toBe(0.5);
    expect(rocAuc(scored, new Set())).toBeNaN();
  });
});
