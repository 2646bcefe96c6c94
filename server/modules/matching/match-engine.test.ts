// Hand-written pairs for each variant kind, in both directions, and look-alikes that must not match.
import { describe, expect, it } from 'vitest';
import { toFeatures, type AddressPeriod, type PersonRecord, type ServicePeriod } from './person-features.js';
import { moveBetween, nameFrequencies, oneSlipApart, scorePair, WEIGHTS, type Band, type NameFrequencies } from './match-score.js';
import { areFamilyNameSpellings, areGivenNameVariants } from './name-variants.js';
import { createHash } from 'node:crypto';
import { BLOCKING_KEYS_VERSION, blockingKeys, clusterIds, findMatches } from './match-engine.js';

let next = 0;
const person = (givenNames: string, familyName: string, dateOfBirth: string | null, otherFamilyNames: string[] = [], extra: Pick<PersonRecord, 'recordedSex' | 'service' | 'addresses'> = {}): PersonRecord =>
  ({ id: `p${String(++next).padStart(4, '0')}`, givenNames, familyName, dateOfBirth, otherFamilyNames, ...extra });

function bandBothWays(a: PersonRecord, b: PersonRecord): Band {
  const there = scorePair(toFeatures(a), toFeatures(b));
  const back = scorePair(toFeatures(b), toFeatures(a));
  expect(back.score).toBe(there.score);
  return there.band;
}

const sharesBlock = (a: PersonRecord, b: PersonRecord) => blockingKeys(toFeatures(a)).some((k) => blockingKeys(toFeatures(b)).includes(k));

const VARIANTS: [string, PersonRecord, PersonRecord, Band][] = [
  ['same person, same details', person('Robert', 'Taylor', '1984-05-12'), person('Robert', 'Taylor', '1984-05-12'), 'match'],
  ['case, accents and punctuation', person('ZOË', "O'BRIEN", '1990-01-02'), person('Zoe', 'OBrien', '1990-01-02'), 'match'],
  ['nickname', person('Bob', 'Taylor', '1984-05-12'), person('Robert', 'Taylor', '1984-05-12'), 'match'],
  ['transliteration', person('Mohammed', 'Khan', '1979-11-30'), person('Muhammad', 'Khan', '1979-11-30'), 'match'],
  ['title and middle name', person('PC John Paul', 'Evans', '1988-07-07'), person('John', 'Evans', '1988-07-07'), 'match'],
  ['married surname recorded as previous name', person('Sarah', 'Hughes', '1986-02-14', ['Walker']), person('Sarah', 'Walker', '1986-02-14'), 'match'],
  ['double-barrelled surname', person('Gareth', 'Lloyd-Jones', '1975-09-09'), person('Gareth', 'Jones', '1975-09-09'), 'match'],
  ['forename and surname swapped', person('Thomas', 'Morgan', '1991-03-21'), person('Morgan', 'Thomas', '1991-03-21'), 'match'],
  ['day and month swapped', person('Priya', 'Patel', '1993-04-08'), person('Priya', 'Patel', '1993-08-04'), 'match'],
  // One wrong digit alone is weak evidence (common names are often born days apart): a person decides.
  ['one digit of the date wrong', person('Kwame', 'Mensah', '1982-06-15'), person('Kwame', 'Mensah', '1982-06-16'), 'review'],
  ['nickname and swapped names', person('Alexander', 'Allen', '1992-04-21'), person('Allen', 'Alex', '1992-04-21'), 'match'],
  ['surname typo', person('Daniel', 'Robinson', '1987-12-01'), person('Daniel', 'Robinsen', '1987-12-01'), 'match'],
  ['only the birth year on one side', person('Daniel', 'Robinson', '1987'), person('Daniel', 'Robinson', '1987-12-01'), 'review'],
  ['initial only', person('J', 'Okafor', '1980-10-10'), person('James', 'Okafor', '1980-10-10'), 'review'],
  ['no date of birth on one side', person('Aisha', 'Begum', null), person('Aisha', 'Begum', '1995-05-05'), 'review'],
  ['short form shared by a female and a male name', person('Nicky', 'Wilson', '2001-08-09'), person('Nicola', 'Wilson', '2001-08-09'), 'match'],
  ['nickname (Suzy)', person('Susan', 'Brown', '1996-04-30'), person('Suzy', 'Brown', '1996-04-30'), 'match'],
  ['Polish given name in English', person('Michal', 'Nowak', '1983-10-23'), person('Michael', 'Nowak', '1983-10-23'), 'match'],
  ['transliterated surname', person('Aminul', 'Rahman', '1981-08-10'), person('Aminul', 'Rehman', '1981-08-10'), 'match'],
  ['one slip in a long surname (a letter doubled)', person('Ian', 'Eddwards', '1979-10-13'), person('Ian', 'Edwards', '1979-10-13'), 'match'],
  ['swapped names with a slip', person('Eddwards', 'Ian', '1979-10-13'), person('Ian', 'Edwards', '1979-10-13'), 'match'],
  ['swapped names, a double-barrelled surname with a slip', person('Luke', 'Chapman-Davies', '1979-04-21'), person('Chapmna-Davies', 'Luke', '1979-04-21'), 'match'],
  ['names swapped, the surname in the forename field a declared previous one', person('Lauren', 'Gray', '1993-03-27', ['Dalcott']), person('Dalcott', 'Lauren', '1993-03-27'), 'match'],
  ['swapped names with a transliterated surname', person('Lei', 'Christopher', '1980-04-13'), person('Christopher', 'Lee', '1980-04-13'), 'match'],
  ['a nickname misspelt (Drew typed "Drwe")', person('Andrew', 'Robinson', '1979-03-01'), person('Drwe', 'Robinson', '1979-03-01'), 'match'],
  ['a short form misspelt (Kasia typed "Ksia")', person('Katarzyna', 'Wozniak', '1982-10-14'), person('Ksia', 'Wozniak', '1982-10-14'), 'match'],
  ['an Arabic surname transliterated', person('Farah', 'Ahmed', '1992-08-01'), person('Farah', 'Ahmad', '1992-08-01'), 'match'],
  ['an Arabic surname transliterated, day and month swapped', person('Farah', 'Ahmed', '1992-08-01'), person('Farah', 'Ahmad', '1992-01-08'), 'review'],
  // Short surnames one slip apart are often two real names (Lowe, Love): on names and birth date alone a person decides.
  ['one slip in a short surname (a letter dropped)', person('Khalid', 'Haddad', '1975-08-06'), person('Khalid', 'Hddad', '1975-08-06'), 'review'],
  ['short surnames one letter apart, same forename and birthday', person('Emma', 'Lowe', '1990-03-03'), person('Emma', 'Love', '1990-03-03'), 'review'],
];

