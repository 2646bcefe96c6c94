import { describe, expect, it } from 'vitest';
import { checkDate, isoToDateParts } from './date-input.js';

const rules = { label: 'Date of birth', notInFuture: 'past' as const };

describe('checkDate', () => {
  it('turns day, month and year into an ISO date', () => {
    expect(checkDate({ day: '1', month: '2', year: '1980' }, rules)).toEqual({ iso: '1980-02-01' });
  });

  it('accepts an empty optional date as no date', () => {
    expect(checkDate({ day: '', month: '', year: '' }, rules)).toEqual({ iso: null });
  });

  it('asks for a required date that is empty', () => {
    expect(checkDate({ day: '', month: '', year: '' }, { label: 'Start date', requiredMessage: 'Enter the start date' })).toEqual({
      error: 'Enter the start date',
      parts: [],
    });
  });

  it('names the missing parts', () => {
    expect(checkDate({ day: '', month: '', year: '1980' }, rules)).toEqual({ error: 'Date of birth must include a day and a month', parts: ['day', 'month'] });
  });

  it('refuses a date that does not exist', () => {
    expect(checkDate({ day: '31', month: '2', year: '1980' }, rules).error).toBe('Date of birth must be a real date');
  });

  it('refuses a two-digit year', () => {
    expect(checkDate({ day: '1', month: '2', year: '80' }, rules)).toEqual({ error: 'Year must include 4 numbers', parts: ['year'] });
  });

  it('refuses a date of birth in the future', () => {
    expect(checkDate({ day: '1', month: '1', year: '2999' }, rules).error).toBe('Date of birth must be in the past');
  });
});

describe('isoToDateParts', () => {
  it('splits an ISO date without leading zeros', () => {
    expect(isoToDateParts('1980-02-01')).toEqual({ day: '1', month: '2', year: '1980' });
  });

  it('gives empty parts for nothing or nonsense', () => {
    expect(isoToDateParts(undefined)).toEqual({ day: '', month: '', year: '' });
    expect(isoToDateParts('yesterday')).toEqual({ day: '', month: '', year: '' });
  });
});
