import { describe, expect, it } from 'vitest';
import { computeConsistency, type DecidedApplication } from './consistency.js';

const row = (id: string, outcome: DecidedApplication['outcome'], decider: 'a' | 'b', categories: DecidedApplication['categories']): DecidedApplication => ({
  applicationId: id, reference: `MPS-V-2026-00000${id}`, personName: `Person ${id}`, outcome, decidedOn: '2026-05-01',
  deciderId: decider, deciderName: decider === 'a' ? 'Alex Decider' : 'Bo Decider', approverName: categories.length > 0 && outcome !== 'refused' ? 'Manager' : null,
  categories, rebuttal: null, conditions: outcome === 'granted_with_conditions' ? ['Annual review'] : [],
});

// Six decisions worked by hand: A decides 1–4, B decides 5–6.
const ROWS = [
  row('1', 'granted', 'a', []),
  row('2', 'granted_with_conditions', 'a', ['financial']),
  row('3', 'refused', 'a', ['domestic_abuse', 'intelligence']),
  row('4', 'granted', 'a', ['domestic_abuse']),
  row('5', 'refused', 'b', ['domestic_abuse']),
  row('6', 'refused', 'b', ['financial']),
];

describe('decision consistency', () => {
  const figures = computeConsistency(ROWS);

  it('counts grants (with or without conditions) and refusals overall', () => {
    expect(figures.overall).toEqual({ decisions: 6, granted: 3, refused: 3, grantRate: 0.5 });
  });

  it('gives grant rates per adverse category, an application counting once in each of its categories', () => {
    expect(figures.byCategory).toEqual([
      { category: 'domestic_abuse', decisions: 3, granted: 1, refused: 2, grantRate: 1 / 3 },
      { category: 'financial', decisions: 2, granted: 1, refused: 1, grantRate: 0.5 },
      { category: 'intelligence', decisions: 1, granted: 0, refused: 1, grantRate: 0 },
    ]);
  });

  it('shows each decider’s rates and how often they granted despite adverse information', () => {
    expect(figures.byDecider).toEqual([
      { deciderId: 'a', deciderName: 'Alex Decider', decisions: 4, granted: 3, refused: 1, grantRate: 0.75, withAdverse: 3, grantedDespiteAdverse: 2 },
      { deciderId: 'b', deciderName: 'Bo Decider', decisions: 2, granted: 0, refused: 2, grantRate: 0, withAdverse: 2, grantedDespiteAdverse: 0 },
    ]);
  });

  it('lists every grant despite adverse information, and nothing else', () => {
    expect(figures.grantsDespiteAdverse.map((g) => [g.reference, g.categories, g.conditions])).toEqual([
      ['MPS-V-2026-000002', ['financial'], ['Annual review']],
      ['MPS-V-2026-000004', ['domestic_abuse'], []],
    ]);
  });

  it('has no rate where there were no decisions', () => {
    expect(computeConsistency([]).overall).toEqual({ decisions: 0, granted: 0, refused: 0, grantRate: null });
  });
});
