// The dip-sampling forms read into API requests: drawing a sample, reviewing a decision against the checklist, and a
// decision-maker's response. Each checks what a person can get wrong before the server is asked; the server checks
// everything again.
import type { TChecklist, TDrawSampleInput, TRecordReviewInput, TReplaceChecklist, TSampleFilters } from '../../../../shared/qa-contracts.js';
import { ADVERSE_CATEGORIES, DECISION_OUTCOMES, VETTING_LEVELS } from '../../../../shared/vetting-vocabulary.js';
import { IOPC_CATEGORIES, THEMATIC_TAGS } from '../../../../shared/case-vocabulary.js';
import {
  CASE_DECISION_TYPES, FILTERS_BY_POPULATION, QA_ANSWERS, QA_LIMITS, QA_VERDICTS, STRATIFIERS_BY_POPULATION, type QaAnswer, type QaPopulation, type QaVerdict, type Stratifier,
} from '../../../../shared/qa-vocabulary.js';
import { ApiError } from '../../api/client.js';
import { checkDate, dateParts } from '../../components/date-input.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { fieldError, fieldId, FORM_LEVEL, withLabel } from '../cases/case-form-errors.js';

export type Parsed<T> = { request: T; errors: [] } | { request: null; errors: FormError[] };

/** The force select's value for a sample of every force (national reviewers only). */
export const EVERY_FORCE = 'national';

export const DRAW_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name of the sample',
  forceId: 'Decisions made in',
  periodFrom: 'Decisions made from',
  periodTo: 'Decisions made up to',
  stratifyBy: 'Strata',
  filters: 'Filters',
  sizeKind: 'How many to draw',
  sizePerStratum: 'Number from each stratum',
  percentage: 'Percentage of each stratum',
  seed: 'Seed',
  checklistId: 'Checklist',
};
export const DRAW_DATE_FIELDS: readonly string[] = ['periodFrom', 'periodTo'];

/** The filter checkboxes' name for a stratifier: "filter-outcome". */
export const filterField = (by: Stratifier): string => `filter-${by}`;

function date(form: FormData, name: string, errors: FormError[], required: string): string | null {
  const checked = checkDate(dateParts(form, name), { label: DRAW_FIELD_LABELS[name] ?? name, requiredMessage: required, notInFuture: 'today-or-past' });
  if (checked.error !== undefined) {
    errors.push({ ...fieldError(name, checked.error, DRAW_DATE_FIELDS), parts: checked.parts });
    return null;
  }
  return checked.iso;
}

const strings = (form: FormData, name: string): string[] => form.getAll(name).filter((v): v is string => typeof v === 'string');

/** The filters ticked, each kept to its vocabulary and to the filters of the population. */
function readFilters(form: FormData, population: QaPopulation): TSampleFilters {
  const chosen = (by: Stratifier): string[] => (FILTERS_BY_POPULATION[population].includes(by) ? strings(form, filterField(by)) : []);
  const pick = <T extends string>(vocabulary: readonly T[], by: Stratifier): T[] | undefined => {
    const values = vocabulary.filter((v) => chosen(by).includes(v));
    return values.length > 0 ? values : undefined;
  };
  const filters: TSampleFilters = {
    outcome: pick(DECISION_OUTCOMES, 'outcome'), adverseCategory: pick(ADVERSE_CATEGORIES, 'adverseCategory'), level: pick(VETTING_LEVELS, 'level'),
    decisionType: pick(CASE_DECISION_TYPES, 'decisionType'), tag: pick(THEMATIC_TAGS, 'tag'), iopcCategory: pick(IOPC_CATEGORIES, 'iopcCategory'),
  };
  return Object.fromEntries(Object.entries(filters).filter(([, values]) => values !== undefined));
}

