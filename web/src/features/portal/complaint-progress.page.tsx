// Checking the progress of a complaint, without an account: reference and email address (/complain/progress),
// then the one-time code sent by email (/complain/progress/code), then the status (/complain/progress/status).
// The server answers the first step the same way whether or not the reference exists, and so does this page.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs } from 'react-router';
import type { TComplaintProgress } from '../../../../shared/portal-contracts.js';
import { normalizeReference, REFERENCE_LENGTH, REFERENCE_PATTERN } from '../../../../shared/portal-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formString, type FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { TextInput } from '../../components/text-input.js';
import { START_PATH } from './complaint-answers.js';
import { checkProgress, requestStatusCode } from './portal.api.js';

const PROGRESS_PATH = '/complain/progress';
const CODE_PATH = '/complain/progress/code';
const STATUS_PATH = '/complain/progress/status';
const PENDING_KEY = 'warrant.complaint.progress';
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ActionData = { errors: FormError[] };
type Pending = { reference: string; message: string };

// The status itself is kept in memory only: it is shown once, and a reload asks for a new code.
let shownProgress: TComplaintProgress | null = null;

function readPending(): Pending | null {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { reference, message } = parsed as Record<string, unknown>;
    return typeof reference === 'string' && typeof message === 'string' ? { reference, message } : null;
  } catch {
    return null;
  }
}

/** Problems the server found with a field, or the server's own words when it is about the request as a whole. */
function apiErrors(error: unknown, fields: Record<string, string>): FormError[] {
  if (!isApiError(error) || (error.status !== 400 && error.status !== 429)) throw error;
  const errors = error.errors
    .filter((e) => e.path in fields)
    .map((e) => ({ field: e.path, href: `#${e.path}`, message: e.path === 'code' ? e.message : `${fields[e.path] ?? ''} ${e.message}` }));
  const [first] = Object.keys(fields);
  return errors.length > 0 ? errors : [{ field: first ?? '', href: `#${first ?? ''}`, message: error.detail ?? 'Try again' }];
}

function useErrors(): FormError[] {
  const actionData = useActionData<ActionData>();
  return actionData?.errors ?? [];
}

// --- Reference and email address. ---

export async function progressStartAction({ request }: ActionFunctionArgs): Promise<ActionData | Response> {
  const form = await request.formData();
  const reference = normalizeReference(formString(form, 'reference'));
  const email = formString(form, 'email');
  const errors: FormError[] = [];
  if (!reference) errors.push({ field: 'reference', href: '#reference', message: 'Enter your complaint reference' });
  else if (!REFERENCE_PATTERN.test(reference)) errors.push({ field: 'reference', href: '#reference', message: `Enter the ${REFERENCE_LENGTH}-character reference from your confirmation email, like 7KQ2M9XH4D` });
  if (!email) errors.push({ field: 'email', href: '#email', message: 'Enter the email address you gave with your complaint' });
  else if (!EMAIL.test(email)) errors.push({ field: 'email', href: '#email', message: 'Enter an email address in the correct format, like name@example.com' });
  if (errors.length > 0) return { errors };
  try {
    const sent = await requestStatusCode({ reference, email });
    sessionStorage.setItem(PENDING_KEY, JSON.stringify({ reference, message: sent.message } satisfies Pending));
    return redirect(CODE_PATH);
  } catch (error) {
    return { errors: apiErrors(error, { reference: 'Reference', email: 'Email address' }) };
  }
}

export function ProgressStartPage() {
  const errors = useErrors();
  const navigation = useNavigation();
  usePageTitle('Check the progress of your complaint', errors.length > 0);
  return (
    <>
      <Link to={START_PATH} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <h1 className="govuk-heading-l">Check the progress of your complaint</h1>
          <p className="govuk-body">Enter your complaint reference and the email address you gave us. We will email you a code to see the progress of your complaint.</p>
          <Form method="post" noValidate>
            <TextInput
              id="reference"
              label="Complaint reference"
              hint="This is in your confirmation email, for example 7KQ2M9XH4D"
              autoComplete="off"
              spellCheck={false}
              widthClass="govuk-input--width-10"
              error={errorFor(errors, 'reference')?.message}
            />
            <TextInput id="email" label="Email address" type="email" autoComplete="email" spellCheck={false} error={errorFor(errors, 'email')?.message} />
            <SubmitButton isBusy={navigation.state === 'submitting'}>Send me a code</SubmitButton>
          </Form>
        </div>
      </div>
    </>
  );
}