const LOOK_ALIKES: [string, PersonRecord, PersonRecord][] = [
  ['father and son with the same name', person('David', 'Jones', '1961-04-03'), person('David', 'Jones', '1989-09-17')],
  ['common surname, different forename', person('Emily', 'Smith', '1990-02-02'), person('Olivia', 'Smith', '1978-06-30')],
  ['same date of birth, different people', person('Ali', 'Hussain', '1985-01-01'), person('Chen', 'Wei', '1985-01-01')],
  ['short surnames one letter apart, born years apart', person('Emma', 'Lowe', '1990-03-03'), person('Emma', 'Love', '1984-11-20')],
  ['female and male forms of a name, sexes recorded', person('Nicola', 'Smith', '1991-10-23', [], { recordedSex: 'female' }), person('Nicholas', 'Smith', '1991-10-26', [], { recordedSex: 'male' })],
];

describe('person matching: variant kinds', () => {
  for (const [kind, a, b, band] of VARIANTS) {
    it(`${kind} → ${band}, both ways, and blocking puts them together`, () => {
      expect(bandBothWays(a, b)).toBe(band);
      expect(sharesBlock(a, b)).toBe(true);
    });
  }
});

describe('person matching: look-alikes', () => {
  for (const [kind, a, b] of LOOK_ALIKES) {
    it(`${kind} → no match`, () => {
      expect(bandBothWays(a, b)).toBe('no_match');
    });
  }
});

describe('names', () => {
  it('keeps female and male forms apart while each shares its short forms', () => {
    expect(areGivenNameVariants('nicky', 'nicola')).toBe(true);
    expect(areGivenNameVariants('nicky', 'nicholas')).toBe(true);
    expect(areGivenNameVariants('nicola', 'nicholas')).toBe(false);
    expect(areGivenNameVariants('alexandra', 'alexander')).toBe(false);
    expect(areGivenNameVariants('samantha', 'samuel')).toBe(false);
    expect(areGivenNameVariants('piotr', 'peter')).toBe(true);
  });

  it('knows transliterated surnames, and only those', () => {
    expect(areFamilyNameSpellings('rahman', 'rehman')).toBe(true);
    expect(areFamilyNameSpellings('chowdhury', 'choudhury')).toBe(true);
    expect(areFamilyNameSpellings('chen', 'wang')).toBe(false);
    expect(areFamilyNameSpellings('smith', 'smyth')).toBe(false);
  });

  it('reads a slip in a nickname of four letters or more, not in a shorter one (Ben is one slip from Ken)', () => {
    const given = (x: string, y: string) => scorePair(toFeatures(person(x, 'Clarke', '1984-02-02')), toFeatures(person(y, 'Clarke', '1984-02-02'))).reasons[1];
    expect(given('Andrew', 'Drwe')).toEqual({ field: 'given_name', agreement: 'nickname or other spelling, with one slip', weight: 1.5 });
    expect(given('Drwe', 'Andrew')?.weight).toBe(1.5);
    expect(given('Benjamin', 'Ken')).toEqual({ field: 'given_name', agreement: 'different', weight: -3 });
    expect(given('Andrew', 'Dave')?.agreement).toBe('different');
  });

  it('counts one slip (change, drop, addition, neighbours swapped) and no more', () => {
    expect(oneSlipApart('edwards', 'eddwards')).toBe(true);
    expect(oneSlipApart('haddad', 'hdadad')).toBe(true);
    expect(oneSlipApart('robinson', 'robinsen')).toBe(true);
    expect(oneSlipApart('edwards', 'edwrads')).toBe(true);
    expect(oneSlipApart('edwards', 'edward')).toBe(true);
    expect(oneSlipApart('edwards', 'ewdrads')).toBe(false);
    expect(oneSlipApart('wilson', 'williams')).toBe(false);
  });
});

