// The public complaint form, one question per page (GOV.UK question pages): the order of the questions, the
// answers kept in session storage between pages (they leave with the tab, and after sending), each page's
// checks with GOV.UK error messages, and the request the check-answers page sends.
import type { TSubmitComplaintInput } from '../../../../shared/portal-contracts.js';
import { PORTAL_LIMITS, PREFERRED_CONTACTS, type PreferredContact } from '../../../../shared/portal-vocabulary.js';
import { checkDate, dateParts, type DateParts } from '../../components/date-input.js';
import { formString, type FormError } from '../../components/form-errors.js';

export type ComplaintAnswers = {
  /** From GET /api/public/complaints/form, when the first question was opened. */
  formToken?: string;
  /** null: the complainant does not know which force. */
  force?: { forceId: string | null; forceName: string | null };
  officer?: { name: string; collarNumber: string; description: string };
  whenWhere?: { date: DateParts; incidentOn: string | null; incidentPlace: string };
  whatHappened?: string;
  contact?: { name: string; email: string; phone: string; preferredContact: PreferredContact; postalAddress: string };
  accessibilityNeeds?: string;
  consent?: true;
};

export type QuestionSlug = 'force' | 'officer' | 'when-and-where' | 'what-happened' | 'contact' | 'accessibility' | 'consent';

export const QUESTIONS: readonly { slug: QuestionSlug; title: string; isAnswered: (answers: ComplaintAnswers) => boolean }[] = [
  { slug: 'force', title: 'Which police force is your complaint about?', isAnswered: (a) => a.force !== undefined },
  { slug: 'officer', title: 'Who is your complaint about?', isAnswered: (a) => a.officer !== undefined },
  { slug: 'when-and-where', title: 'When and where did it happen?', isAnswered: (a) => a.whenWhere !== undefined },
  { slug: 'what-happened', title: 'What happened?', isAnswered: (a) => a.whatHappened !== undefined },
  { slug: 'contact', title: 'How should we contact you?', isAnswered: (a) => a.contact !== undefined },
  { slug: 'accessibility', title: 'Do you have any accessibility needs?', isAnswered: (a) => a.accessibilityNeeds !== undefined },
  { slug: 'consent', title: 'Using your information', isAnswered: (a) => a.consent === true },
];

export const START_PATH = '/complain';
export const CHECK_ANSWERS_PATH = '/complain/check-answers';
export const CONFIRMATION_PATH = '/complain/confirmation';
export const questionPath = (slug: QuestionSlug): string => `/complain/${slug}`;

/** Where "Continue" goes: back to check answers when changing an answer, otherwise the next question. */
export function nextPath(slug: QuestionSlug, isChanging: boolean): string {
  if (isChanging) return CHECK_ANSWERS_PATH;
  const index = QUESTIONS.findIndex((q) => q.slug === slug);
  const next = QUESTIONS[index + 1];
  return next ? questionPath(next.slug) : CHECK_ANSWERS_PATH;
}

export function previousPath(slug: QuestionSlug, isChanging: boolean): string {
  if (isChanging) return CHECK_ANSWERS_PATH;
  const index = QUESTIONS.findIndex((q) => q.slug === slug);
  const previous = index > 0 ? QUESTIONS[index - 1] : undefined;
  return previous ? questionPath(previous.slug) : START_PATH;
}

/** The first question not yet answered, or null when every one is. */
export function firstUnanswered(answers: ComplaintAnswers): QuestionSlug | null {
  return QUESTIONS.find((q) => !q.isAnswered(answers))?.slug ?? null;
}

// --- Storage. Passed in so tests can use a Map; the pages use the tab's sessionStorage. ---

export type AnswerStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
const ANSWERS_KEY = 'warrant.complaint.answers';
const RECEIPT_KEY = 'warrant.complaint.receipt';

export function readAnswers(store: AnswerStore): ComplaintAnswers {
  try {
    const parsed: unknown = JSON.parse(store.getItem(ANSWERS_KEY) ?? '{}');
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as ComplaintAnswers) : {};
  } catch {
    return {};
  }
}

export function saveAnswers(store: AnswerStore, answers: ComplaintAnswers): void {
  store.setItem(ANSWERS_KEY, JSON.stringify(answers));
}

export function updateAnswers(store: AnswerStore, change: Partial<ComplaintAnswers>): ComplaintAnswers {
  const answers = { ...readAnswers(store), ...change };
  saveAnswers(store, answers);
  return answers;
}

