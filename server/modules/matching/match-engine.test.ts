// Hand-written pairs for each variant kind, in both directions, and look-alikes that must not match.
import { describe, expect, it } from 'vitest';
import { toFeatures, type PersonRecord } from './person-features.js';
import { scorePair, type Band } from './match-score.js';
import { blockingKeys, clusterIds, findMatches } from './match-engine.js';

let next = 0;
const person = (givenNames: string, familyName: string, dateOfBirth: string | null, otherFamilyNames: string[] = []): PersonRecord =>
  ({ id: `p${++next}`, givenNames, familyName, dateOfBirth, otherFamilyNames });

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
];

const LOOK_ALIKES: [string, PersonRecord, PersonRecord][] = [
  ['father and son with the same name', person('David', 'Jones', '1961-04-03'), person('David', 'Jones', '1989-09-17')],
  ['common surname, different forename', person('Emily', 'Smith', '1990-02-02'), person('Olivia', 'Smith', '1978-06-30')],
  ['same date of birth, different people', person('Ali', 'Hussain', '1985-01-01'), person('Chen', 'Wei', '1985-01-01')],
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