/** `forceId` is the reviewer's own force when they may not choose (null: they choose, or every force). */
export function readDrawForm(form: FormData, population: QaPopulation, ownForceId: string | null): Parsed<TDrawSampleInput> {
  const errors: FormError[] = [];
  const name = formString(form, 'name');
  if (!name) errors.push(fieldError('name', 'Enter a name for the sample'));
  else if (name.length > QA_LIMITS.name) errors.push(fieldError('name', `Name of the sample must be ${QA_LIMITS.name} characters or fewer`));
  const chosenForce = formString(form, 'forceId');
  const forceId = ownForceId ?? (chosenForce === EVERY_FORCE ? null : chosenForce);
  if (forceId === '') errors.push(fieldError('forceId', 'Select a force, or every force'));
  const periodFrom = date(form, 'periodFrom', errors, 'Enter the first day of the period');
  const periodTo = date(form, 'periodTo', errors, 'Enter the last day of the period');
  if (periodFrom && periodTo && periodTo < periodFrom) errors.push(fieldError('periodTo', 'The last day must be the same as or after the first day', DRAW_DATE_FIELDS));
  const allowedStrata = STRATIFIERS_BY_POPULATION[population];
  const stratifyBy = strings(form, 'stratifyBy').filter((v): v is Stratifier => allowedStrata.some((s) => s === v));
  const filters = readFilters(form, population);
  const sizeKind = formString(form, 'sizeKind');
  let sizePerStratum: number | null = null;
  let proportion: number | null = null;
  if (sizeKind === 'size') {
    const size = Number(formString(form, 'sizePerStratum'));
    if (!Number.isInteger(size) || size < 1 || size > QA_LIMITS.sizePerStratum) errors.push(fieldError('sizePerStratum', `Enter a whole number from 1 to ${QA_LIMITS.sizePerStratum}`));
    else sizePerStratum = size;
  } else if (sizeKind === 'proportion') {
    const percentage = Number(formString(form, 'percentage'));
    if (!Number.isFinite(percentage) || percentage <= 0 || percentage > 100) errors.push(fieldError('percentage', 'Enter a percentage more than 0 and up to 100'));
    else proportion = percentage / 100;
  } else {
    errors.push(fieldError('sizeKind', 'Select how many to draw from each stratum'));
  }
  const seed = formString(form, 'seed');
  if (seed.length > QA_LIMITS.seed) errors.push(fieldError('seed', `Seed must be ${QA_LIMITS.seed} characters or fewer`));
  if (errors.length > 0 || periodFrom === null || periodTo === null || forceId === '') return { request: null, errors };
  return {
    request: {
      name, population, forceId, periodFrom, periodTo, stratifyBy, filters,
      ...(sizePerStratum !== null ? { sizePerStratum } : { proportion }), ...(seed ? { seed } : {}),
    },
    errors: [],
  };
}

/** A checklist question's radios: id "answers-<question id>", as an API error path "answers.<id>" finds it. */
export const answerField = (questionId: string): string => fieldId(`answers.${questionId}`);

const isAnswer = (value: string): value is QaAnswer => (QA_ANSWERS as readonly string[]).includes(value);
const isVerdict = (value: string): value is QaVerdict => (QA_VERDICTS as readonly string[]).includes(value);

