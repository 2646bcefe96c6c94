import { describe, expect, it } from 'vitest';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { Action } from '../../../../shared/policy.js';
import type { Role } from '../../../../shared/roles.js';
import { ApiError } from '../../api/client.js';
import { addressErrorsFromApi, parseAddressForm, recordableSources } from './address-form.js';

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

function user(roles: Role[], permissions: Action[], forceId: string | null = 'KNT'): TCurrentUser {
  return { id: '00000000-0000-4000-8000-000000000099', email: 'someone@example.test', displayName: 'Someone', roles, forceId, forceName: null, permissions };
}

const HR = user(['hr'], ['person:read', 'person:update']);
const VETTING = user(['vetting_officer'], ['person:read', 'vetting:record']);

describe('recordableSources', () => {
  it('offers HR the HR record and vetting officers the vetting declaration', () => {
    expect(recordableSources(HR)).toEqual(['hr_record']);
    expect(recordableSources(VETTING)).toEqual(['vetting_declaration']);
  });

  it('offers nothing for a person never employed in the user’s force', () => {
    expect(recordableSources(VETTING, ['MPS'])).toEqual([]);
    expect(recordableSources(VETTING, ['MPS', 'KNT'])).toEqual(['vetting_declaration']);
  });

  it('offers nothing to a role that may only read people', () => {
    expect(recordableSources(user(['psd_investigator'], ['person:read', 'person:history']))).toEqual([]);
  });
});

describe('parseAddressForm', () => {
  const answers = {
    postcode: ' xa1 2bd ',
    'fromDate-day': '3',
    'fromDate-month': '4',
    'fromDate-year': '2021',
    'toDate-day': '',
    'toDate-month': '',
    'toDate-year': '',
    source: 'hr_record',
  };

  it('builds a request for the current address, leaving the end date out', () => {
    expect(parseAddressForm(form(answers), ['hr_record'])).toEqual({
      errors: [],
      address: { postcode: 'xa1 2bd', fromDate: '2021-04-03', source: 'hr_record' },
    });
  });

  it('includes the end date of an earlier address', () => {
    const parsed = parseAddressForm(form({ ...answers, 'toDate-day': '30', 'toDate-month': '6', 'toDate-year': '2022' }), ['hr_record']);
    expect(parsed.address).toEqual({ postcode: 'xa1 2bd', fromDate: '2021-04-03', toDate: '2022-06-30', source: 'hr_record' });
  });

  it('reports every missing answer, each linked to its field', () => {
    const parsed = parseAddressForm(form({}), ['hr_record', 'vetting_declaration']);
    expect(parsed.address).toBeNull();
    expect(parsed.errors.map((error) => [error.field, error.message, error.href])).toEqual([
      ['postcode', 'Enter a postcode', '#postcode'],
      ['fromDate', 'Enter the date they moved in', '#fromDate-day'],
      ['source', 'Select where the address was recorded from', '#source'],
    ]);
  });

  it('refuses an end date before the start', () => {
    const parsed = parseAddressForm(form({ ...answers, 'toDate-day': '2', 'toDate-month': '4', 'toDate-year': '2021' }), ['hr_record']);
    expect(parsed.errors).toEqual([{ field: 'toDate', message: 'To date must be the same as or after the from date', href: '#toDate-day' }]);
  });

  it('points at the missing part of a date', () => {
    const parsed = parseAddressForm(form({ ...answers, 'toDate-day': '', 'toDate-month': '6', 'toDate-year': '2022' }), ['hr_record']);
    expect(parsed.errors).toEqual([{ field: 'toDate', message: 'To date must include a day', href: '#toDate-day', parts: ['day'] }]);
  });

  it('refuses a source the user was not offered', () => {
    const parsed = parseAddressForm(form({ ...answers, source: 'vetting_declaration' }), ['hr_record']);
    expect(parsed.errors.map((error) => error.field)).toEqual(['source']);
  });
});

describe('addressErrorsFromApi', () => {
  it('names the field in the server’s message and links to it', () => {
    const error = new ApiError({
      status: 400,
      code: 'VALIDATION_FAILED',
      errors: [
        { path: 'postcode', message: 'must be a UK postcode, like SW1A 1AA' },
        { path: 'fromDate', message: 'must not be in the future' },
      ],
    });
    expect(addressErrorsFromApi(error)).toEqual([
      { field: 'postcode', message: 'Postcode must be a UK postcode, like SW1A 1AA', href: '#postcode' },
      { field: 'fromDate', message: 'From date must not be in the future', href: '#fromDate-day' },
    ]);
  });

  it('shows a problem about no field in the server’s words', () => {
    const error = new ApiError({ status: 400, code: 'VALIDATION_FAILED', detail: 'The person has left the register' });
    expect(addressErrorsFromApi(error)).toEqual([{ field: 'postcode', message: 'The person has left the register', href: '#postcode' }]);
  });
});
