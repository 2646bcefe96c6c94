// The question pages of the public complaint form (/complain/<question>), one question per page as the GOV.UK
// Design System asks. No sign-in: answers stay in the tab's session storage until check answers sends them.
// "Change" links from check answers open a page with ?change=yes, and Continue goes back there.
import type { ReactNode } from 'react';
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { PORTAL_LIMITS, PREFERRED_CONTACT_LABELS } from '../../../../shared/portal-vocabulary.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes, Radios } from '../../components/choice-fields.js';
import { DateInput, EMPTY_DATE } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { Textarea } from '../../components/textarea.js';
import { TextInput } from '../../components/text-input.js';
import {
  DONT_KNOW, nextPath, parseAccessibilityAnswer, parseConsentAnswer, parseContactAnswer, parseForceAnswer, parseOfficerAnswer, parseWhatHappenedAnswer,
  parseWhenWhereAnswer, previousPath, questionPath, QUESTIONS, readAnswers, updateAnswers, type ComplaintAnswers, type QuestionSlug,
} from './complaint-answers.js';
import { getComplaintForm } from './portal.api.js';

type QuestionData = { answers: ComplaintAnswers; isChanging: boolean };
type QuestionActionData = { errors: FormError[] };

const isChangingIn = (url: string): boolean => new URL(url).searchParams.get('change') === 'yes';

/** Questions are answered in order: one opened ahead of the others sends the person to the first one left. */
function loadQuestion(slug: QuestionSlug, request: Request): QuestionData {
  const answers = readAnswers(sessionStorage);
  const index = QUESTIONS.findIndex((q) => q.slug === slug);
  const missing = QUESTIONS.findIndex((q) => !q.isAnswered(answers));
  const first = QUESTIONS[missing];
  if (first && missing < index) throw redirect(questionPath(first.slug));
  return { answers, isChanging: isChangingIn(request.url) };
}

type Parser = (form: FormData) => { value: null; errors: FormError[] } | { value: Partial<ComplaintAnswers>; errors: [] };

function questionAction(slug: QuestionSlug, parse: Parser) {
  return async ({ request }: ActionFunctionArgs): Promise<QuestionActionData | Response> => {
    const form = await request.formData();
    const parsed = parse(form);
    if (parsed.value === null) return { errors: parsed.errors };
    updateAnswers(sessionStorage, parsed.value);
    return redirect(nextPath(slug, form.get('change') === 'yes'));
  };
}

/** A page's parser, with its answer put where it belongs among the answers. */
const lift = <T,>(parse: (form: FormData) => { value: T | null; errors: FormError[] }, place: (value: T) => Partial<ComplaintAnswers>): Parser => (form) => {
  const parsed = parse(form);
  return parsed.value === null ? { value: null, errors: parsed.errors } : { value: place(parsed.value), errors: [] };
};

function useQuestion(slug: QuestionSlug) {
  const question = QUESTIONS.find((q) => q.slug === slug);
  const actionData = useActionData<QuestionActionData>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? [];
  usePageTitle(question?.title ?? '', errors.length > 0);
  return { errors, isBusy: navigation.state === 'submitting' };
}

function QuestionFrame({ slug, isChanging, errors, children, isBusy }: {
  slug: QuestionSlug;
  isChanging: boolean;
  errors: readonly FormError[];
  isBusy: boolean;
  children: ReactNode;
}) {
  const title = QUESTIONS.find((q) => q.slug === slug)?.title ?? '';
  return (
    <>
      <Link to={previousPath(slug, isChanging)} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">Make a complaint about the police</span>
          <h1 className="govuk-heading-l">{title}</h1>
          <Form method="post" noValidate>
            {isChanging && <input type="hidden" name="change" value="yes" />}
            {children}
            <SubmitButton isBusy={isBusy}>{isChanging ? 'Save and go back to your answers' : 'Continue'}</SubmitButton>
          </Form>
        </div>
      </div>
    </>
  );
}

// --- Which force. Its loader also starts the form: the forces to choose from and the anti-bot form token. ---

type ForceData = QuestionData & { forces: { id: string; name: string }[] };

let knownForces: { id: string; name: string }[] = [];

export async function forceQuestionLoader({ request }: LoaderFunctionArgs): Promise<ForceData> {
  const form = await getComplaintForm(request.signal);
  knownForces = form.forces;
  const answers = readAnswers(sessionStorage);
  // The token records when the person started: a later visit to this page must not restart the clock.
  const withToken = answers.formToken ? answers : updateAnswers(sessionStorage, { formToken: form.formToken });
  return { answers: withToken, isChanging: isChangingIn(request.url), forces: form.forces };
}