export type Receipt = { reference: string; email: string; forceName: string | null };

/** After sending: the answers are forgotten and only what the confirmation page shows is kept. */
export function completeComplaint(store: AnswerStore, receipt: Receipt): void {
  store.removeItem(ANSWERS_KEY);
  store.setItem(RECEIPT_KEY, JSON.stringify(receipt));
}

export function readReceipt(store: AnswerStore): Receipt | null {
  try {
    const parsed: unknown = JSON.parse(store.getItem(RECEIPT_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { reference, email, forceName } = parsed as Record<string, unknown>;
    if (typeof reference !== 'string' || typeof email !== 'string') return null;
    return { reference, email, forceName: typeof forceName === 'string' ? forceName : null };
  } catch {
    return null;
  }
}

// --- Each page's answers from its form. ---

type Parsed<T> = { value: T; errors: [] } | { value: null; errors: FormError[] };
const error = (field: string, message: string, href = `#${field}`): FormError => ({ field, message, href });
const ok = <T>(value: T): Parsed<T> => ({ value, errors: [] });
const failed = <T>(errors: FormError[]): Parsed<T> => ({ value: null, errors });
const tooLong = (what: string, max: number): string => `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;

export const DONT_KNOW = 'dont-know';

export function parseForceAnswer(form: FormData, forces: readonly { id: string; name: string }[]): Parsed<NonNullable<ComplaintAnswers['force']>> {
  const forceId = formString(form, 'forceId');
  if (forceId === DONT_KNOW) return ok({ forceId: null, forceName: null });
  const force = forces.find((f) => f.id === forceId);
  if (!force) return failed([error('forceId', 'Select the police force, or select that you do not know')]);
  return ok({ forceId: force.id, forceName: force.name });
}

export function parseOfficerAnswer(form: FormData): Parsed<NonNullable<ComplaintAnswers['officer']>> {
  const name = formString(form, 'officerName');
  const collarNumber = formString(form, 'collarNumber');
  const description = formString(form, 'officerDescription');
  const errors: FormError[] = [];
  if (name.length > PORTAL_LIMITS.officerName) errors.push(error('officerName', tooLong('Name', PORTAL_LIMITS.officerName)));
  if (collarNumber.length > PORTAL_LIMITS.collarNumber) errors.push(error('collarNumber', tooLong('Collar or shoulder number', PORTAL_LIMITS.collarNumber)));
  if (description.length > PORTAL_LIMITS.officerDescription) errors.push(error('officerDescription', tooLong('Description', PORTAL_LIMITS.officerDescription)));
  return errors.length > 0 ? failed(errors) : ok({ name, collarNumber, description });
}

export function parseWhenWhereAnswer(form: FormData): Parsed<NonNullable<ComplaintAnswers['whenWhere']>> {
  const date = dateParts(form, 'incidentOn');
  const checked = checkDate(date, { label: 'Date', notInFuture: 'today-or-past' });
  const incidentPlace = formString(form, 'incidentPlace');
  const errors: FormError[] = [];
  if (checked.error !== undefined) errors.push({ field: 'incidentOn', message: checked.error, href: `#incidentOn-${checked.parts[0] ?? 'day'}`, parts: checked.parts });
  if (incidentPlace.length > PORTAL_LIMITS.incidentPlace) errors.push(error('incidentPlace', tooLong('Where it happened', PORTAL_LIMITS.incidentPlace)));
  if (errors.length > 0 || checked.iso === undefined) return failed(errors);
  return ok({ date, incidentOn: checked.iso, incidentPlace });
}

export function parseWhatHappenedAnswer(form: FormData): Parsed<string> {
  const text = formString(form, 'whatHappened');
  if (!text) return failed([error('whatHappened', 'Enter what happened')]);
  if (text.length > PORTAL_LIMITS.whatHappened) return failed([error('whatHappened', tooLong('What happened', PORTAL_LIMITS.whatHappened))]);
  return ok(text);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function parseContactAnswer(form: FormData): Parsed<NonNullable<ComplaintAnswers['contact']>> {
  const name = formString(form, 'name');
  const email = formString(form, 'email');
  const phone = formString(form, 'phone');
  const preferred = formString(form, 'preferredContact');
  const postalAddress = formString(form, 'postalAddress');
  const errors: FormError[] = [];
  if (!name) errors.push(error('name', 'Enter your full name'));
  else if (name.length > PORTAL_LIMITS.name) errors.push(error('name', tooLong('Full name', PORTAL_LIMITS.name)));
  if (!email) errors.push(error('email', 'Enter your email address'));
  else if (!EMAIL.test(email) || email.length > PORTAL_LIMITS.email) errors.push(error('email', 'Enter an email address in the correct format, like name@example.com'));
  if (phone.length > PORTAL_LIMITS.phone) errors.push(error('phone', tooLong('Phone number', PORTAL_LIMITS.phone)));
  const preferredContact = PREFERRED_CONTACTS.find((c) => c === preferred);
  if (!preferredContact) errors.push(error('preferredContact', 'Select how you would like us to contact you'));
  if (preferredContact === 'phone' && !phone) errors.push(error('phone', 'Enter a phone number, or choose another way for us to contact you'));
  if (preferredContact === 'post' && !postalAddress) errors.push(error('postalAddress', 'Enter your postal address, or choose another way for us to contact you'));
  if (postalAddress.length > PORTAL_LIMITS.postalAddress) errors.push(error('postalAddress', tooLong('Postal address', PORTAL_LIMITS.postalAddress)));
  if (errors.length > 0 || !preferredContact) return failed(errors);
  return ok({ name, email, phone, preferredContact, postalAddress });
}

export function parseAccessibilityAnswer(form: FormData): Parsed<string> {
  const needs = formString(form, 'accessibilityNeeds');
  if (needs.length > PORTAL_LIMITS.accessibilityNeeds) return failed([error('accessibilityNeeds', tooLong('Accessibility needs', PORTAL_LIMITS.accessibilityNeeds))]);
  return ok(needs);
}

export function parseConsentAnswer(form: FormData): Parsed<true> {
  if (formString(form, 'consent') !== 'yes') return failed([error('consent', 'Select that you agree, so that the force can deal with your complaint')]);
  return ok(true);
}

/** The request for POST /api/public/complaints, or null while a question is unanswered. */
export function complaintRequest(answers: ComplaintAnswers, website: string): TSubmitComplaintInput | null {
  const { formToken, force, officer, whenWhere, whatHappened, contact, accessibilityNeeds, consent } = answers;
  if (!formToken || !force || !officer || !whenWhere || whatHappened === undefined || !contact || accessibilityNeeds === undefined || consent !== true) return null;
  const orNull = (value: string): string | null => value || null;
  return {
    formToken,
    website,
    forceId: force.forceId,
    officer: { name: orNull(officer.name), collarNumber: orNull(officer.collarNumber), description: orNull(officer.description) },
    incidentOn: whenWhere.incidentOn,
    incidentPlace: orNull(whenWhere.incidentPlace),
    whatHappened,
    name: contact.name,
    email: contact.email,
    phone: orNull(contact.phone),
    preferredContact: contact.preferredContact,
    postalAddress: orNull(contact.postalAddress),
    accessibilityNeeds: orNull(accessibilityNeeds),
    consent: true,
  };
}

const FIELD_LABELS: Record<string, string> = {
  forceId: 'Police force',
  'officer.name': 'Officer’s name',
  'officer.collarNumber': 'Collar or shoulder number',
  'officer.description': 'Description of the officer',
  incidentOn: 'Date it happened',
  incidentPlace: 'Where it happened',
  whatHappened: 'What happened',
  name: 'Full name',
  email: 'Email address',
  phone: 'Phone number',
  preferredContact: 'How to contact you',
  postalAddress: 'Postal address',
  accessibilityNeeds: 'Accessibility needs',
  consent: 'Consent',
};

/** A server message ("must be 200 characters or fewer") as a sentence about the answer it concerns. */
export function answerErrorMessage(path: string, message: string): string {
  return `${FIELD_LABELS[path] ?? 'Your answer'} ${message}`;
}

/** Which question page an API field path belongs to, so a server error can send the person back to it. */
export function questionOfField(path: string): QuestionSlug | null {
  if (path === 'forceId') return 'force';
  if (path.startsWith('officer')) return 'officer';
  if (path === 'incidentOn' || path === 'incidentPlace') return 'when-and-where';
  if (path === 'whatHappened') return 'what-happened';
  if (['name', 'email', 'phone', 'preferredContact', 'postalAddress'].includes(path)) return 'contact';
  if (path === 'accessibilityNeeds') return 'accessibility';
  if (path === 'consent') return 'consent';
  return null;
}