// --- The code from the email. ---

export function progressCodeLoader(): Pending {
  const pending = readPending();
  if (!pending) throw redirect(PROGRESS_PATH);
  return pending;
}

export async function progressCodeAction({ request }: ActionFunctionArgs): Promise<ActionData | Response> {
  const pending = readPending();
  if (!pending) return redirect(PROGRESS_PATH);
  const code = formString(await request.formData(), 'code').replace(/\s+/g, '');
  if (!/^\d{6}$/.test(code)) return { errors: [{ field: 'code', href: '#code', message: code ? 'Enter the code as 6 numbers, like 123456' : 'Enter the code from the email' }] };
  try {
    shownProgress = await checkProgress({ reference: pending.reference, code });
    sessionStorage.removeItem(PENDING_KEY);
    return redirect(STATUS_PATH);
  } catch (error) {
    return { errors: apiErrors(error, { code: 'Code' }) };
  }
}

export function ProgressCodePage() {
  const pending = useLoaderData<typeof progressCodeLoader>();
  const errors = useErrors();
  const navigation = useNavigation();
  usePageTitle('Enter the code we sent you', errors.length > 0);
  return (
    <>
      <Link to={PROGRESS_PATH} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <h1 className="govuk-heading-l">Enter the code we sent you</h1>
          <div className="govuk-inset-text">{pending.message}</div>
          <Form method="post" noValidate>
            <TextInput
              id="code"
              label="Code"
              hint={`The 6 numbers in the email about complaint ${pending.reference}`}
              autoComplete="one-time-code"
              inputMode="numeric"
              spellCheck={false}
              widthClass="govuk-input--width-5"
              error={errorFor(errors, 'code')?.message}
            />
            <SubmitButton isBusy={navigation.state === 'submitting'}>Continue</SubmitButton>
          </Form>
          <p className="govuk-body">
            <Link className="govuk-link" to={PROGRESS_PATH}>
              Not received a code? Ask for a new one
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}

// --- The status. ---

export function progressStatusLoader(): TComplaintProgress {
  if (!shownProgress) throw redirect(PROGRESS_PATH);
  return shownProgress;
}

const STAGE_TAG: Record<TComplaintProgress['stage'], string> = {
  received: 'govuk-tag--blue',
  recorded_as_case: 'govuk-tag--yellow',
  closed: 'govuk-tag--grey',
};

export function ProgressStatusPage() {
  const progress = useLoaderData<typeof progressStatusLoader>();
  usePageTitle('The progress of your complaint');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">Complaint {progress.reference}</span>
        <h1 className="govuk-heading-l">The progress of your complaint</h1>
        <SummaryList>
          <SummaryRow label="Reference">{progress.reference}</SummaryRow>
          <SummaryRow label="Received">{formatDate(progress.receivedOn)}</SummaryRow>
          <SummaryRow label="Police force">{progress.forceName ?? 'Not decided yet'}</SummaryRow>
          <SummaryRow label="Status">
            <strong className={`govuk-tag ${STAGE_TAG[progress.stage]}`}>{progress.headline}</strong>
          </SummaryRow>
        </SummaryList>
        <p className="govuk-body">{progress.explanation}</p>
        {progress.reason && (
          <>
            <h2 className="govuk-heading-s">The reason the force gave</h2>
            <div className="govuk-inset-text app-pre-wrap">{progress.reason}</div>
          </>
        )}
        <p className="govuk-body">
          The force will contact you about your complaint in the way you chose. To check again later,{' '}
          <Link className="govuk-link" to={PROGRESS_PATH}>
            ask for a new code
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
