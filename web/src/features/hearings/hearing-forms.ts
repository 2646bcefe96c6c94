// The hearing notice forms read into API requests: the notice's details, the publication decision, the outcome and
// the withdrawal. Each checks what a person can get wrong (a missing answer, a date that is not real, a detail
// withheld without a reason) before the server is asked; the server checks everything again.
import type { TEditNoticeInput, TNoticeOutcomeInput, TPublishNoticeInput, TWithdrawNotice } from '../../../../shared/hearing-contracts.js';
import { HEARING_LIMITS, WITHHOLDABLE_FIELDS, type WithholdableField } from '../../../../shared/hearing-vocabulary.js';
import type { ApiError } from '../../api/client.js';
import { checkDate, dateParts } from '../../components/date-input.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { fieldError, FORM_LEVEL, withLabel } from '../cases/case-form-errors.js';

export type Parsed<T> = { request: T; errors: [] } | { request: null; errors: FormError[] };

export const NOTICE_FIELD_LABELS: Readonly<Record<string, string>> = {
  subjectId: 'Hearing',
  officerName: 'Officer’s name',
  rank: 'Rank',
  allegationSummary: 'Summary of the allegations',
  hearingOn: 'Date of the hearing',
  venue: 'Venue',
  rationale: 'Reasons for publishing',
  withheldFields: 'Details to withhold',
  withheldReason: 'Reason for withholding',
  publishFrom: 'First day on the public page',
  publishUntil: 'Last day on the public page',
  outcomeSummary: 'Outcome',
  outcomeOn: 'Date of the outcome',
  reason: 'Reason for withdrawing the notice',
};
export const NOTICE_DATE_FIELDS: readonly string[] = ['hearingOn', 'publishFrom', 'publishUntil', 'outcomeOn'];

const OUT_OF_DATE: FormError = { field: FORM_LEVEL, href: '', message: 'The page is out of date. Reload it and try again' };

function readVersion(form: FormData): number | null {
  const version = Number(formString(form, 'version'));
  return Number.isInteger(version) && version > 0 ? version : null;
}

function text(form: FormData, name: string, max: number, errors: FormError[], missing: string | null): string {
  const value = formString(form, name);
  if (!value && missing) errors.push(fieldError(name, missing));
  else if (value.length > max) errors.push(fieldError(name, `${NOTICE_FIELD_LABELS[name] ?? name} must be ${max.toLocaleString('en-GB')} characters or fewer`));
  return value;
}

function date(form: FormData, name: string, errors: FormError[], required: string | null): string | null {
  const checked = checkDate(dateParts(form, name), { label: NOTICE_FIELD_LABELS[name] ?? name, ...(required ? { requiredMessage: required } : {}) });
  if (checked.error !== undefined) {
    errors.push({ ...fieldError(name, checked.error, NOTICE_DATE_FIELDS), parts: checked.parts });
    return null;
  }
  return checked.iso;
}

export type NoticeDetails = Omit<TEditNoticeInput, 'version'>;

export function readNoticeDetailsForm(form: FormData): Parsed<NoticeDetails> {
  const errors: FormError[] = [];
  const officerName = text(form, 'officerName', HEARING_LIMITS.officerName, errors, 'Enter the officer’s name');
  const rank = text(form, 'rank', HEARING_LIMITS.rank, errors, null);
  const allegationSummary = text(form, 'allegationSummary', HEARING_LIMITS.allegationSummary, errors, 'Enter a summary of the allegations');
  const hearingOn = date(form, 'hearingOn', errors, 'Enter the date of the hearing');
  const venue = text(form, 'venue', HEARING_LIMITS.venue, errors, 'Enter where the hearing will be held');
  if (errors.length > 0 || hearingOn === null) return { request: null, errors };
  return { request: { officerName, rank: rank || null, allegationSummary, hearingOn, venue }, errors: [] };
}

export function readEditForm(form: FormData): Parsed<TEditNoticeInput> {
  const version = readVersion(form);
  const details = readNoticeDetailsForm(form);
  if (version === null) return { request: null, errors: [OUT_OF_DATE, ...details.errors] };
  if (!details.request) return details;
  return { request: { version, ...details.request }, errors: [] };
}