export function readReviewForm(form: FormData, checklist: Pick<TChecklist, 'questions'>): Parsed<TRecordReviewInput> {
  const errors: FormError[] = [];
  const answers: Record<string, QaAnswer> = {};
  for (const question of checklist.questions) {
    const answer = formString(form, answerField(question.id));
    if (isAnswer(answer)) answers[question.id] = answer;
    else errors.push(fieldError(`answers.${question.id}`, `Answer: ${question.text}`));
  }
  const verdict = formString(form, 'verdict');
  if (!isVerdict(verdict)) errors.push(fieldError('verdict', 'Select whether you agree with the decision'));
  const reasons = formString(form, 'reasons');
  if (verdict === 'disagree' && !reasons) errors.push(fieldError('reasons', 'Enter your reasons for disagreeing: what the decision should have been, and why'));
  if (reasons.length > QA_LIMITS.reasons) errors.push(fieldError('reasons', `Reasons must be ${QA_LIMITS.reasons.toLocaleString('en-GB')} characters or fewer`));
  if (errors.length > 0 || !isVerdict(verdict)) return { request: null, errors };
  return { request: { answers, verdict, reasons: reasons || null }, errors: [] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readResponseForm(form: FormData): Parsed<{ itemId: string; response: string }> {
  const itemId = formString(form, 'itemId');
  if (!UUID.test(itemId)) return { request: null, errors: [{ field: FORM_LEVEL, href: '', message: 'The page is out of date. Reload it and try again' }] };
  const response = formString(form, 'response');
  const field = `response-${itemId}`;
  if (!response) return { request: null, errors: [{ field, href: `#${field}`, message: 'Enter your response' }] };
  if (response.length > QA_LIMITS.response) return { request: null, errors: [{ field, href: `#${field}`, message: `Your response must be ${QA_LIMITS.response.toLocaleString('en-GB')} characters or fewer` }] };
  return { request: { itemId, response }, errors: [] };
}

/** The checklist form: a name and the questions, one per line (blank lines ignored). */
export function readChecklistForm(form: FormData, population: QaPopulation): Parsed<TReplaceChecklist> {
  const errors: FormError[] = [];
  const replaces = formString(form, 'replaces');
  if (!UUID.test(replaces)) return { request: null, errors: [{ field: FORM_LEVEL, href: '', message: 'The page is out of date. Reload it and try again' }] };
  const name = formString(form, 'name');
  if (!name) errors.push(fieldError('name', 'Enter the name of the checklist'));
  else if (name.length > QA_LIMITS.name) errors.push(fieldError('name', `The name must be ${QA_LIMITS.name} characters or fewer`));
  const questions = formString(form, 'questions').split(/\r?\n/).map((q) => q.trim()).filter(Boolean);
  const tooLong = questions.findIndex((q) => q.length > QA_LIMITS.question);
  const seen = new Set<string>();
  const repeated = questions.findIndex((q) => seen.size === seen.add(q.toLowerCase()).size);
  if (questions.length === 0) errors.push(fieldError('questions', 'Enter at least one question'));
  else if (questions.length > QA_LIMITS.questions) errors.push(fieldError('questions', `Enter ${QA_LIMITS.questions} questions or fewer`));
  else if (tooLong >= 0) errors.push(fieldError('questions', `Question ${tooLong + 1} must be ${QA_LIMITS.question} characters or fewer`));
  else if (repeated >= 0) errors.push(fieldError('questions', `Question ${repeated + 1} asks the same as an earlier one`));
  if (errors.length > 0) return { request: null, errors };
  return { request: { population, replaces, name, questions }, errors: [] };
}

/** A refused request as form errors: field errors next to their field where the form has it, else about the form. */
export function qaFormErrors(error: ApiError, labels: Readonly<Record<string, string>>, { aliases = {}, dateFields = [] }: { aliases?: Readonly<Record<string, string>>; dateFields?: readonly string[] } = {}): FormError[] {
  if (error.code === 'CONFLICT' || error.code === 'FORBIDDEN') return [{ field: FORM_LEVEL, href: '', message: error.detail ?? 'This cannot be done now' }];
  const errors: FormError[] = [];
  for (const { path, message } of error.errors) {
    const named = aliases[path] ?? path;
    const field = Object.hasOwn(labels, named) ? named : Object.hasOwn(labels, named.split('.')[0] ?? '') ? named.split('.')[0] ?? named : named.startsWith('answers.') ? named : null;
    if (!field || errors.some((e) => e.field === field)) continue;
    errors.push(fieldError(field, withLabel(labels[field] ?? 'Answer', message), dateFields));
  }
  if (errors.length === 0) errors.push({ field: FORM_LEVEL, href: '', message: error.detail ?? 'There was a problem with your answers. Check them and try again' });
  return errors;
}

/** A refused checklist as form errors: a question's error names the question by its number, as the form counts them. */
export function checklistFormErrors(error: ApiError, labels: Readonly<Record<string, string>>): FormError[] {
  const errors = error.errors.map((e) => {
    const index = /^questions\.(\d+)$/.exec(e.path)?.[1];
    return index === undefined ? e : { path: 'questions', message: `Question ${Number(index) + 1} ${e.message}` };
  });
  return qaFormErrors(new ApiError({ status: error.status, code: error.code, errors, ...(error.detail === undefined ? {} : { detail: error.detail }) }), labels);
}
