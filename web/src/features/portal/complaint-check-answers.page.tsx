// Check your answers (/complain/check-answers) and the confirmation with the reference (/complain/confirmation),
// as the GOV.UK Design System's check answers and confirmation page patterns. Sending the complaint happens here.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs } from 'react-router';
import { PREFERRED_CONTACT_LABELS } from '../../../../shared/portal-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import {
  answerErrorMessage, completeComplaint, complaintRequest, firstUnanswered, questionOfField, questionPath, readAnswers, readReceipt, START_PATH, updateAnswers,
  CONFIRMATION_PATH, type ComplaintAnswers, type QuestionSlug, type Receipt,
} from './complaint-answers.js';
import { getComplaintForm, submitComplaint } from './portal.api.js';

type CheckActionData = { errors: FormError[] };

export async function checkAnswersLoader(): Promise<ComplaintAnswers> {
  const answers = readAnswers(sessionStorage);
  const missing = firstUnanswered(answers);
  if (missing) throw redirect(questionPath(missing));
  // The tab lost its token (a new tab with the answers restored, say): start the clock now.
  if (!answers.formToken) return updateAnswers(sessionStorage, { formToken: (await getComplaintForm()).formToken });
  return answers;
}

const SUBMIT: FormError = { field: 'submit', message: '', href: '#send-complaint' };

/** Server errors about an answer link back to its question; anything else (the form token, a flood) to the button. */
async function errorsFrom(error: unknown): Promise<FormError[]> {
  if (!isApiError(error)) throw error;
  if (error.status === 429) return [{ ...SUBMIT, message: error.detail ?? 'Too many complaints have been sent from your connection. Try again later' }];
  if (error.status !== 400) throw error;
  const errors: FormError[] = [];
  for (const fieldError of error.errors) {
    const slug = questionOfField(fieldError.path);
    if (fieldError.path === 'formToken') {
      // A stale or forged token cannot be fixed by waiting: a fresh one starts the clock again.
      if (!/too quickly/.test(fieldError.message)) updateAnswers(sessionStorage, { formToken: (await getComplaintForm()).formToken });
      errors.push({ ...SUBMIT, message: /too quickly/.test(fieldError.message) ? 'Wait a few seconds, then send your complaint again' : 'Your form timed out. Check your answers, then send your complaint again' });
    } else if (slug) {
      errors.push({ field: fieldError.path, message: answerErrorMessage(fieldError.path, fieldError.message), href: `${questionPath(slug)}?change=yes` });
    }
  }
  return errors.length > 0 ? errors : [{ ...SUBMIT, message: error.detail ?? 'There is a problem with your answers' }];
}

export async function checkAnswersAction({ request }: ActionFunctionArgs): Promise<CheckActionData | Response> {
  const form = await request.formData();
  const answers = readAnswers(sessionStorage);
  const body = complaintRequest(answers, formString(form, 'website'));
  if (!body) return redirect(questionPath(firstUnanswered(answers) ?? 'force'));
  try {
    const receipt = await submitComplaint(body);
    completeComplaint(sessionStorage, { reference: receipt.reference, email: body.email, forceName: receipt.forceName });
    return redirect(CONFIRMATION_PATH);
  } catch (error) {
    return { errors: await errorsFrom(error) };
  }
}

function ChangeLink({ slug, what }: { slug: QuestionSlug; what: string }) {
  return (
    <Link className="govuk-link" to={`${questionPath(slug)}?change=yes`}>
      Change<span className="govuk-visually-hidden"> {what}</span>
    </Link>
  );
}

const orNotGiven = (value: string | undefined | null): string => (value ? value : 'Not given');

