import { describe, expect, it } from 'vitest';
import { explanationRows, formatListBirthDate, formatScore, formatWeight, isAnyRunning, overallBand, washProgress, washStatusMessage } from './national-index.labels.js';

describe('a score explained field by field', () => {
  it('names each field, says how it compared and signs its weight, in the engine’s order', () => {
    expect(explanationRows([
      { field: 'family_name', agreement: 'exact', weight: 4 },
      { field: 'given_name', agreement: 'nickname or other spelling', weight: 2.5 },
      { field: 'date_of_birth', agreement: 'different', weight: -6 },
    ])).toEqual([
      { field: 'Family name', agreement: 'Exact', weight: '+4' },
      { field: 'Given name', agreement: 'Nickname or other spelling', weight: '+2.5' },
      { field: 'Date of birth', agreement: 'Different', weight: '−6' },
    ]);
  });

  it('reads swapped names, a nothing-recorded field and an open case elsewhere', () => {
    expect(explanationRows([
      { field: 'name_order', agreement: 'forename and surname swapped', weight: -0.5 },
      { field: 'date_of_birth', agreement: 'not recorded', weight: 0 },
      { field: 'case', agreement: 'open case WMP-2025-000003 in WMP', weight: 0 },
      { field: 'collar_number', agreement: 'exact', weight: 1.25 },
    ])).toEqual([
      { field: 'Name order', agreement: 'Forename and surname swapped', weight: '−0.5' },
      { field: 'Date of birth', agreement: 'Not recorded', weight: '0' },
      { field: 'Case', agreement: 'Open case WMP-2025-000003 in WMP', weight: '0' },
      { field: 'Collar number', agreement: 'Exact', weight: '+1.25' },
    ]);
  });

  it('reads the register evidence: address history, sex and service', () => {
    expect(explanationRows([
      { field: 'address', agreement: 'the same postcode in both histories (XA7 6ZH)', weight: 4 },
      { field: 'sex', agreement: 'same', weight: 0 },
      { field: 'service', agreement: 'left MPS on 2021-06-30, joined WMP 77 days later (a move)', weight: 2 },
    ]).map((r) => r.field)).toEqual(['Address history', 'Sex', 'Service']);
  });

  it('has nothing to explain for a review without reasons', () => {
    expect(explanationRows(null)).toEqual([]);
  });

  it('writes weights and scores without trailing zeros, and a negative with a true minus sign', () => {
    expect([formatWeight(3), formatWeight(1.5), formatWeight(-4), formatWeight(0.25)]).toEqual(['+3', '+1.5', '−4', '+0.25']);
    expect([formatScore(11.5), formatScore(12), formatScore(7.1), formatScore(null)]).toEqual(['11.5', '12', '7.1', 'Not scored']);
  });
});

describe('the result of a list check', () => {
  it('is the strongest band among the hits, and no match when nothing was found', () => {
    expect(overallBand([{ band: 'review' }, { band: 'match' }])).toBe('match');
    expect(overallBand([{ band: 'review' }, { band: 'review' }])).toBe('review');
    expect(overallBand([])).toBe('no_match');
  });

  it('says when a list gives only the year of birth', () => {
    expect(formatListBirthDate('1984')).toBe('1984 (only the year is known)');
    expect(formatListBirthDate('1981-02-03')).toBe('3 February 1981');
    expect(formatListBirthDate(null)).toBe('Not recorded');
  });
});

describe('the progress of a data wash', () => {
  it('counts people checked and possible matches found, rounding the percentage down', () => {
    expect(washProgress({ status: 'running', total: 3, processed: 2, hits: 1 })).toEqual({ percent: 66, checked: '2 of 3 people checked', found: '1 possible match' });
    expect(washProgress({ status: 'completed', total: 1200, processed: 1200, hits: 0 })).toEqual({ percent: 100, checked: '1,200 of 1,200 people checked', found: '0 possible matches' });
  });

  it('is complete for a finished wash of an empty workforce, and not started for a running one', () => {
    expect(washProgress({ status: 'completed', total: 0, processed: 0, hits: 0 }).percent).toBe(100);
    expect(washProgress({ status: 'running', total: 0, processed: 0, hits: 0 }).percent).toBe(0);
  });

  it('announces progress in steps of 10%, then the counts when it has finished or failed', () => {
    expect(washStatusMessage({ status: 'running', total: 200, processed: 57, hits: 0, error: null })).toBe('Running: about 20% of the workforce checked so far.');
    expect(washStatusMessage({ status: 'running', total: 200, processed: 59, hits: 3, error: null })).toBe('Running: about 20% of the workforce checked so far.');
    expect(washStatusMessage({ status: 'completed', total: 200, processed: 200, hits: 2, error: null })).toBe('Completed: 200 of 200 people checked, 2 possible matches found.');
    expect(washStatusMessage({ status: 'failed', total: 200, processed: 100, hits: 0, error: 'connection lost' })).toBe('Failed after 100 of 200 people checked. The error was: connection lost');
  });

  it('keeps polling only while a run is still going', () => {
    expect(isAnyRunning([{ status: 'completed' }, { status: 'running' }])).toBe(true);
    expect(isAnyRunning([{ status: 'completed' }, { status: 'failed' }])).toBe(false);
  });
});