const isWithholdable = (value: string): value is WithholdableField => (WITHHOLDABLE_FIELDS as readonly string[]).includes(value);

export function readPublishForm(form: FormData): Parsed<TPublishNoticeInput & { version: number }> {
  const errors: FormError[] = [];
  const version = readVersion(form);
  if (version === null) errors.push(OUT_OF_DATE);
  const rationale = text(form, 'rationale', HEARING_LIMITS.rationale, errors, 'Enter the reasons for publishing the notice');
  const withheldFields = form.getAll('withheldFields').filter((v): v is string => typeof v === 'string').filter(isWithholdable);
  const withheldReason = text(form, 'withheldReason', HEARING_LIMITS.reason, errors, null);
  if (withheldFields.length > 0 && !withheldReason) errors.push(fieldError('withheldReason', 'Enter the reason for withholding the details you selected'));
  if (withheldFields.length === 0 && withheldReason) errors.push(fieldError('withheldFields', 'Select the details to withhold, or delete the reason'));
  const publishFrom = date(form, 'publishFrom', errors, 'Enter the first day the notice is on the public page');
  const publishUntil = date(form, 'publishUntil', errors, 'Enter the last day the notice is on the public page');
  if (publishFrom && publishUntil && publishUntil < publishFrom) errors.push(fieldError('publishUntil', 'The last day must be the same as or after the first day', NOTICE_DATE_FIELDS));
  if (errors.length > 0 || version === null || publishFrom === null || publishUntil === null) return { request: null, errors };
  return { request: { version, rationale, withheldFields, withheldReason: withheldReason || null, publishFrom, publishUntil }, errors: [] };
}

export function readOutcomeForm(form: FormData): Parsed<TNoticeOutcomeInput> {
  const errors: FormError[] = [];
  const version = readVersion(form);
  if (version === null) errors.push(OUT_OF_DATE);
  const outcomeSummary = text(form, 'outcomeSummary', HEARING_LIMITS.outcomeSummary, errors, 'Enter the outcome of the hearing');
  const outcomeOn = date(form, 'outcomeOn', errors, 'Enter the date of the outcome');
  const publishUntil = date(form, 'publishUntil', errors, null);
  if (errors.length > 0 || version === null || outcomeOn === null) return { request: null, errors };
  return { request: { version, outcomeSummary, outcomeOn, ...(publishUntil ? { publishUntil } : {}) }, errors: [] };
}

export function readWithdrawForm(form: FormData): Parsed<TWithdrawNotice> {
  const errors: FormError[] = [];
  const version = readVersion(form);
  if (version === null) errors.push(OUT_OF_DATE);
  const reason = text(form, 'reason', HEARING_LIMITS.reason, errors, 'Enter the reason for withdrawing the notice');
  if (errors.length > 0 || version === null) return { request: null, errors };
  return { request: { version, reason }, errors: [] };
}

/** A refused write as form errors: stale or refused steps are about the whole form; field errors go to their field. */
export function noticeFormErrors(error: ApiError): FormError[] {
  if (error.code === 'STALE_VERSION') {
    return [{ field: FORM_LEVEL, href: '', message: 'Someone else changed this notice while you were working on it. Go back to the notice to see it as it is now, then try again' }];
  }
  if (error.code === 'CONFLICT') return [{ field: FORM_LEVEL, href: '', message: error.detail ?? 'The notice cannot be changed now' }];
  const errors: FormError[] = [];
  for (const { path, message } of error.errors) {
    const field = path.split('.')[0] ?? path;
    if (!Object.hasOwn(NOTICE_FIELD_LABELS, field) || errors.some((e) => e.field === field)) continue;
    errors.push(fieldError(field, withLabel(NOTICE_FIELD_LABELS[field] ?? field, message), NOTICE_DATE_FIELDS));
  }
  if (errors.length === 0) errors.push({ field: FORM_LEVEL, href: '', message: error.detail ?? 'There was a problem with your answers. Check them and try again' });
  return errors;
}