describe('register evidence: recorded sex and periods of service', () => {
  const serving = (forceId: string, start: string, end: string | null = null) => ({ forceId, start, end });

  it('sends namesakes born the same day to review when both serve at the same time', () => {
    const a = person('David', 'Jones', '1989-05-14', [], { service: [serving('MPS', '2009-05-17')] });
    const b = person('David', 'Jones', '1989-05-14', [], { service: [serving('MPS', '2009-06-27')] });
    expect(bandBothWays(a, b)).toBe('review');
    expect(scorePair(toFeatures(a), toFeatures(b)).reasons).toContainEqual({ field: 'service', agreement: 'both serving in MPS at the same time (from 2009-06-27)', weight: -3 });
    const elsewhere = person('David', 'Jones', '1989-05-14', [], { service: [serving('GMP', '2015-01-05', '2019-02-01')] });
    expect(scorePair(toFeatures(a), toFeatures(elsewhere)).reasons).toContainEqual({ field: 'service', agreement: 'both serving in MPS and GMP at the same time (from 2015-01-05)', weight: -3 });
  });

  it('still matches a mover who left one force before joining the next, or on the same day', () => {
    const left = person('Sarah', 'Evans', '1989-11-07', [], { service: [serving('MPS', '2010-01-04', '2020-03-01')] });
    const joined = person('Sarah', 'Evans', '1989-11-07', [], { service: [serving('BTP', '2020-03-01')] });
    expect(bandBothWays(left, joined)).toBe('match');
    expect(scorePair(toFeatures(left), toFeatures(joined)).score).toBe(14);
  });

  it('does not count one post seen on both records (a list entry naming its person) as two', () => {
    const a = person('Ali', 'Hussain', '1968-01-04', [], { service: [serving('MPS', '2001-02-03', '2024-04-14')] });
    const b = person('Ali', 'Hussain', '1968-01-04', [], { service: [serving('MPS', '2001-02-03', '2024-04-14')] });
    expect(scorePair(toFeatures(a), toFeatures(b)).score).toBe(12);
  });

  it('weighs a recorded difference of sex against, and says nothing when either is unknown', () => {
    const female = person('Stephanie', 'Walker', '1993-05-25', [], { recordedSex: 'female' });
    const male = person('Stephen', 'Walker', '1993-05-25', [], { recordedSex: 'male' });
    const unknown = person('Stephen', 'Walker', '1993-05-25');
    const there = scorePair(toFeatures(female), toFeatures(male));
    expect(there.reasons).toContainEqual({ field: 'sex', agreement: 'different', weight: -4 });
    expect(there.band).not.toBe('match');
    const withUnknown = scorePair(toFeatures(female), toFeatures(unknown));
    expect(withUnknown.reasons.map((r) => r.field)).not.toContain('sex');
    expect(withUnknown.score - there.score).toBe(4);
    expect(scorePair(toFeatures(male), toFeatures({ ...male, id: 'other' })).reasons).toContainEqual({ field: 'sex', agreement: 'same', weight: 0 });
  });
});

