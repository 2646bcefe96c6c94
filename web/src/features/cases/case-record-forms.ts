// What the record pages around the workflow share: loading the case (and subject) they write to, and reading
// their forms into requests. Each write carries the case version the user read.
import { data, type Params } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TCase, TRegulation17Notice, TRestrictionReview } from '../../../../shared/case-contracts.js';
import { RESTRICTION_KINDS } from '../../../../shared/case-vocabulary.js';
import type { Action } from '../../../../shared/policy.js';
import { checkDate, dateParts } from '../../components/date-input.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { requirePermission } from '../auth/session.js';
import { codesOf } from '../people/people.labels.js';
import { getCase, type TCaseNote, type TCaseSubject, type TComplainantReviewRequest, type TRestrictionRequest } from './cases.api.js';
import { isOneOf, REVIEW_BODY_LABELS, REVIEW_OUTCOME_LABELS } from './cases.labels.js';
import { requireId } from './case-params.js';

export type CaseRecordData = { case: TCase; user: TCurrentUser };
export type SubjectRecordData = CaseRecordData & { subject: TCaseSubject };

export async function loadCaseForRecord(request: Request, params: Params, permission: Action): Promise<CaseRecordData> {
  const user = await requirePermission(request, permission);
  const found = await getCase(requireId(params, 'id'), request.signal);
  return { case: found, user };
}

export async function loadSubjectForRecord(request: Request, params: Params, permission: Action): Promise<SubjectRecordData> {
  const loaded = await loadCaseForRecord(request, params, permission);
  const subjectId = requireId(params, 'subjectId');
  const subject = loaded.case.subjects.find((s) => s.id === subjectId);
  if (!subject) throw data(null, { status: 404 });
  return { ...loaded, subject };
}

type Parsed<T> = { request: T; errors: [] } | { request: null; errors: FormError[] };

/** A small reader shared by the record forms: required and optional dates, choices and text, collecting errors. */
function reader(form: FormData) {
  const errors: FormError[] = [];
  const add = (field: string, message: string, href = `#${field}`, parts?: FormError['parts']) => errors.push(parts ? { field, message, href, parts } : { field, message, href });
  const version = Number(formString(form, 'version'));
  return {
    errors,
    add,
    version: Number.isInteger(version) && version > 0 ? version : null,
    date(field: string, label: string, requiredMessage?: string): string | null {
      const checked = checkDate(dateParts(form, field), { label, ...(requiredMessage ? { requiredMessage } : {}), notInFuture: 'today-or-past' });
      if (checked.error !== undefined) {
        add(field, checked.error, `#${field}-${checked.parts[0] ?? 'day'}`, checked.parts);
        return null;
      }
      return checked.iso;
    },
    text(field: string, requiredMessage: string): string {
      const value = formString(form, field);
      if (!value) add(field, requiredMessage);
      return value;
    },
  };
}

export const NOTICE_CONTENTS = [
  { value: 'conductDescribed', text: 'It describes the conduct and the Standards of Professional Behaviour it may breach' },
  { value: 'severityStated', text: 'It states whether the conduct would amount to misconduct or gross misconduct' },
  { value: 'proceedingsLikely', text: 'It states the form of proceedings likely to follow' },
  { value: 'rightToPoliceFriend', text: 'It tells the officer of their right to a police friend' },
  { value: 'rightToLegalAdvice', text: 'It tells the officer of their right to legal advice' },
  { value: 'rightToRespond', text: 'It tells the officer they may give a statement and documents within 10 working days' },
] as const;

export const NOTICE_FIELD_LABELS: Readonly<Record<string, string>> = {
  servedOn: 'Date served',
  contents: 'Contents of the notice',
  harmfulInformationWithheld: 'Information withheld',
};
export const NOTICE_FIELD_ALIASES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(NOTICE_CONTENTS.map((item) => [`contents.${item.value}`, 'contents'])),
  'contents.harmfulInformationWithheld': 'harmfulInformationWithheld',
};

export function parseNoticeForm(form: FormData): Parsed<TRegulation17Notice> {
  const read = reader(form);
  const servedOn = read.date('servedOn', 'Date served', 'Enter the date the notice was served');
  const ticked = new Set(form.getAll('contents'));
  const missing = NOTICE_CONTENTS.filter((item) => !ticked.has(item.value));
  if (missing.length > 0) read.add('contents', 'Confirm the notice says everything Regulation 17 requires: select every statement');
  const withheld = formString(form, 'harmfulInformationWithheld');
  if (withheld !== 'yes' && withheld !== 'no') read.add('harmfulInformationWithheld', 'Select whether any information was withheld under the harm test');
  if (read.errors.length > 0 || !servedOn || !read.version) return { request: null, errors: read.errors };
  return {
    errors: [],
    request: {
      version: read.version,
      servedOn,
      contents: {
        conductDescribed: true, severityStated: true, proceedingsLikely: true, rightToPoliceFriend: true, rightToLegalAdvice: true, rightToRespond: true,
        harmfulInformationWithheld: withheld === 'yes',
      },
    },
  };
}

