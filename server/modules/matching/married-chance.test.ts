// The married reading measured on the search's own records: pairs born d days apart (d ≠ 0) can only be
// namesakes, so their rate per day says how many same-birthday pairs are chance too.
import { describe, expect, it } from 'vitest';
import { findMatches } from './match-engine.js';
import { MARRIED_BY_DEFAULT, WEIGHTS } from './match-score.js';
import { marriedChance, marriedReadingFor } from './married-chance.js';
import { toFeatures, type PersonRecord } from './person-features.js';

const BASE = Date.UTC(1986, 1, 14);
const isoDay = (offset: number) => new Date(BASE + offset * 86_400_000).toISOString().slice(0, 10);
let next = 0;
const woman = (familyName: string, dayOffset: number, service: PersonRecord['service']): PersonRecord =>
  ({ id: `w${String(++next).padStart(4, '0')}`, givenNames: 'Sarah', familyName, dateOfBirth: isoDay(dayOffset), recordedSex: 'female', service });
const leaver = (familyName: string, dayOffset: number) => woman(familyName, dayOffset, [{ forceId: 'MPS', start: '2010-01-04', end: '2021-06-30' }]);
const joiner = (familyName: string, dayOffset: number) => woman(familyName, dayOffset, [{ forceId: 'WMP', start: '2021-09-15', end: null }]);

/** `n` namesake pairs, each a leaver and a joiner born five days apart, far (100 days) from every other pair. */
const decoys = (n: number) => Array.from({ length: n }, (_, k) => [leaver(`Leaver${k}`, 100 * (k + 1)), joiner(`Joiner${k}`, 100 * (k + 1) + 5)]).flat();

describe('the married reading, measured on the search', () => {
  const before = leaver('Collins', 0);
  const after = joiner('Wright', 0);

  it('keeps its default where namesakes at a move are rare, and the pair is a match', () => {
    const records = [before, after, ...decoys(3)];
    expect(marriedChance(records.map(toFeatures), null)).toEqual({ sameDay: 1, chancePerDay: 3 / 60 });
    const [pair] = findMatches(records, null);
    expect(pair?.band).toBe('match');
    expect(pair?.reasons[0]).toEqual({ field: 'family_name', ...MARRIED_BY_DEFAULT });
  });

  it('weighs less, and sends the pair to review, where the search meets many namesakes at a move', () => {
    const records = [before, after, ...decoys(12)];
    const chance = marriedChance(records.map(toFeatures), null);
    expect(chance).toEqual({ sameDay: 1, chancePerDay: 12 / 60 });
    expect(marriedReadingFor(chance).weight).toBe(WEIGHTS.move.marriedNameMostlyChance);
    const [pair] = findMatches(records, null).filter((p) => [p.leftId, p.rightId].includes(before.id));
    expect(pair?.band).toBe('review');
    expect(pair?.reasons[0]).toEqual({
      field: 'family_name', weight: -1,
      agreement: 'different, at a move, both recorded female (perhaps a married name, but this search meets about 0.2 such pairs of namesakes for each birth date, against 1 born the same day)',
    });
  });

  it('counts across the two sides of a linkage, and leaves out men, declared surnames and pairs without a move', () => {
    const leavers = [before, ...decoys(12).filter((r) => r.service?.[0]?.end !== null)];
    const joiners = [after, ...decoys(12).filter((r) => r.service?.[0]?.end === null)];
    // The decoys made by the second call are born where the first call's were: pair k of one with pair k of the other.
    expect(marriedChance(leavers.map(toFeatures), joiners.map(toFeatures))).toEqual({ sameDay: 1, chancePerDay: 12 / 60 });
    const man = { ...joiner('Wright', 0), recordedSex: 'male' as const };
    const declared = { ...joiner('Wright', 0), otherFamilyNames: ['Long'] };
    const noMove = woman('Wright', 0, [{ forceId: 'MPS', start: '2012-01-04', end: null }]);
    for (const other of [man, declared, noMove]) expect(marriedChance([before, other].map(toFeatures), null).sameDay).toBe(0);
  });
});
