import { describe, expect, it } from 'vitest';
import type { TEmployment } from '../../../../shared/contracts.js';
import { parsePersonForm } from './person-create.page.js';
import { sortCareer } from './person.page.js';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe('parsePersonForm', () => {
  it('builds a create-person request with the first employment', () => {
    const parsed = parsePersonForm(
      form({
        givenNames: ' Jane ',
        familyName: 'Doe',
        'dateOfBirth-day': '',
        'dateOfBirth-month': '',
        'dateOfBirth-year': '',
        sex: 'female',
        otherNameKind: 'previous',
        otherGivenNames: 'Jane',
        otherFamilyName: 'Roe',
        employmentForceId: 'KNT',
        employmentRole: 'police_staff',
        employmentRank: '',
        employmentCollarNumber: '',
        'employmentStartDate-day': '1',
        'employmentStartDate-month': '9',
        'employmentStartDate-year': '2015',
      }),
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.person).toEqual({
      givenNames: 'Jane',
      familyName: 'Doe',
      dateOfBirth: null,
      sex: 'female',
      otherNames: [{ kind: 'previous', givenNames: 'Jane', familyName: 'Roe' }],
      employment: { forceId: 'KNT', role: 'police_staff', rank: null, collarNumber: null, startDate: '2015-09-01' },
    });
  });

  it('reports every missing answer, each linked to its field', () => {
    const parsed = parsePersonForm(form({}));
    expect(parsed.person).toBeNull();
    expect(parsed.errors.map((error) => [error.field, error.href])).toEqual([
      ['givenNames', '#givenNames'],
      ['familyName', '#familyName'],
      ['sex', '#sex'],
      ['employmentForceId', '#employmentForceId'],
      ['employmentRole', '#employmentRole'],
      ['employmentStartDate', '#employmentStartDate-day'],
    ]);
  });
});

describe('sortCareer', () => {
  const job = (id: string, startDate: string, endDate: string | null): TEmployment => ({
    id,
    forceId: 'KNT',
    forceName: 'Kent Police',
    role: 'police_officer',
    rank: null,
    collarNumber: null,
    startDate,
    endDate,
    leavingReason: null,
  });

  it('puts the newest job first', () => {
    const sorted = sortCareer([job('old', '2001-01-01', '2005-01-01'), job('new', '2010-01-01', null), job('mid', '2005-02-01', '2009-12-31')]);
    expect(sorted.map((employment) => employment.id)).toEqual(['new', 'mid', 'old']);
  });
});
