import { describe, expect, it } from 'vitest';
import { parseRecordForm, recordFieldLabels } from './intake-record-form.js';

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

const PERSON = '00000000-0000-4000-8000-000000000001';
const subject = (index: number, overrides: Record<string, string | string[]> = {}) => ({
  [`subjects-${index}-personId`]: PERSON,
  [`subjects-${index}-allegations-0-description`]: 'Pushed the complainant',
  [`subjects-${index}-allegations-0-standard`]: 'use_of_force',
  [`subjects-${index}-allegations-0-iopcCategory`]: 'police_powers',
  [`subjects-${index}-allegations-0-tags`]: ['use_of_force', 'not-a-tag'],
  ...overrides,
});

describe('parseRecordForm', () => {
  it('builds the request, keeping only known thematic tags', () => {
    expect(parseRecordForm(form({ summary: 'Pushed', ...subject(0) }))).toEqual({
      errors: [],
      request: { summary: 'Pushed', subjects: [{ personId: PERSON, allegations: [{ description: 'Pushed the complainant', standard: 'use_of_force', iopcCategory: 'police_powers', tags: ['use_of_force'] }] }] },
    });
  });

  it('names what is missing, per subject when there are several', () => {
    const parsed = parseRecordForm(form({ summary: '', ...subject(0), ...subject(1, { 'subjects-1-personId': '', 'subjects-1-allegations-0-standard': '' }) }));
    expect(parsed.errors.map((e) => e.message)).toEqual(['Enter a summary of the complaint', 'Search for and select subject 2', 'Subject 2: select the Standard of Professional Behaviour']);
    expect(parsed.errors[1]?.href).toBe('#subjects-1-personId');
  });

  it('asks for a subject when the form has none', () => {
    expect(parseRecordForm(form({ summary: 'x' })).errors.map((e) => e.field)).toEqual(['subjects.0.personId']);
  });

  it('labels server errors by field path', () => {
    expect(recordFieldLabels(2)['subjects.1.personId']).toBe('Subject 2');
    expect(recordFieldLabels(1)['subjects.0.allegations.0.occurredOn']).toBe('The subject: date of the allegation');
  });
});
