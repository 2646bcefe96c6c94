import { describe, expect, it } from 'vitest';
import { matchFile, parseMapping, recordsFromRows } from './match-file.js';

const rows = [
  { ref: 'a1', first: 'Bob', surname: 'Taylor', born: '1984-05-12' },
  { ref: 'a2', first: 'Robert', surname: 'Taylor', born: '1984-05-12' },
  { ref: 'a3', first: '', surname: '', born: '1990-01-01' },
  { ref: 'a4', first: 'Grace', surname: 'Hall', born: '1999-02-30' },
];
const mapping = parseMapping('id=ref,given=first,family=surname,dob=born');

describe('matching a file', () => {
  it('refuses a mapping that does not fit the file before any work starts', () => {
    expect(() => recordsFromRows(rows, parseMapping('given=forename'), 'people.csv')).toThrow(/forename/);
    expect(() => parseMapping('nickname=x')).toThrow(/not field=column/);
  });

  it('reports rows with no name or an impossible date instead of guessing', () => {
    const { records, problems } = recordsFromRows(rows, mapping, 'people.csv');
    expect(records.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(problems).toEqual([{ line: 4, reason: 'no name' }, { line: 5, reason: 'impossible date of birth "1999-02-30"' }]);
  });

  it('reads a postcode column, reports one that is not a postcode, and lets a shared postcode count', async () => {
    const withPostcodes = [
      { ref: 'b1', first: 'Emma', surname: 'Jones', born: '1977-04-13', home: 'xa7 6zh' },
      { ref: 'b2', first: 'Emma', surname: 'Jones', born: '1977-04-13', home: 'XA7 6ZH' },
      { ref: 'b3', first: 'Emma', surname: 'Jones', born: '1977-04-13', home: 'not known' },
    ];
    const { records, problems } = recordsFromRows(withPostcodes, parseMapping('id=ref,given=first,family=surname,dob=born,postcode=home'), 'staff.csv');
    expect(problems).toEqual([{ line: 4, reason: 'not a UK postcode "not known"' }]);
    const result = await matchFile({ db: null, left: records, against: null });
    expect(result.kind === 'clusters' && result.pairs[0]?.reasons.at(-1)).toEqual({ field: 'address', agreement: 'the same postcode in both histories (XA7 6ZH)', weight: 4 });
    // The default column is optional: a file without one still matches on names.
    expect(recordsFromRows(rows, mapping, 'people.csv').records).toHaveLength(2);
  });

  it('clusters a file against itself', async () => {
    const { records } = recordsFromRows(rows, mapping, 'people.csv');
    const result = await matchFile({ db: null, left: records, against: null });
    expect(result.kind === 'clusters' && [...result.clusters]).toEqual([['a1', 'a1'], ['a2', 'a1']]);
  });
});
