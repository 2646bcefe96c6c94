// Reads the intake form (/cases/new) into a create-case request, with the GOV.UK error messages for what is
// missing. Field names are API paths with dots as dashes (see case-form-errors.ts), numbered from 0.
import type { TCreateCase } from '../../../../shared/case-contracts.js';
import { CASE_SOURCES, IOPC_CATEGORIES, PARTY_KINDS, STANDARDS, THEMATIC_TAGS } from '../../../../shared/case-vocabulary.js';
import { checkDate, dateParts } from '../../components/date-input.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { fieldId } from './case-form-errors.js';
import { isOneOf } from './cases.labels.js';

type Allegation = TCreateCase['subjects'][number]['allegations'][number];
type Party = TCreateCase['parties'][number];

export const INTAKE_DATE_FIELDS = ['receivedOn'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** How a subject or allegation is named in messages: "Allegation 2", or "Subject 2, allegation 1" when there are several subjects. */
export function allegationName(subjectIndex: number, allegationIndex: number, subjectCount: number): string {
  return subjectCount > 1 ? `Subject ${subjectIndex + 1}, allegation ${allegationIndex + 1}` : `Allegation ${allegationIndex + 1}`;
}

/** How many numbered groups the form holds: parties.0…, subjects.0…, subjects.0.allegations.0… */
function countOf(form: FormData, prefix: string, field: string): number {
  let count = 0;
  while (form.has(fieldId(`${prefix}.${count}.${field}`))) count += 1;
  return count;
}

/** Labels of every field the form holds, by API path, for errors the server finds. */
export function intakeFieldLabels(form: FormData): Record<string, string> {
  const labels: Record<string, string> = {
    forceId: 'Force',
    source: 'Source',
    receivedOn: 'Date received',
    summary: 'Summary',
    restricted: 'Restricted case',
  };
  const partyCount = countOf(form, 'parties', 'name');
  for (let p = 0; p < partyCount; p++) {
    const name = `Complainant or witness ${p + 1}`;
    labels[`parties.${p}.kind`] = `${name}: complainant or witness`;
    labels[`parties.${p}.name`] = `${name} name`;
    labels[`parties.${p}.email`] = `${name} email address`;
    labels[`parties.${p}.phone`] = `${name} phone number`;
    labels[`parties.${p}.accessibilityNeeds`] = `${name} accessibility needs`;
  }
  const subjectCount = countOf(form, 'subjects', 'personId');
  for (let s = 0; s < subjectCount; s++) {
    labels[`subjects.${s}.personId`] = `Subject ${s + 1}`;
    const allegationCount = countOf(form, `subjects.${s}.allegations`, 'description');
    for (let a = 0; a < allegationCount; a++) {
      const name = allegationName(s, a, subjectCount);
      const path = `subjects.${s}.allegations.${a}`;
      labels[`${path}.description`] = `${name} description`;
      labels[`${path}.occurredOn`] = `${name} date`;
      labels[`${path}.place`] = `${name} place`;
      labels[`${path}.standard`] = `${name} Standard`;
      labels[`${path}.iopcCategory`] = `${name} IOPC category`;
      labels[`${path}.tags`] = `${name} thematic tags`;
    }
  }
  return labels;
}

export function intakeDateFields(form: FormData): string[] {
  return Object.keys(intakeFieldLabels(form)).filter((path) => path === 'receivedOn' || path.endsWith('.occurredOn'));
}

type Parsed = { request: TCreateCase; errors: [] } | { request: null; errors: FormError[] };

export function parseIntakeForm(form: FormData): Parsed {
  const errors: FormError[] = [];
  const add = (path: string, message: string, parts?: FormError['parts']) => {
    const href = `#${fieldId(path)}${path === 'receivedOn' || path.endsWith('.occurredOn') ? `-${parts?.[0] ?? 'day'}` : ''}`;
    errors.push(parts ? { field: path, message, href, parts } : { field: path, message, href });
  };

  const forceId = formString(form, 'forceId');
  if (!forceId) add('forceId', 'Select a force');
  const source = formString(form, 'source');
  if (!isOneOf(CASE_SOURCES, source)) add('source', 'Select where the case came from');
  const received = checkDate(dateParts(form, 'receivedOn'), { label: 'Date received', requiredMessage: 'Enter the date the matter was received', notInFuture: 'today-or-past' });
  if (received.error !== undefined) add('receivedOn', received.error, received.parts);
  const summary = formString(form, 'summary');
  if (!summary) add('summary', 'Enter a summary of the case');

  const parties: Party[] = [];
  const partyCount = countOf(form, 'parties', 'name');
  for (let p = 0; p < partyCount; p++) {
    const read = (field: string) => formString(form, fieldId(`parties.${p}.${field}`));
    const [kind, name, email, phone, accessibilityNeeds] = [read('kind'), read('name'), read('email'), read('phone'), read('accessibilityNeeds')];
    if (!name && !email && !phone && !accessibilityNeeds) continue;
    const who = `complainant or witness ${p + 1}`;
    if (!isOneOf(PARTY_KINDS, kind)) add(`parties.${p}.kind`, `Select whether ${who} is a complainant or a witness`);
    if (!name) add(`parties.${p}.name`, `Enter the name of ${who}`);
    if (email && !EMAIL.test(email)) add(`parties.${p}.email`, 'Enter an email address in the correct format, like name@example.com');
    if (isOneOf(PARTY_KINDS, kind) && name) {
      parties.push({ kind, name, email: email || null, phone: phone || null, accessibilityNeeds: accessibilityNeeds || null });
    }
  }

  const subjects: TCreateCase['subjects'] = [];
  const subjectCount = countOf(form, 'subjects', 'personId');
  for (let s = 0; s < subjectCount; s++) {
    const personId = formString(form, fieldId(`subjects.${s}.personId`));
    if (!personId) add(`subjects.${s}.personId`, subjectCount > 1 ? `Search for and select subject ${s + 1}` : 'Search for and select the subject');
    const allegations: Allegation[] = [];
    const allegationCount = countOf(form, `subjects.${s}.allegations`, 'description');
    for (let a = 0; a < allegationCount; a++) {
      const path = `subjects.${s}.allegations.${a}`;
      const name = allegationName(s, a, subjectCount);
      const description = formString(form, fieldId(`${path}.description`));
      if (!description) add(`${path}.description`, `${name}: enter what is alleged`);
      const occurred = checkDate(dateParts(form, fieldId(`${path}.occurredOn`)), { label: `${name} date`, notInFuture: 'today-or-past' });
      if (occurred.error !== undefined) add(`${path}.occurredOn`, occurred.error, occurred.parts);
      else if (occurred.iso && received.iso && occurred.iso > received.iso) add(`${path}.occurredOn`, `${name} date must be on or before the date received`);
      const standard = formString(form, fieldId(`${path}.standard`));
      if (!isOneOf(STANDARDS, standard)) add(`${path}.standard`, `${name}: select the Standard of Professional Behaviour`);
      const iopcCategory = formString(form, fieldId(`${path}.iopcCategory`));
      if (!isOneOf(IOPC_CATEGORIES, iopcCategory)) add(`${path}.iopcCategory`, `${name}: select the IOPC category`);
      const tags = form.getAll(fieldId(`${path}.tags`)).filter((value): value is string => typeof value === 'string').filter((value) => isOneOf(THEMATIC_TAGS, value));
      if (description && isOneOf(STANDARDS, standard) && isOneOf(IOPC_CATEGORIES, iopcCategory) && occurred.error === undefined) {
        allegations.push({
          description,
          occurredOn: occurred.iso,
          place: formString(form, fieldId(`${path}.place`)) || null,
          standard,
          iopcCategory,
          tags,
        });
      }
    }
    subjects.push({ personId, allegations });
  }
  if (subjectCount === 0) add('subjects.0.personId', 'Search for and select the subject');

  if (errors.length > 0 || !isOneOf(CASE_SOURCES, source) || !received.iso) return { request: null, errors };
  return {
    errors: [],
    request: { forceId, source, summary, receivedOn: received.iso, restricted: formString(form, 'restricted') === 'true', parties, subjects },
  };
}