describe('register evidence: a move between forces', () => {
  const serving = (forceId: string, start: string, end: string | null = null) => ({ forceId, start, end });
  const female = (givenNames: string, familyName: string, dateOfBirth: string, ...service: ServicePeriod[]) => person(givenNames, familyName, dateOfBirth, [], { recordedSex: 'female', service });
  const male = (givenNames: string, familyName: string, dateOfBirth: string, ...service: ServicePeriod[]) => person(givenNames, familyName, dateOfBirth, [], { recordedSex: 'male', service });

  it('finds the move whichever record is read first, and only from a record whose every post has ended', () => {
    const earlier = [serving('MPS', '2010-01-04', '2016-02-01'), serving('KNT', '2016-02-01', '2021-06-30')];
    const later = [serving('WMP', '2021-09-15')];
    expect(moveBetween(earlier, later)).toEqual({ fromForce: 'KNT', toForce: 'WMP', left: '2021-06-30', joined: '2021-09-15', gapDays: 77 });
    expect(moveBetween(later, earlier)).toBeNull();
    expect(moveBetween([serving('MPS', '2010-01-04', '2021-06-30'), serving('KNT', '2018-01-01')], later)).toBeNull();
    expect(moveBetween(earlier, [])).toBeNull();
  });

  it('matches a woman re-registered under a surname neither record declares when she moved force, both ways', () => {
    const before = female('Sarah', 'Collins', '1986-02-14', serving('MPS', '2010-01-04', '2021-06-30'));
    const after = female('Sarah', 'Wright', '1986-02-14', serving('WMP', '2021-09-15'));
    expect(bandBothWays(before, after)).toBe('match');
    expect(sharesBlock(before, after)).toBe(true);
    const result = scorePair(toFeatures(after), toFeatures(before));
    expect(result.reasons).toEqual([
      { field: 'family_name', agreement: 'different, at a move, both recorded female (perhaps a married name)', weight: 1 },
      { field: 'given_name', agreement: 'exact', weight: 3 },
      { field: 'date_of_birth', agreement: 'exact', weight: 5 },
      { field: 'sex', agreement: 'same', weight: 0 },
      { field: 'service', agreement: 'left MPS on 2021-06-30, joined WMP 77 days later (a move)', weight: 2 },
    ]);
    expect(result.score).toBe(11);
  });

  it('adds the move to a re-registration with another variation (a typo), both ways', () => {
    const before = male('Daniel', 'Robinson', '1987-12-01', serving('GMP', '2009-03-02', '2022-01-31'));
    const after = male('Daniel', 'Robinsen', '1987-12-01', serving('LAN', '2023-11-20'));
    expect(bandBothWays(before, after)).toBe('match');
    expect(scorePair(toFeatures(before), toFeatures(after)).score).toBe(11.5);
  });

  it('matches a short surname with one letter dropped at a move, and keeps it from a plain difference', () => {
    const before = male('Khalid', 'Haddad', '1975-08-06', serving('MPS', '1996-09-19', '2020-10-12'));
    const after = male('Khalid', 'Hddad', '1975-08-06', serving('HER', '2021-08-21'));
    expect(bandBothWays(before, after)).toBe('match');
    expect(scorePair(toFeatures(after), toFeatures(before)).reasons[0]).toEqual({ field: 'family_name', agreement: 'one slip apart (a short name)', weight: 1 });
    // Not read into names of three letters (Lee ↔ Lea), nor into two slips.
    expect(scorePair(toFeatures(person('Kin', 'Lee', '1990-01-01')), toFeatures(person('Kin', 'Lea', '1990-01-01'))).reasons[0]?.agreement).not.toBe('one slip apart (a short name)');
    expect(scorePair(toFeatures(person('Khalid', 'Haddad', '1975-08-06')), toFeatures(person('Khalid', 'Hdadd', '1975-08-06'))).reasons[0]?.agreement).toBe('different');
  });

  it('matches a five-letter given name with a slip at a move, not a four-letter one', () => {
    const before = male('Edward', 'Sandbourne', '1982-11-10', serving('MPS', '2018-05-03', '2022-11-09'));
    const after = male('Eward', 'Sandbourne', '1982-11-10', serving('DER', '2024-01-31'));
    expect(bandBothWays(before, after)).toBe('match');
    expect(scorePair(toFeatures(before), toFeatures(after)).reasons[1]).toEqual({ field: 'given_name', agreement: 'one slip apart (a short name)', weight: 1 });
    const dean = male('Dean', 'Sandbourne', '1982-11-10', serving('MPS', '2018-05-03', '2022-11-09'));
    const sean = male('Sean', 'Sandbourne', '1982-11-10', serving('DER', '2024-01-31'));
    expect(scorePair(toFeatures(dean), toFeatures(sean)).reasons[1]).toEqual({ field: 'given_name', agreement: 'different', weight: -3 });
    expect(bandBothWays(dean, sean)).toBe('review');
  });

  it('weighs a move within six months more than one within two years', () => {
    const before = female('Tanisha', 'Francis', '1996-01-01', serving('MPS', '2016-11-29', '2022-05-15'));
    const soon = female('Tnisha', 'Cook', '1996-01-01', serving('LIN', '2022-10-27'));
    const later = female('Tnisha', 'Cook', '1996-01-01', serving('LIN', '2023-10-27'));
    expect(scorePair(toFeatures(soon), toFeatures(before)).reasons.at(-1)).toEqual({ field: 'service', agreement: 'left MPS on 2022-05-15, joined LIN 165 days later (a move)', weight: 2 });
    expect(bandBothWays(before, soon)).toBe('match');
    expect(scorePair(toFeatures(later), toFeatures(before)).reasons.at(-1)?.weight).toBe(1);
    expect(bandBothWays(before, later)).toBe('review');
  });

  it('leaves namesakes born a digit apart in review at any move: on the national register such pairs are namesakes', () => {
    const before = male('Daniel', 'Roberts', '1985-03-14', serving('SWP', '2008-09-01', '2023-06-14'));
    const after = male('Daniel', 'Roberts', '1985-03-17', serving('MPS', '2024-07-20'));
    expect(bandBothWays(before, after)).toBe('review');
    expect(scorePair(toFeatures(after), toFeatures(before)).score).toBe(8.5);
    const soon = male('Daniel', 'Roberts', '1985-03-17', serving('MPS', '2023-07-20'));
    expect(bandBothWays(before, soon)).toBe('review');
    expect(scorePair(toFeatures(soon), toFeatures(before)).score).toBe(9.5);
  });

  it('does not match two different women with the same forename and birth date serving at the same time', () => {
    const one = female('Emma', 'Hughes', '1990-03-03', serving('MPS', '2012-09-03'));
    const other = female('Emma', 'Taylor', '1990-03-03', serving('WMP', '2015-01-05'));
    expect(bandBothWays(one, other)).toBe('no_match');
  });

  it('does not read a different surname as married for men, or when either sex is unknown', () => {
    const before = male('James', 'Collins', '1986-02-14', serving('MPS', '2010-01-04', '2021-06-30'));
    const after = male('James', 'Wright', '1986-02-14', serving('WMP', '2021-09-15'));
    expect(bandBothWays(before, after)).not.toBe('match');
    expect(scorePair(toFeatures(before), toFeatures(after)).reasons[0]).toEqual({ field: 'family_name', agreement: 'different', weight: -4 });
    const unknown = person('Sarah', 'Wright', '1986-02-14', [], { service: [serving('WMP', '2021-09-15')] });
    expect(bandBothWays(female('Sarah', 'Collins', '1986-02-14', serving('MPS', '2010-01-04', '2021-06-30')), unknown)).not.toBe('match');
  });

  it('does not read a surname change at a move as a marriage when the later record declares other surnames', () => {
    const before = female('Sarah', 'Kelly', '1991-07-28', serving('BDF', '2021-03-21', '2023-02-01'));
    const declared = person('Sarah', 'Lewis', '1991-07-28', ['Long'], { recordedSex: 'female', service: [serving('MPS', '2024-09-20')] });
    const undeclared = female('Sarah', 'Lewis', '1991-07-28', serving('MPS', '2024-09-20'));
    expect(bandBothWays(before, declared)).toBe('no_match');
    expect(scorePair(toFeatures(declared), toFeatures(before)).reasons[0]).toEqual({ field: 'family_name', agreement: 'different', weight: -4 });
    expect(bandBothWays(before, undeclared)).toBe('match');
    // Declaring the earlier surname is the ordinary previous-name agreement.
    const declaresIt = person('Sarah', 'Lewis', '1991-07-28', ['Kelly'], { recordedSex: 'female', service: [serving('MPS', '2024-09-20')] });
    expect(scorePair(toFeatures(before), toFeatures(declaresIt)).reasons[0]?.agreement).toBe('previous, married or part of a double-barrelled name');
  });

  it('matches a woman re-registered at a move with her names swapped and a married surname, both ways', () => {
    const before = person('Zoe', 'Morris', '1983-03-05', ['Russell'], { recordedSex: 'female', service: [serving('MPS', '2002-11-13', '2024-09-20')] });
    const after = female('Morris', 'Taylor', '1983-03-05', serving('DC', '2024-12-22'));
    expect(bandBothWays(before, after)).toBe('match');
    expect(sharesBlock(before, after)).toBe(true);
    expect(scorePair(toFeatures(after), toFeatures(before)).reasons.slice(0, 3)).toEqual([
      { field: 'name_order', agreement: 'forename and surname swapped', weight: -0.5 },
      { field: 'family_name', agreement: 'the earlier surname, recorded as the later forename', weight: 4 },
      { field: 'family_name', agreement: 'different, at a move, both recorded female (perhaps a married name)', weight: 1 },
    ]);
    // The forename kept and the surname married: a forename is weaker evidence than a surname, so after a move
    // of more than six months a person decides.
    const amelia = female('Amelia', 'Johnson', '1985-11-24', serving('MPS', '2006-04-19', '2021-07-27'));
    const williams = female('Williams', 'Amelia', '1985-11-24', serving('HER', '2022-12-02'));
    expect(bandBothWays(amelia, williams)).toBe('review');
    expect(scorePair(toFeatures(amelia), toFeatures(williams)).reasons[1]).toEqual({ field: 'given_name', agreement: 'the earlier forename, recorded as the later surname', weight: 3 });
  });

  it('does not read names across fields for men, without a move, or when both names differ', () => {
    const before = male('Owen', 'Morris', '1983-03-05', serving('MPS', '2002-11-13', '2024-09-20'));
    const after = male('Morris', 'Taylor', '1983-03-05', serving('DC', '2024-12-22'));
    expect(bandBothWays(before, after)).toBe('no_match');
    const serving2 = female('Morris', 'Taylor', '1983-03-05', serving('DC', '2012-12-22'));
    expect(bandBothWays(female('Zoe', 'Morris', '1983-03-05', serving('MPS', '2002-11-13')), serving2)).toBe('no_match');
    const unrelated = female('Grace', 'Taylor', '1983-03-05', serving('DC', '2024-12-22'));
    expect(bandBothWays(female('Zoe', 'Morris', '1983-03-05', serving('MPS', '2002-11-13', '2024-09-20')), unrelated)).toBe('no_match');
  });

  it('sees no move when the next post starts years later, in the same force, or there is no service on one side', () => {
    const before = female('Sarah', 'Collins', '1986-02-14', serving('MPS', '2010-01-04', '2018-06-30'));
    const yearsLater = female('Sarah', 'Wright', '1986-02-14', serving('WMP', '2021-09-15'));
    const sameForce = female('Sarah', 'Wright', '1986-02-14', serving('MPS', '2018-09-15'));
    const listEntry = person('Sarah', 'Wright', '1986-02-14');
    for (const other of [yearsLater, sameForce, listEntry]) {
      expect(bandBothWays(before, other)).toBe('no_match');
      expect(scorePair(toFeatures(before), toFeatures(other)).reasons.map((r) => r.field)).not.toContain('service');
    }
  });
});

