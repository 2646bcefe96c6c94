import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { answerField, qaFormErrors, readChecklistForm, readDrawForm, readResponseForm, readReviewForm, DRAW_FIELD_LABELS } from './qa-forms.js';

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}
const day = (name: string, iso: string) => {
  const [year = '', month = '', d = ''] = iso.split('-');
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};
const PERIOD = { ...day('periodFrom', '2025-01-01'), ...day('periodTo', '2025-12-31') };

describe('the draw form', () => {
  it('reads a stratified sample with a size, keeping only the strata and filters of the population', () => {
    const parsed = readDrawForm(form({
      name: '2025 vetting', forceId: 'WMP', ...PERIOD, stratifyBy: ['outcome', 'tag'], 'filter-outcome': ['refused'], 'filter-tag': ['racism'],
      sizeKind: 'size', sizePerStratum: '10', seed: ' Q1 ',
    }), 'vetting_decision', null);
    expect(parsed.request).toEqual({ name: '2025 vetting', population: 'vetting_decision', forceId: 'WMP', periodFrom: '2025-01-01', periodTo: '2025-12-31', stratifyBy: ['outcome'], filters: { outcome: ['refused'] }, sizePerStratum: 10, seed: 'Q1' });
  });

  it('reads a percentage as a proportion, every force as null, and the reviewer’s own force when they cannot choose', () => {
    expect(readDrawForm(form({ name: 'x', forceId: 'national', ...PERIOD, sizeKind: 'proportion', percentage: '12.5' }), 'case_decision', null).request)
      .toMatchObject({ forceId: null, proportion: 0.125 });
    expect(readDrawForm(form({ name: 'x', forceId: 'WMP', ...PERIOD, sizeKind: 'size', sizePerStratum: '3' }), 'vetting_decision', 'MPS').request?.forceId).toBe('MPS');
  });

  it('says what is missing or wrong', () => {
    const parsed = readDrawForm(form({ name: '', forceId: 'MPS', ...day('periodFrom', '2025-12-31'), ...day('periodTo', '2025-01-01'), sizeKind: 'size', sizePerStratum: '0' }), 'vetting_decision', null);
    expect(parsed.errors.map((e) => e.field)).toEqual(['name', 'periodTo', 'sizePerStratum']);
    expect(readDrawForm(form({ name: 'x', ...PERIOD }), 'vetting_decision', 'MPS').errors.map((e) => e.field)).toEqual(['sizeKind']);
  });
});

describe('the review form', () => {
  const checklist = { questions: [{ id: 'checks-complete', text: 'Were all the checks completed?' }, { id: 'rationale', text: 'Does the rationale support the decision?' }] };

  it('needs every question answered', () => {
    const parsed = readReviewForm(form({ [answerField('checks-complete')]: 'yes', verdict: 'agree' }), checklist);
    expect(parsed.errors).toEqual([{ field: 'answers.rationale', href: '#answers-rationale', message: 'Answer: Does the rationale support the decision?' }]);
  });

  it('needs reasons to disagree, not to agree', () => {
    const answers = { [answerField('checks-complete')]: 'no', [answerField('rationale')]: 'not_applicable' };
    expect(readReviewForm(form({ ...answers, verdict: 'disagree' }), checklist).errors.map((e) => e.field)).toEqual(['reasons']);
    expect(readReviewForm(form({ ...answers, verdict: 'agree' }), checklist).request).toEqual({ answers: { 'checks-complete': 'no', rationale: 'not_applicable' }, verdict: 'agree', reasons: null });
  });
});

describe('the response form and refused requests', () => {
  it('needs a response, shown at that item’s field', () => {
    const itemId = '00000000-0000-4000-8000-000000000009';
    expect(readResponseForm(form({ itemId, response: '' })).errors[0]).toEqual({ field: `response-${itemId}`, href: `#response-${itemId}`, message: 'Enter your response' });
    expect(readResponseForm(form({ itemId, response: 'I agree' })).request).toEqual({ itemId, response: 'I agree' });
  });

  it('shows a server field error at its field, and a proportion error at the percentage', () => {
    const error = new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'proportion', message: 'would draw 3,000 decisions' }, { path: 'stratifyBy.0', message: 'cannot stratify by tag' }] });
    expect(qaFormErrors(error, DRAW_FIELD_LABELS, { aliases: { proportion: 'percentage' } }).map((e) => [e.field, e.message])).toEqual([
      ['percentage', 'Percentage of each stratum: would draw 3,000 decisions'], ['stratifyBy', 'Strata: cannot stratify by tag'],
    ]);
  });
});

describe('the checklist form', () => {
  const replaces = '00000000-0000-4000-a000-000000000001';

  it('reads one question per line, trimmed, without blank lines', () => {
    const parsed = readChecklistForm(form({ replaces, name: ' Vetting review ', questions: '  Were the checks complete?\r\n\r\nWas the rationale sound?\n' }), 'vetting_decision');
    expect(parsed.request).toEqual({ population: 'vetting_decision', replaces, name: 'Vetting review', questions: ['Were the checks complete?', 'Was the rationale sound?'] });
  });

  it('refuses no questions, a question asked twice (ignoring case), an overlong question, and a page without the version it replaces', () => {
    const errorsOf = (fields: Record<string, string>) => readChecklistForm(form({ replaces, name: 'x', ...fields }), 'case_decision').errors;
    expect(errorsOf({ questions: ' \n ' })).toEqual([{ field: 'questions', href: '#questions', message: 'Enter at least one question' }]);
    expect(errorsOf({ questions: 'Was it fair?\nWas it timely?\nwas it FAIR?' })[0]?.message).toBe('Question 3 asks the same as an earlier one');
    expect(errorsOf({ questions: `Fine?\n${'x'.repeat(501)}` })[0]?.message).toBe('Question 2 must be 500 characters or fewer');
    expect(errorsOf({ name: '', questions: 'Fine?' })).toEqual([{ field: 'name', href: '#name', message: 'Enter the name of the checklist' }]);
    expect(readChecklistForm(form({ replaces: 'x', name: 'x', questions: 'Fine?' }), 'case_decision').errors[0]?.field).toBe('_form');
  });
});
