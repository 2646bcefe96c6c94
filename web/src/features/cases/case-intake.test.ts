import { describe, expect, it } from 'vitest';
import { intakeFieldLabels, parseIntakeForm } from './case-intake.js';

const PERSON = '00000000-0000-4000-8000-000000000001';
const OTHER = '00000000-0000-4000-8000-000000000002';

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

const emptyParty = { 'parties-0-kind': 'complainant', 'parties-0-name': '', 'parties-0-email': '', 'parties-0-phone': '', 'parties-0-accessibilityNeeds': '' };
const allegation = (s: number, a: number, values: Record<string, string | string[]> = {}) => ({
  [`subjects-${s}-allegations-${a}-description`]: 'Sent demeaning messages',
  [`subjects-${s}-allegations-${a}-occurredOn-day`]: '',
  [`subjects-${s}-allegations-${a}-occurredOn-month`]: '',
  [`subjects-${s}-allegations-${a}-occurredOn-year`]: '',
  [`subjects-${s}-allegations-${a}-place`]: '',
  [`subjects-${s}-allegations-${a}-standard`]: 'discreditable_conduct',
  [`subjects-${s}-allegations-${a}-iopcCategory`]: 'individual_behaviours',
  ...values,
});
const valid = {
  forceId: 'MPS',
  source: 'conduct_matter',
  'receivedOn-day': '3',
  'receivedOn-month': '3',
  'receivedOn-year': '2026',
  summary: ' Messages to a probationer ',
  ...emptyParty,
  'subjects-0-personId': PERSON,
  ...allegation(0, 0, { 'subjects-0-allegations-0-tags': ['misogyny', 'not_a_tag'] }),
};

describe('parseIntakeForm', () => {
  it('builds a create-case request, leaving out a blank complainant and unknown tags', () => {
    expect(parseIntakeForm(form(valid))).toEqual({
      errors: [],
      request: {
        forceId: 'MPS',
        source: 'conduct_matter',
        summary: 'Messages to a probationer',
        receivedOn: '2026-03-03',
        restricted: false,
        parties: [],
        subjects: [{ personId: PERSON, allegations: [{ description: 'Sent demeaning messages', occurredOn: null, place: null, standard: 'discreditable_conduct', iopcCategory: 'individual_behaviours', tags: ['misogyny'] }] }],
      },
    });
  });

  it('reads every subject and allegation, a complainant and the restriction', () => {
    const parsed = parseIntakeForm(form({
      ...valid,
      restricted: 'true',
      'parties-0-name': 'Pat Public',
      'parties-0-email': 'pat@example.test',
      ...allegation(0, 1, { 'subjects-0-allegations-1-occurredOn-day': '1', 'subjects-0-allegations-1-occurredOn-month': '2', 'subjects-0-allegations-1-occurredOn-year': '2026', 'subjects-0-allegations-1-place': 'Canteen' }),
      'subjects-1-personId': OTHER,
      ...allegation(1, 0),
    }));
    expect(parsed.errors).toEqual([]);
    expect(parsed.request?.restricted).toBe(true);
    expect(parsed.request?.parties).toEqual([{ kind: 'complainant', name: 'Pat Public', email: 'pat@example.test', phone: null, accessibilityNeeds: null }]);
    expect(parsed.request?.subjects.map((s) => [s.personId, s.allegations.length])).toEqual([[PERSON, 2], [OTHER, 1]]);
    expect(parsed.request?.subjects[0]?.allegations[1]).toMatchObject({ occurredOn: '2026-02-01', place: 'Canteen' });
  });

  it('says what is missing, in page order, each linked to its field', () => {
    const parsed = parseIntakeForm(form({ forceId: 'MPS', ...emptyParty, 'subjects-0-personId': '', ...allegation(0, 0, { 'subjects-0-allegations-0-description': '', 'subjects-0-allegations-0-standard': '' }) }));
    expect(parsed.errors).toEqual([
      { field: 'source', message: 'Select where the case came from', href: '#source' },
      { field: 'receivedOn', message: 'Enter the date the matter was received', href: '#receivedOn-day', parts: [] },
      { field: 'summary', message: 'Enter a summary of the case', href: '#summary' },
      { field: 'subjects.0.personId', message: 'Search for and select the subject', href: '#subjects-0-personId' },
      { field: 'subjects.0.allegations.0.description', message: 'Allegation 1: enter what is alleged', href: '#subjects-0-allegations-0-description' },
      { field: 'subjects.0.allegations.0.standard', message: 'Allegation 1: select the Standard of Professional Behaviour', href: '#subjects-0-allegations-0-standard' },
    ]);
  });

  it('refuses an incident after the date received and a complainant without a name', () => {
    const parsed = parseIntakeForm(form({
      ...valid,
      'parties-0-email': 'not an email',
      ...allegation(0, 0, { 'subjects-0-allegations-0-occurredOn-day': '4', 'subjects-0-allegations-0-occurredOn-month': '3', 'subjects-0-allegations-0-occurredOn-year': '2026' }),
    }));
    expect(parsed.errors.map((e) => [e.field, e.message])).toEqual([
      ['parties.0.name', 'Enter the name of complainant or witness 1'],
      ['parties.0.email', 'Enter an email address in the correct format, like name@example.com'],
      ['subjects.0.allegations.0.occurredOn', 'Allegation 1 date must be on or before the date received'],
    ]);
  });

  it('names the subject in messages when there are several', () => {
    const parsed = parseIntakeForm(form({ ...valid, 'subjects-1-personId': '', ...allegation(1, 0, { 'subjects-1-allegations-0-iopcCategory': '' }) }));
    expect(parsed.errors.map((e) => e.message)).toEqual(['Search for and select subject 2', 'Subject 2, allegation 1: select the IOPC category']);
  });

  it('labels every field on the form, so server errors can name them', () => {
    expect(intakeFieldLabels(form(valid))).toMatchObject({ receivedOn: 'Date received', 'subjects.0.allegations.0.standard': 'Allegation 1 Standard', 'parties.0.email': 'Complainant or witness 1 email address' });
  });
});
