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

  it('clusters a file against itself', async () => {
    const { records } = recordsFromRows(rows, mapping, 'people.csv');
    const result = await matchFile({ db: null, left: records, against: null });
    expect(result.kind === 'clusters' && [...result.clusters]).toEqual([['a1', 'a1'], ['a2', 'a1']]);
  });
});