export function CheckAnswersPage() {
  const answers = useLoaderData<typeof checkAnswersLoader>();
  const actionData = useActionData<typeof checkAnswersAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle('Check your answers before sending your complaint', errors.length > 0);
  const { force, officer, whenWhere, contact } = answers;
  return (
    <>
      <Link to={questionPath('consent')} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <h1 className="govuk-heading-l">Check your answers before sending your complaint</h1>

          <h2 className="govuk-heading-m">Your complaint</h2>
          <SummaryList hasActions>
            <SummaryRow label="Police force" action={<ChangeLink slug="force" what="police force" />}>
              {force?.forceName ?? 'I do not know'}
            </SummaryRow>
            <SummaryRow label="Officer’s name" action={<ChangeLink slug="officer" what="officer’s name" />}>
              {orNotGiven(officer?.name)}
            </SummaryRow>
            <SummaryRow label="Collar or shoulder number" action={<ChangeLink slug="officer" what="collar or shoulder number" />}>
              {orNotGiven(officer?.collarNumber)}
            </SummaryRow>
            <SummaryRow label="Description of the officer" action={<ChangeLink slug="officer" what="description of the officer" />}>
              <span className="app-pre-wrap">{orNotGiven(officer?.description)}</span>
            </SummaryRow>
            <SummaryRow label="Date it happened" action={<ChangeLink slug="when-and-where" what="date it happened" />}>
              {formatDate(whenWhere?.incidentOn, 'Not given')}
            </SummaryRow>
            <SummaryRow label="Where it happened" action={<ChangeLink slug="when-and-where" what="where it happened" />}>
              {orNotGiven(whenWhere?.incidentPlace)}
            </SummaryRow>
            <SummaryRow label="What happened" action={<ChangeLink slug="what-happened" what="what happened" />}>
              <span className="app-pre-wrap">{answers.whatHappened}</span>
            </SummaryRow>
          </SummaryList>

          <h2 className="govuk-heading-m">Your details</h2>
          <SummaryList hasActions>
            <SummaryRow label="Full name" action={<ChangeLink slug="contact" what="full name" />}>
              {contact?.name}
            </SummaryRow>
            <SummaryRow label="Email address" action={<ChangeLink slug="contact" what="email address" />}>
              {contact?.email}
            </SummaryRow>
            <SummaryRow label="Phone number" action={<ChangeLink slug="contact" what="phone number" />}>
              {orNotGiven(contact?.phone)}
            </SummaryRow>
            <SummaryRow label="Contact me by" action={<ChangeLink slug="contact" what="how to contact you" />}>
              {contact ? PREFERRED_CONTACT_LABELS[contact.preferredContact] : ''}
            </SummaryRow>
            <SummaryRow label="Postal address" action={<ChangeLink slug="contact" what="postal address" />}>
              <span className="app-pre-wrap">{orNotGiven(contact?.postalAddress)}</span>
            </SummaryRow>
            <SummaryRow label="Accessibility needs" action={<ChangeLink slug="accessibility" what="accessibility needs" />}>
              <span className="app-pre-wrap">{answers.accessibilityNeeds || 'None'}</span>
            </SummaryRow>
            <SummaryRow label="Consent" action={<ChangeLink slug="consent" what="consent" />}>
              I agree to the force using my information to deal with my complaint
            </SummaryRow>
          </SummaryList>

          <h2 className="govuk-heading-m">Now send your complaint</h2>
          <p className="govuk-body">By sending this complaint you confirm that, to the best of your knowledge, the details you are providing are correct.</p>
          <Form method="post" noValidate>
            {/* A field people never see or reach: only scripts fill it in, and the server refuses them. */}
            <div className="govuk-visually-hidden" aria-hidden="true">
              <label htmlFor="website">Leave this field empty</label>
              <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
            <div id="send-complaint">
              <SubmitButton isBusy={navigation.state === 'submitting'}>Send complaint</SubmitButton>
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}

export function confirmationLoader(): Receipt {
  const receipt = readReceipt(sessionStorage);
  if (!receipt) throw redirect(START_PATH);
  return receipt;
}

export function ConfirmationPage() {
  const receipt = useLoaderData<typeof confirmationLoader>();
  usePageTitle('Complaint sent');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Complaint sent</h1>
          <div className="govuk-panel__body">
            Your reference number
            <br />
            <strong>{receipt.reference}</strong>
          </div>
        </div>
        <p className="govuk-body">We have sent a confirmation email to {receipt.email} with your reference number.</p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          {receipt.forceName
            ? `The professional standards department of ${receipt.forceName} will decide how to handle your complaint and contact you in the way you chose.`
            : 'We will work out which police force should deal with your complaint and send it to them. They will contact you in the way you chose.'}
        </p>
        <p className="govuk-body">
          You can{' '}
          <Link className="govuk-link" to="/complain/progress">
            check the progress of your complaint
          </Link>{' '}
          at any time with your reference number and a code we send to your email address.
        </p>
      </div>
    </div>
  );
}
