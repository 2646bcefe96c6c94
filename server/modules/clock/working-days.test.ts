import { describe, expect, it } from 'vitest';
import { addMonths, addWorkingDays, isWorkingDay, todayInEngland, workingDaysBetween } from './working-days.js';

describe('working days (England & Wales)', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2026-11-20', 1)).toBe('2026-11-23'); // Friday → Monday
    expect(addWorkingDays('2026-11-23', 10)).toBe('2026-12-07');
  });

  it('skips Christmas, Boxing Day and its substitute day', () => {
    // 2026: Christmas Fri 25, Boxing Day Sat 26 → substitute Mon 28.
    expect(isWorkingDay('2026-12-28')).toBe(false);
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    expect(addWorkingDays('2026-12-21', 10)).toBe('2027-01-07'); // also skips New Year's Day
  });

  it('skips Good Friday and Easter Monday', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07');
  });

  it('gives the Regulation 17 response deadline: 10 working days after service', () => {
    expect(addWorkingDays('2026-05-01', 10)).toBe('2026-05-18'); // across the early May bank holiday
  });

  it('counts working days between two dates', () => {
    expect(workingDaysBetween('2026-12-24', '2026-12-31')).toBe(3);
    expect(workingDaysBetween('2026-12-31', '2026-12-24')).toBe(0);
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-15', 18)).toBe('2027-09-15');
  });

  it('reads today in London time, not UTC', () => {
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('refuses malformed dates and negative counts', () => {
    expect(() => addWorkingDays('24/12/2026', 1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-12-24', -1)).toThrow(RangeError);
  });
});
