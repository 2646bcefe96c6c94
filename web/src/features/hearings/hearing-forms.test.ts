import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.js';
import { noticeFormErrors, readNoticeDetailsForm, readOutcomeForm, readPublishForm, readWithdrawForm } from './hearing-forms.js';

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of Array.isArray(value) ? value : [value]) data.append(name, v);
  return data;
}
const day = (name: string, iso: string) => {
  const [year = '', month = '', d = ''] = iso.split('-');
  return { [`${name}-day`]: String(Number(d)), [`${name}-month`]: String(Number(month)), [`${name}-year`]: year };
};

describe('the notice details form', () => {
  it('reads a complete notice, an empty rank meaning none', () => {
    const parsed = readNoticeDetailsForm(form({ officerName: ' PC Jo Bloggs ', rank: '', allegationSummary: 'Use of force', venue: 'HQ', ...day('hearingOn', '2026-05-04') }));
    expect(parsed.request).toEqual({ officerName: 'PC Jo Bloggs', rank: null, allegationSummary: 'Use of force', hearingOn: '2026-05-04', venue: 'HQ' });
  });

  it('says what is missing, in the order of the form', () => {
    const parsed = readNoticeDetailsForm(form({ officerName: '', allegationSummary: '', venue: '' }));
    expect(parsed.errors.map((e) => e.message)).toEqual(['Enter the officer’s name', 'Enter a summary of the allegations', 'Enter the date of the hearing', 'Enter where the hearing will be held']);
    expect(parsed.errors.find((e) => e.field === 'hearingOn')?.href).toBe('#hearingOn-day');
  });
});

describe('the publication decision form', () => {
  const complete = { version: '3', rationale: 'Held in public', ...day('publishFrom', '2026-05-01'), ...day('publishUntil', '2026-06-01') };

  it('needs the reasons for publishing: there is no publication without a decision', () => {
    expect(readPublishForm(form({ ...complete, rationale: '' })).errors.map((e) => e.field)).toEqual(['rationale']);
  });

  it('reads withheld details with their reason', () => {
    const parsed = readPublishForm(form({ ...complete, withheldFields: ['officerName', 'venue', 'nonsense'], withheldReason: 'To protect the complainant' }));
    expect(parsed.request).toEqual({ version: 3, rationale: 'Held in public', withheldFields: ['officerName', 'venue'], withheldReason: 'To protect the complainant', publishFrom: '2026-05-01', publishUntil: '2026-06-01' });
  });

  it('refuses withholding without a reason, and a reason without anything withheld', () => {
    expect(readPublishForm(form({ ...complete, withheldFields: 'officerName' })).errors.map((e) => e.field)).toEqual(['withheldReason']);
    expect(readPublishForm(form({ ...complete, withheldReason: 'Why' })).errors.map((e) => e.field)).toEqual(['withheldFields']);
  });

  it('refuses a period that ends before it starts', () => {
    expect(readPublishForm(form({ ...complete, ...day('publishUntil', '2026-04-30') })).errors.map((e) => e.field)).toEqual(['publishUntil']);
  });
});

describe('the outcome and withdrawal forms', () => {
  it('reads an outcome, with the end of the period left to the default when blank', () => {
    expect(readOutcomeForm(form({ version: '2', outcomeSummary: 'Dismissed', ...day('outcomeOn', '2026-05-05') })).request).toEqual({ version: 2, outcomeSummary: 'Dismissed', outcomeOn: '2026-05-05' });
  });

  it('needs a reason to withdraw', () => {
    expect(readWithdrawForm(form({ version: '2', reason: '' })).errors.map((e) => e.message)).toEqual(['Enter the reason for withdrawing the notice']);
  });
});

describe('a refused write', () => {
  it('puts a field error next to its field, labelled', () => {
    const errors = noticeFormErrors(new ApiError({ status: 400, code: 'VALIDATION_FAILED', errors: [{ path: 'publishUntil', message: 'must not be before the hearing (2026-05-04)' }] }));
    expect(errors).toEqual([{ field: 'publishUntil', href: '#publishUntil-day', message: 'Last day on the public page must not be before the hearing (2026-05-04)' }]);
  });

  it('explains a change made by someone else meanwhile', () => {
    expect(noticeFormErrors(new ApiError({ status: 409, code: 'STALE_VERSION', errors: [] }))[0]?.message).toMatch(/^Someone else changed this notice/);
  });
});