export async function forceQuestionAction(args: ActionFunctionArgs): Promise<QuestionActionData | Response> {
  const forces = knownForces.length > 0 ? knownForces : (await getComplaintForm(args.request.signal)).forces;
  return questionAction('force', lift((form) => parseForceAnswer(form, forces), (force) => ({ force })))(args);
}

export function ForceQuestionPage() {
  const { answers, isChanging, forces } = useLoaderData<typeof forceQuestionLoader>();
  const { errors, isBusy } = useQuestion('force');
  const chosen = answers.force === undefined ? '' : (answers.force.forceId ?? DONT_KNOW);
  return (
    <QuestionFrame slug="force" isChanging={isChanging} errors={errors} isBusy={isBusy}>
      <p className="govuk-body">This is usually the force for the area where it happened. If you are not sure, choose “I do not know” and we will find the right force.</p>
      <Select
        id="forceId"
        label="Police force"
        error={errorFor(errors, 'forceId')?.message}
        defaultValue={chosen}
        options={[{ value: '', text: 'Select a police force' }, ...forces.map((f) => ({ value: f.id, text: f.name })), { value: DONT_KNOW, text: 'I do not know which force' }]}
      />
    </QuestionFrame>
  );
}

// --- Who it is about. ---

export const officerQuestionLoader = ({ request }: LoaderFunctionArgs): QuestionData => loadQuestion('officer', request);
export const officerQuestionAction = questionAction('officer', lift(parseOfficerAnswer, (officer) => ({ officer })));

export function OfficerQuestionPage() {
  const { answers, isChanging } = useLoaderData<typeof officerQuestionLoader>();
  const { errors, isBusy } = useQuestion('officer');
  const message = (field: string) => errorFor(errors, field)?.message;
  return (
    <QuestionFrame slug="officer" isChanging={isChanging} errors={errors} isBusy={isBusy}>
      <p className="govuk-body">Tell us what you know about the police officer or member of police staff. Leave blank anything you do not know.</p>
      <TextInput id="officerName" label="Their name (optional)" autoComplete="off" defaultValue={answers.officer?.name} error={message('officerName')} />
      <TextInput
        id="collarNumber"
        label="Their collar or shoulder number (optional)"
        hint="The number on their uniform, for example MP4411"
        autoComplete="off"
        widthClass="govuk-input--width-10"
        defaultValue={answers.officer?.collarNumber}
        error={message('collarNumber')}
      />
      <Textarea
        id="officerDescription"
        label="What they looked like, or anything else that would help us find them (optional)"
        hint={`For example, their rank, what they wore or the vehicle they were in. Up to ${PORTAL_LIMITS.officerDescription.toLocaleString('en-GB')} characters.`}
        rows={4}
        defaultValue={answers.officer?.description}
        error={message('officerDescription')}
      />
    </QuestionFrame>
  );
}

// --- When and where. ---

export const whenWhereQuestionLoader = ({ request }: LoaderFunctionArgs): QuestionData => loadQuestion('when-and-where', request);
export const whenWhereQuestionAction = questionAction('when-and-where', lift(parseWhenWhereAnswer, (whenWhere) => ({ whenWhere })));

export function WhenWhereQuestionPage() {
  const { answers, isChanging } = useLoaderData<typeof whenWhereQuestionLoader>();
  const { errors, isBusy } = useQuestion('when-and-where');
  const dateError = errorFor(errors, 'incidentOn');
  return (
    <QuestionFrame slug="when-and-where" isChanging={isChanging} errors={errors} isBusy={isBusy}>
      <DateInput
        id="incidentOn"
        legend="Date it happened (optional)"
        hint="For example, 27 3 2026. If you are not sure of the date, leave it blank and tell us roughly when on the next page."
        error={dateError?.message}
        errorParts={dateError?.parts}
        defaultValue={answers.whenWhere?.date ?? EMPTY_DATE}
      />
      <TextInput
        id="incidentPlace"
        label="Where it happened (optional)"
        hint="For example, a street and town, a police station, or online"
        defaultValue={answers.whenWhere?.incidentPlace}
        error={errorFor(errors, 'incidentPlace')?.message}
      />
    </QuestionFrame>
  );
}

// --- What happened. ---

export const whatHappenedQuestionLoader = ({ request }: LoaderFunctionArgs): QuestionData => loadQuestion('what-happened', request);
export const whatHappenedQuestionAction = questionAction('what-happened', lift(parseWhatHappenedAnswer, (whatHappened) => ({ whatHappened })));

