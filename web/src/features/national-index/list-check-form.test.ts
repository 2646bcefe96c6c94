import { describe, expect, it } from 'vitest';
import { otherFamilyNamesFor, readCheckForm } from './list-check-form.js';

const form = (query: string) => readCheckForm(new URLSearchParams(query));

describe('the list check form in the address', () => {
  it('is not a check until the form has been sent', () => {
    expect(form('')).toMatchObject({ isSubmitted: false, query: null, errors: [] });
  });

  it('builds the API query from a full date of birth, the other family names and one list', () => {
    const read = form('givenNames=+Bob+&familyName=Danvers&otherFamilyNames=Collins%3B+Wright&dateOfBirth-day=3&dateOfBirth-month=2&dateOfBirth-year=1981&list=barred');
    expect(read.errors).toEqual([]);
    expect(read.query).toEqual({ givenNames: 'Bob', familyName: 'Danvers', otherFamilyNames: 'Collins;Wright', dateOfBirth: '1981-02-03', list: 'barred' });
  });

  it('accepts a year of birth alone, as the lists sometimes give it, and leaves out what was not given', () => {
    const read = form('givenNames=Sarah&familyName=Cole&otherFamilyNames=&dateOfBirth-day=&dateOfBirth-month=&dateOfBirth-year=1984&list=');
    expect(read.query).toEqual({ givenNames: 'Sarah', familyName: 'Cole', dateOfBirth: '1984' });
  });

  it('asks for both names, and says what is wrong with the date', () => {
    const read = form('givenNames=&familyName=&dateOfBirth-day=31&dateOfBirth-month=2&dateOfBirth-year=1980');
    expect(read.query).toBeNull();
    expect(read.errors).toEqual([
      { field: 'givenNames', message: 'Enter the given names', href: '#givenNames' },
      { field: 'familyName', message: 'Enter the family name', href: '#familyName' },
      { field: 'dateOfBirth', message: 'Date of birth must be a real date', href: '#dateOfBirth-day', parts: [] },
    ]);
  });

  it('points at the missing part of a date, and refuses a two-digit year alone', () => {
    expect(form('givenNames=A&familyName=B&dateOfBirth-day=3&dateOfBirth-month=&dateOfBirth-year=1981').errors).toEqual([
      { field: 'dateOfBirth', message: 'Date of birth must include a month', href: '#dateOfBirth-month', parts: ['month'] },
    ]);
    expect(form('givenNames=A&familyName=B&dateOfBirth-year=81').errors).toEqual([
      { field: 'dateOfBirth', message: 'Year must include 4 numbers', href: '#dateOfBirth-year', parts: ['year'] },
    ]);
  });

  it('ignores a list the API does not know', () => {
    expect(form('givenNames=A&familyName=B&list=blacklist').query).toEqual({ givenNames: 'A', familyName: 'B' });
  });
});

describe('other family names', () => {
  it('are separated by semicolons or commas, with blanks dropped', () => {
    expect(otherFamilyNamesFor('Collins, Wright ;; Smith-Jones ')).toBe('Collins;Wright;Smith-Jones');
    expect(otherFamilyNamesFor(' ; ')).toBeUndefined();
  });
});
