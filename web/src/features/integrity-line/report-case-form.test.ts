import { describe, expect, it } from 'vitest';
import { caseFieldLabels, parseReportCaseForm, subjectCount } from './report-case-form.js';

const PERSON = '3f0c8a52-1c1e-4d5f-9a55-1b6f0e2a7c11';

function form(fields: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

const subject = (index: number, personId = PERSON): [string, string][] => [
  [`subjects-${index}-personId`, personId],
  [`subjects-${index}-allegations-0-description`, 'Looked up an ex-partner'],
  [`subjects-${index}-allegations-0-standard`, 'confidentiality'],
  [`subjects-${index}-allegations-0-iopcCategory`, 'information'],
  [`subjects-${index}-allegations-0-tags`, 'information_misuse'],
  [`subjects-${index}-allegations-0-tags`, 'not_a_tag'],
];

describe('the make-a-case form', () => {
  it('reads a restricted case with its subjects and their classified allegations', () => {
    const parsed = parseReportCaseForm(form([['summary', 'Misuse of systems'], ['restricted', 'yes'], ...subject(0), ...subject(1, '9d7e3f10-2b1a-4c6d-8e9f-0a1b2c3d4e5f')]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.request).toEqual({
      summary: 'Misuse of systems',
      restricted: true,
      subjects: [
        { personId: PERSON, allegations: [{ description: 'Looked up an ex-partner', standard: 'confidentiality', iopcCategory: 'information', tags: ['information_misuse'] }] },
        { personId: '9d7e3f10-2b1a-4c6d-8e9f-0a1b2c3d4e5f', allegations: [{ description: 'Looked up an ex-partner', standard: 'confidentiality', iopcCategory: 'information', tags: ['information_misuse'] }] },
      ],
    });
  });

  it('names each missing answer at its field, and an unticked box means not restricted', () => {
    const parsed = parseReportCaseForm(form([['summary', ''], ['subjects-0-personId', ''], ['subjects-0-allegations-0-standard', 'made_up']]));
    expect(parsed.request).toBeNull();
    expect(parsed.errors.map((e) => [e.field, e.href])).toEqual([
      ['summary', '#summary'],
      ['subjects.0.personId', '#subjects-0-personId'],
      ['subjects.0.allegations.0.description', '#subjects-0-allegations-0-description'],
      ['subjects.0.allegations.0.standard', '#subjects-0-allegations-0-standard'],
      ['subjects.0.allegations.0.iopcCategory', '#subjects-0-allegations-0-iopcCategory'],
    ]);
    expect(parseReportCaseForm(form([['summary', 'x'], ...subject(0)])).request?.restricted).toBe(false);
  });

  it('counts the subjects on the form and labels their fields for server errors', () => {
    const data = form([...subject(0), ...subject(1)]);
    expect(subjectCount(data)).toBe(2);
    expect(caseFieldLabels(2)['subjects.1.allegations.0.standard']).toBe('Subject 2: Standard');
    expect(caseFieldLabels(1)['subjects.0.personId']).toBe('The subject');
  });
});