export const RESTRICTION_FIELD_LABELS: Readonly<Record<string, string>> = { kind: 'Restriction', conditions: 'Conditions', decidedOn: 'Date decided', reviewOn: 'Review date' };

export function parseRestrictionForm(form: FormData): Parsed<TRestrictionRequest> {
  const read = reader(form);
  const kind = formString(form, 'kind');
  if (!isOneOf(RESTRICTION_KINDS, kind)) read.add('kind', 'Select suspension, redeployment or restricted duties');
  const conditions = read.text('conditions', 'Enter the conditions and the reasons for them');
  const decidedOn = read.date('decidedOn', 'Date decided', 'Enter the date of the decision');
  const reviewChecked = checkDate(dateParts(form, 'reviewOn'), { label: 'Review date', requiredMessage: 'Enter the date the restriction will be reviewed' });
  if (reviewChecked.error !== undefined) read.add('reviewOn', reviewChecked.error, `#reviewOn-${reviewChecked.parts[0] ?? 'day'}`, reviewChecked.parts);
  else if (decidedOn && reviewChecked.iso && reviewChecked.iso < decidedOn) read.add('reviewOn', 'Review date must be on or after the date decided', '#reviewOn-day');
  if (read.errors.length > 0 || !isOneOf(RESTRICTION_KINDS, kind) || !decidedOn || !reviewChecked.iso || !read.version) return { request: null, errors: read.errors };
  return { errors: [], request: { version: read.version, kind, conditions, decidedOn, reviewOn: reviewChecked.iso } };
}

export const RESTRICTION_REVIEW_FIELD_LABELS: Readonly<Record<string, string>> = { reviewedOn: 'Date reviewed', decision: 'Decision', nextReviewOn: 'Next review date', rationale: 'Reasons' };

export function parseRestrictionReviewForm(form: FormData): Parsed<TRestrictionReview> {
  const read = reader(form);
  const decision = formString(form, 'decision');
  if (decision !== 'continue' && decision !== 'end') read.add('decision', 'Select whether the restriction continues or ends');
  const reviewedOn = read.date('reviewedOn', 'Date reviewed', 'Enter the date of the review');
  const rationale = read.text('rationale', 'Enter the reasons for the decision');
  let nextReviewOn: string | null = null;
  if (decision === 'continue') {
    const next = checkDate(dateParts(form, 'nextReviewOn'), { label: 'Next review date', requiredMessage: 'Enter the date of the next review' });
    if (next.error !== undefined) read.add('nextReviewOn', next.error, `#nextReviewOn-${next.parts[0] ?? 'day'}`, next.parts);
    else if (reviewedOn && next.iso && next.iso <= reviewedOn) read.add('nextReviewOn', 'Next review date must be after the date reviewed', '#nextReviewOn-day');
    else nextReviewOn = next.iso ?? null;
  }
  if (read.errors.length > 0 || (decision !== 'continue' && decision !== 'end') || !reviewedOn || !read.version) return { request: null, errors: read.errors };
  return { errors: [], request: { version: read.version, reviewedOn, decision, nextReviewOn, rationale } };
}

export const NOTE_FIELD_LABELS: Readonly<Record<string, string>> = { decidedOn: 'Date of the report', rationale: 'What the report said' };

export function parseNoteForm(form: FormData): Parsed<TCaseNote> {
  const read = reader(form);
  const decidedOn = read.date('decidedOn', 'Date of the report', 'Enter the date the report was made');
  const rationale = read.text('rationale', 'Enter what the report said about the progress of the investigation');
  if (read.errors.length > 0 || !decidedOn || !read.version) return { request: null, errors: read.errors };
  return { errors: [], request: { version: read.version, decidedOn, rationale } };
}

export const REVIEW_FIELD_LABELS: Readonly<Record<string, string>> = { body: 'Review body', requestedOn: 'Date requested', outcome: 'Result', decidedOn: 'Date decided' };

export function parseReviewForm(form: FormData): Parsed<TComplainantReviewRequest> {
  const read = reader(form);
  const body = formString(form, 'body');
  const bodies = codesOf(REVIEW_BODY_LABELS);
  if (!isOneOf(bodies, body)) read.add('body', 'Select who the complainant asked to review the handling');
  const requestedOn = read.date('requestedOn', 'Date requested', 'Enter the date the review was requested');
  const outcomeValue = formString(form, 'outcome');
  const outcome = isOneOf(codesOf(REVIEW_OUTCOME_LABELS), outcomeValue) ? outcomeValue : null;
  const decidedOn = read.date('decidedOn', 'Date decided', outcome ? 'Enter the date of the review decision' : undefined);
  if (decidedOn && !outcome) read.add('outcome', 'Select the result of the review, or leave the date decided blank');
  if (decidedOn && requestedOn && decidedOn < requestedOn) read.add('decidedOn', 'Date decided must be on or after the date requested', '#decidedOn-day');
  if (read.errors.length > 0 || !isOneOf(bodies, body) || !requestedOn || !read.version) return { request: null, errors: read.errors };
  return { errors: [], request: { version: read.version, body, requestedOn, outcome, decidedOn } };
}