describe('register evidence: address histories', () => {
  const serving = (forceId: string, start: string, end: string | null = null) => ({ forceId, start, end });
  const hr = (postcode: string, from: string, to: string | null = null): AddressPeriod => ({ postcode, from, to });
  const declared = (postcode: string, from: string, to: string): AddressPeriod => ({ postcode, from, to, declared: true });
  const woman = (familyName: string, service: ServicePeriod[], addresses: AddressPeriod[]) => person('Emma', familyName, '1977-04-13', [], { recordedSex: 'female', service, addresses });
  const reasonOf = (a: PersonRecord, b: PersonRecord) => scorePair(toFeatures(a), toFeatures(b)).reasons.find((r) => r.field === 'address');
  // Namesakes are mostly chance here (married-chance.ts): forename, birth date and a move alone reach review.
  const mostlyChance = { weight: WEIGHTS.move.marriedNameMostlyChance, agreement: 'different, at a move, both recorded female (perhaps a married name; mostly chance here)' };

  it('matches a woman re-registered under an undeclared married surname by the postcode her new application declared, both ways', () => {
    const before = woman('Jones', [serving('MPS', '2000-10-26', '2022-09-03')], [hr('XA7 6UQ', '1996-05-04', '2013-11-12'), hr('xa76zh', '2013-11-13')]);
    const after = woman('Taylor', [serving('SWP', '2022-11-04')], [declared('XA7 6ZH', '2013-11-13', '2022-09-22'), hr('XK16 5LJ', '2022-09-23')]);
    for (const [a, b] of [[before, after], [after, before]] as const) {
      const result = scorePair(toFeatures(a), toFeatures(b), undefined, mostlyChance);
      expect(result.reasons.at(-1)).toEqual({ field: 'address', agreement: 'the same postcode in both histories (XA7 6ZH)', weight: 4 });
      expect(result.score).toBe(13);
      expect(result.band).toBe('match');
    }
    const without = scorePair(toFeatures({ ...before, addresses: [] }), toFeatures(after), undefined, mostlyChance);
    expect([without.score, without.band]).toEqual([9, 'review']);
  });

  it('keeps exact namesakes at a move from a match when they lived in different places at the same time', () => {
    const left = person('Jack', 'Smith', '1984-10-18', [], { recordedSex: 'male', service: [serving('MDP', '2008-05-23', '2019-08-26')], addresses: [hr('QA3 1AB', '2008-05-01', '2016-03-31'), hr('QA9 4XY', '2016-04-01')] });
    const joined = person('Jack', 'Smith', '1984-10-18', [], { recordedSex: 'male', service: [serving('MPS', '2020-01-06')], addresses: [declared('XA12 3BD', '2015-01-10', '2019-12-01'), hr('XA4 7QZ', '2019-12-02')] });
    expect(reasonOf(left, joined)).toEqual({ field: 'address', agreement: 'living in different places at the same time (QA3 1AB and XA12 3BD from 2015-01-10), no postcode in common', weight: -5 });
    expect(bandBothWays(left, joined)).toBe('review');
  });

  it('does not hold an HR record\'s last known address against the other record after its first year (a move HR never heard of)', () => {
    // HR still has the 2011 postcode; the person had moved in 2018 and the new record starts from there.
    const before = person('Adam', 'Simmons', '1986-08-27', [], { recordedSex: 'male', service: [serving('MPS', '2006-05-18', '2025-08-28')], addresses: [hr('XA10 9RH', '2011-08-23')] });
    const after = person('Adam', 'Simmons', '1986-08-27', [], { recordedSex: 'male', service: [serving('BTP', '2025-11-07')], addresses: [hr('XA9 8RG', '2018-09-23')] });
    expect(reasonOf(before, after)).toBeUndefined();
    expect(bandBothWays(before, after)).toBe('match');
    // Within its first year it counts: HR had just recorded the move.
    const soon = { ...after, addresses: [declared('XB1 2CD', '2011-01-01', '2012-12-31'), hr('XA9 8RG', '2013-01-01')] };
    expect(reasonOf(before, soon)?.weight).toBe(-5);
  });

  it('counts neither a postcode in the same sector nor a short overlap against, and nothing without two histories', () => {
    const a = person('Ola', 'Bello', '1990-02-02', [], { addresses: [hr('XA1 2AB', '2015-01-01', '2020-12-31')] });
    expect(reasonOf(a, person('Ola', 'Bello', '1990-02-02', [], { addresses: [hr('XA1 2ZZ', '2016-01-01', '2019-12-31')] }))).toBeUndefined();
    expect(reasonOf(a, person('Ola', 'Bello', '1990-02-02', [], { addresses: [hr('XC5 5AB', '2020-08-01', '2023-01-01')] }))).toBeUndefined();
    expect(reasonOf(a, person('Ola', 'Bello', '1990-02-02', [], { addresses: [hr('XC5 5AB', '2020-06-01', '2023-01-01')] }))?.weight).toBe(-5);
    expect(reasonOf(a, person('Ola', 'Bello', '1990-02-02'))).toBeUndefined();
    // A postcode known without dates (a file's postcode column) agrees, and never says "elsewhere".
    const undated = person('Ola', 'Bello', '1990-02-02', [], { addresses: [{ postcode: 'xa12ab', from: null, to: null }] });
    expect(reasonOf(a, undated)?.weight).toBe(4);
    expect(reasonOf(person('Ola', 'Bello', '1990-02-02', [], { addresses: [{ postcode: 'XD1 1AA', from: null, to: null }] }), a)).toBeUndefined();
  });
});