export function WhatHappenedQuestionPage() {
  const { answers, isChanging } = useLoaderData<typeof whatHappenedQuestionLoader>();
  const { errors, isBusy } = useQuestion('what-happened');
  return (
    <QuestionFrame slug="what-happened" isChanging={isChanging} errors={errors} isBusy={isBusy}>
      <Textarea
        id="whatHappened"
        label="Tell us what happened, in your own words"
        hint={`Include what the officer or member of staff did or said, what happened to you, and anyone who saw it. Up to ${PORTAL_LIMITS.whatHappened.toLocaleString('en-GB')} characters.`}
        rows={10}
        defaultValue={answers.whatHappened}
        error={errorFor(errors, 'whatHappened')?.message}
      />
    </QuestionFrame>
  );
}

// --- How to contact the complainant. ---

export const contactQuestionLoader = ({ request }: LoaderFunctionArgs): QuestionData => loadQuestion('contact', request);
export const contactQuestionAction = questionAction('contact', lift(parseContactAnswer, (contact) => ({ contact })));

export function ContactQuestionPage() {
  const { answers, isChanging } = useLoaderData<typeof contactQuestionLoader>();
  const { errors, isBusy } = useQuestion('contact');
  const message = (field: string) => errorFor(errors, field)?.message;
  const contact = answers.contact;
  return (
    <QuestionFrame slug="contact" isChanging={isChanging} errors={errors} isBusy={isBusy}>
      <TextInput id="name" label="Full name" autoComplete="name" spellCheck={false} defaultValue={contact?.name} error={message('name')} />
      <TextInput
        id="email"
        label="Email address"
        hint="We will send your reference here, and the codes you need to check the progress of your complaint"
        type="email"
        autoComplete="email"
        spellCheck={false}
        defaultValue={contact?.email}
        error={message('email')}
      />
      <TextInput id="phone" label="Phone number (optional)" autoComplete="tel" widthClass="govuk-input--width-20" defaultValue={contact?.phone} error={message('phone')} />
      <Radios
        id="preferredContact"
        legend="How would you like the force to contact you?"
        error={message('preferredContact')}
        defaultValue={contact?.preferredContact}
        items={[
          { value: 'email', text: PREFERRED_CONTACT_LABELS.email },
          { value: 'phone', text: PREFERRED_CONTACT_LABELS.phone, hint: 'Give your phone number above' },
          { value: 'post', text: PREFERRED_CONTACT_LABELS.post, hint: 'Give your postal address below' },
        ]}
      />
      <Textarea id="postalAddress" label="Postal address (optional unless you choose post)" rows={4} defaultValue={contact?.postalAddress} error={message('postalAddress')} />
    </QuestionFrame>
  );
}

// --- Accessibility needs. ---

export const accessibilityQuestionLoader = ({ request }: LoaderFunctionArgs): QuestionData => loadQuestion('accessibility', request);
export const accessibilityQuestionAction = questionAction('accessibility', lift(parseAccessibilityAnswer, (accessibilityNeeds) => ({ accessibilityNeeds })));

export function AccessibilityQuestionPage() {
  const { answers, isChanging } = useLoaderData<typeof accessibilityQuestionLoader>();
  const { errors, isBusy } = useQuestion('accessibility');
  return (
    <QuestionFrame slug="accessibility" isChanging={isChanging} errors={errors} isBusy={isBusy}>
      <p className="govuk-body">Tell us if you need anything to take part in dealing with your complaint, so the force can arrange it.</p>
      <Textarea
        id="accessibilityNeeds"
        label="Your accessibility needs (optional)"
        hint="For example, letters in large print or easy read, a British Sign Language interpreter, an interpreter for another language, or step-free access to meetings. Leave blank if you have none."
        rows={4}
        defaultValue={answers.accessibilityNeeds}
        error={errorFor(errors, 'accessibilityNeeds')?.message}
      />
    </QuestionFrame>
  );
}

// --- Consent. ---

export const consentQuestionLoader = ({ request }: LoaderFunctionArgs): QuestionData => loadQuestion('consent', request);
export const consentQuestionAction = questionAction('consent', lift(parseConsentAnswer, (consent) => ({ consent })));

export function ConsentQuestionPage() {
  const { answers, isChanging } = useLoaderData<typeof consentQuestionLoader>();
  const { errors, isBusy } = useQuestion('consent');
  return (
    <QuestionFrame slug="consent" isChanging={isChanging} errors={errors} isBusy={isBusy}>
      <p className="govuk-body">To deal with your complaint, the police force will:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>keep what you have told us, and your contact details, in its professional standards records</li>
        <li>share it with the officer or member of staff concerned where the law requires, and with the Independent Office for Police Conduct (IOPC) if your complaint is referred to it</li>
        <li>contact you about your complaint in the way you chose</li>
      </ul>
      <Checkboxes
        id="consent"
        legend="Do you agree?"
        error={errorFor(errors, 'consent')?.message}
        defaultValues={answers.consent ? ['yes'] : []}
        items={[{ value: 'yes', text: 'I agree to the force using my information to deal with my complaint' }]}
      />
    </QuestionFrame>
  );
}
