// Reads the "record as a case" form (/intake/:id/record): a summary, and one or more subjects from the register,
// each with one classified allegation. The server dates and places it as the complainant did. Field names are
// API paths with dots as dashes (cases/case-form-errors.ts), so server errors find their fields.
import type { TRecordComplaintAsCase } from '../../../../shared/portal-contracts.js';
import { IOPC_CATEGORIES, STANDARDS, THEMATIC_TAGS } from '../../../../shared/case-vocabulary.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { fieldId } from '../cases/case-form-errors.js';
import { isOneOf } from '../cases/cases.labels.js';

export const SUMMARY_LIMIT = 5_000;

/** How many subjects the form holds: subjects-0-personId, subjects-1-personId… */
export function subjectCount(form: FormData): number {
  let count = 0;
  while (form.has(fieldId(`subjects.${count}.personId`))) count += 1;
  return count;
}

const subjectName = (index: number, count: number): string => (count > 1 ? `Subject ${index + 1}` : 'The subject');

/** Labels by API path, for the errors the server finds. */
export function recordFieldLabels(count: number): Record<string, string> {
  const labels: Record<string, string> = { summary: 'Summary' };
  for (let s = 0; s < count; s++) {
    const name = subjectName(s, count);
    labels[`subjects.${s}.personId`] = name;
    labels[`subjects.${s}.allegations.0.description`] = `${name}: allegation`;
    labels[`subjects.${s}.allegations.0.standard`] = `${name}: Standard`;
    labels[`subjects.${s}.allegations.0.iopcCategory`] = `${name}: IOPC category`;
    labels[`subjects.${s}.allegations.0.tags`] = `${name}: thematic tags`;
    labels[`subjects.${s}.allegations.0.occurredOn`] = `${name}: date of the allegation`;
  }
  return labels;
}

type Parsed = { request: TRecordComplaintAsCase; errors: [] } | { request: null; errors: FormError[] };

export function parseRecordForm(form: FormData): Parsed {
  const errors: FormError[] = [];
  const add = (path: string, message: string) => errors.push({ field: path, message, href: `#${fieldId(path)}` });
  const summary = formString(form, 'summary');
  if (!summary) add('summary', 'Enter a summary of the complaint');
  else if (summary.length > SUMMARY_LIMIT) add('summary', `Summary must be ${SUMMARY_LIMIT.toLocaleString('en-GB')} characters or fewer`);
  const count = subjectCount(form);
  const subjects: TRecordComplaintAsCase['subjects'] = [];
  for (let s = 0; s < count; s++) {
    const name = subjectName(s, count);
    const path = `subjects.${s}.allegations.0`;
    const read = (field: string) => formString(form, fieldId(`${path}.${field}`));
    const personId = formString(form, fieldId(`subjects.${s}.personId`));
    if (!personId) add(`subjects.${s}.personId`, count > 1 ? `Search for and select subject ${s + 1}` : 'Search for and select the subject');
    const description = read('description');
    if (!description) add(`${path}.description`, `${name}: enter what is alleged`);
    const standard = read('standard');
    if (!isOneOf(STANDARDS, standard)) add(`${path}.standard`, `${name}: select the Standard of Professional Behaviour`);
    const iopcCategory = read('iopcCategory');
    if (!isOneOf(IOPC_CATEGORIES, iopcCategory)) add(`${path}.iopcCategory`, `${name}: select the IOPC category`);
    const tags = form.getAll(fieldId(`${path}.tags`)).filter((v): v is string => typeof v === 'string').filter((v) => isOneOf(THEMATIC_TAGS, v));
    if (personId && description && isOneOf(STANDARDS, standard) && isOneOf(IOPC_CATEGORIES, iopcCategory)) {
      subjects.push({ personId, allegations: [{ description, standard, iopcCategory, tags }] });
    }
  }
  if (count === 0) add('subjects.0.personId', 'Search for and select the subject');
  if (errors.length > 0) return { request: null, errors };
  return { request: { summary, subjects }, errors: [] };
}