describe('frequency-aware name weights', () => {
  const frequencies: NameFrequencies = {
    records: 1000, typicalGiven: 16, typicalFamily: 8,
    given: new Map([['david', 64], ['ezinne', 2], ['sarah', 16]]), family: new Map([['smith', 64], ['okonkwo', 2], ['hughes', 8]]),
  };
  const reasonOf = (result: ReturnType<typeof scorePair>, field: string) => result.reasons.find((r) => r.field === field);

  it('counts each first given name and family name, and the median record\'s count', () => {
    const records = ['Sarah Hughes', 'Sarah Jones', 'Sarah Smith', 'Emma Jones', 'Ayo Smith'].map((n, i) => toFeatures(person(n.split(' ')[0] ?? '', n.split(' ')[1] ?? '', `1990-01-0${i + 1}`)));
    const counted = nameFrequencies(records);
    expect(counted.records).toBe(5);
    expect(counted.given.get('sarah')).toBe(3);
    expect(counted.family.get('jones')).toBe(2);
    expect(counted.typicalGiven).toBe(3);
    expect(counted.typicalFamily).toBe(2);
  });

  it('weighs a shared rare name more and a shared common one less, and says so, both ways', () => {
    const common = [person('David', 'Smith', '1984-05-12'), person('David', 'Smith', '1984-05-12')] as const;
    const rare = [person('Ezinne', 'Okonkwo', '1984-05-12'), person('Ezinne', 'Okonkwo', '1984-05-12')] as const;
    const commonScore = scorePair(toFeatures(common[0]), toFeatures(common[1]), frequencies);
    expect(reasonOf(commonScore, 'given_name')).toEqual({ field: 'given_name', agreement: 'exact (a common name: 64 of 1,000 records)', weight: 2 });
    expect(reasonOf(commonScore, 'family_name')).toEqual({ field: 'family_name', agreement: 'exact (a common name: 64 of 1,000 records)', weight: 2.5 });
    expect(commonScore.score).toBe(9.5);
    expect(scorePair(toFeatures(common[1]), toFeatures(common[0]), frequencies).score).toBe(9.5);
    const rareScore = scorePair(toFeatures(rare[0]), toFeatures(rare[1]), frequencies);
    expect(reasonOf(rareScore, 'given_name')).toEqual({ field: 'given_name', agreement: 'exact (a rare name: 2 of 1,000 records)', weight: 4.5 });
    expect(reasonOf(rareScore, 'family_name')).toEqual({ field: 'family_name', agreement: 'exact (a rare name: 2 of 1,000 records)', weight: 5 });
    expect(rareScore.score).toBe(14.5);
  });

  it('keeps the fixed weight for a name of typical frequency, for variants, and without counts', () => {
    const typical = scorePair(toFeatures(person('Sarah', 'Hughes', '1986-02-14')), toFeatures(person('Sarah', 'Hughes', '1986-02-14')), frequencies);
    expect(typical.reasons.slice(0, 2)).toEqual([{ field: 'family_name', agreement: 'exact', weight: 4 }, { field: 'given_name', agreement: 'exact', weight: 3 }]);
    const nickname = scorePair(toFeatures(person('Dave', 'Smith', '1984-05-12')), toFeatures(person('David', 'Smith', '1984-05-12')), frequencies);
    expect(reasonOf(nickname, 'given_name')).toEqual({ field: 'given_name', agreement: 'nickname or other spelling', weight: 2.5 });
    expect(scorePair(toFeatures(person('David', 'Smith', '1984-05-12')), toFeatures(person('David', 'Smith', '1984-05-12'))).score).toBe(12);
  });
});

describe('explanations', () => {
  it('says which fields agreed and what each contributed', () => {
    const result = scorePair(toFeatures(person('Bob', 'Taylor', '1984-12-05')), toFeatures(person('Robert', 'Taylor', '1984-05-12')));
    expect(result.reasons).toEqual([
      { field: 'family_name', agreement: 'exact', weight: 4 },
      { field: 'given_name', agreement: 'nickname or other spelling', weight: 2.5 },
      { field: 'date_of_birth', agreement: 'day and month swapped', weight: 3.5 },
    ]);
    expect(result.score).toBe(10);
  });
});

describe('findMatches', () => {
  it('links a file against a list without comparing every pair, best first', () => {
    const list = [person('Robert', 'Taylor', '1984-05-12'), person('Fatima', 'Ahmed', '1990-03-03'), person('Liam', 'Walsh', '1970-01-01')];
    const applicants = [person('Bob', 'Taylor', '1984-05-12'), person('Fatimah', 'Ahmed', '1990-03-03'), person('Grace', 'Hall', '1999-09-09')];
    const pairs = findMatches(applicants, list);
    expect(pairs.map((p) => [p.leftId, p.rightId, p.band])).toEqual([
      [applicants[0]?.id, list[0]?.id, 'match'],
      [applicants[1]?.id, list[1]?.id, 'match'],
    ]);
  });

  it('clusters duplicates within one file', () => {
    const records = [person('Mohamed', 'Ali', '1985-07-01'), person('Muhammad', 'Ali', '1985-07-01'), person('Mo', 'Farah', '1983-03-23')];
    const pairs = findMatches(records, null);
    const clusters = clusterIds(records.map((r) => r.id), pairs);
    expect(clusters.get(records[0]?.id ?? '')).toBe(clusters.get(records[1]?.id ?? ''));
    expect(clusters.get(records[2]?.id ?? '')).toBe(records[2]?.id);
  });
});

describe('stored blocking keys', () => {
  it('pins the keys of sample records to BLOCKING_KEYS_VERSION, so a change to them cannot ship without re-keying stored list entries', () => {
    // If this fails after a deliberate change to blocking, normalisation or phonetics: raise BLOCKING_KEYS_VERSION
    // (entries stored under the old keys are then rebuilt at start) and pin the new digest with the new version.
    const samples = [
      person('Paweł', 'Wiśniewski', '1980-02-03'), person('Siobhán', "O'Sullivan-Byrne", '1975-12-31', ['Murphy']), person('Mohammed', 'Al-Sayed', '1990'),
      person('Zoë', 'Ørsted', null), person('J. R.', 'Smith', '2001-07-04'), person('Ngozi', 'Okafor Mensah', '1988-11-09', ['Æthelred', 'Straße']),
    ];
    const keys = samples.map((s) => blockingKeys(toFeatures(s)).join(' ')).join('\n');
    const digest = createHash('sha256').update(keys).digest('hex').slice(0, 16);
    expect({ version: BLOCKING_KEYS_VERSION, digest }).toEqual({ version: 1, digest: 'fea57466a5d7d0cb' });
  });
});
