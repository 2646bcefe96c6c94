// Making a report (/integrity-line/report) and the confirmation that shows its reference and passphrase once
// (/integrity-line/confirmation). The receipt is kept in this tab's memory only and forgotten when the reporter
// leaves the confirmation page, so going back or reloading never shows the passphrase again.
import { useEffect } from 'react';
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs } from 'react-router';
import type { TReportForm } from '../../../../shared/integrity-line-contracts.js';
import { INTEGRITY_LIMITS, REPORT_CATEGORIES, REPORT_CATEGORY_LABELS } from '../../../../shared/integrity-line-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formString, type FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { isOneOf } from '../cases/cases.labels.js';
import { INTEGRITY_LINE_PATH, OPEN_PATH } from './integrity-line-start.page.js';
import { getReportForm, makeReport } from './integrity-line.api.js';
import { forgetReceipt, recalledReceipt, rememberReceipt } from './reporter-memory.js';

export const CONFIRMATION_PATH = '/integrity-line/confirmation';

type ActionData = { errors: FormError[] };

export function reportFormLoader({ request }: { request: Request }): Promise<TReportForm> {
  return getReportForm(request.signal);
}

const SUBMIT: FormError = { field: 'submit', message: '', href: '#send-report' };
const FIELDS: Record<string, string> = { forceId: 'Police force', category: 'What it is about', whatHappened: 'What happened' };

function errorsFrom(error: unknown): FormError[] {
  if (!isApiError(error) || (error.status !== 400 && error.status !== 429)) throw error;
  if (error.status === 429) return [{ ...SUBMIT, message: error.detail ?? 'Too many reports have been sent from your connection. Try again later' }];
  const errors = error.errors
    .filter((e) => e.path in FIELDS)
    .map((e) => ({ field: e.path, href: `#${e.path}`, message: `${FIELDS[e.path] ?? ''} ${e.message}` }));
  return errors.length > 0 ? errors : [{ ...SUBMIT, message: error.detail ?? 'There is a problem with your report' }];
}

export async function reportFormAction({ request }: ActionFunctionArgs): Promise<ActionData | Response> {
  const form = await request.formData();
  const forceId = formString(form, 'forceId');
  const category = formString(form, 'category');
  const whatHappened = formString(form, 'whatHappened');
  const errors: FormError[] = [];
  if (!forceId) errors.push({ field: 'forceId', href: '#forceId', message: 'Select the police force your report is about' });
  if (!isOneOf(REPORT_CATEGORIES, category)) errors.push({ field: 'category', href: '#category', message: 'Select what your report is about' });
  if (!whatHappened) errors.push({ field: 'whatHappened', href: '#whatHappened', message: 'Enter what happened' });
  else if (whatHappened.length > INTEGRITY_LIMITS.whatHappened) {
    errors.push({ field: 'whatHappened', href: '#whatHappened', message: `What happened must be ${INTEGRITY_LIMITS.whatHappened.toLocaleString('en-GB')} characters or fewer` });
  }
  if (errors.length > 0 || !isOneOf(REPORT_CATEGORIES, category)) return { errors };
  try {
    rememberReceipt(await makeReport({ forceId, category, whatHappened, website: formString(form, 'website') }));
    return redirect(CONFIRMATION_PATH);
  } catch (error) {
    return { errors: errorsFrom(error) };
  }
}

export function ReportFormPage() {
  const { forces } = useLoaderData<typeof reportFormLoader>();
  const actionData = useActionData<typeof reportFormAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle('Make a report', errors.length > 0);
  return (
    <>
      <Link to={INTEGRITY_LINE_PATH} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">Integrity line</span>
          <h1 className="govuk-heading-l">Make a report</h1>
          <p className="govuk-body">Do not give your name. You can add more later, in a message, once you have your reference and passphrase.</p>
          <Form method="post" noValidate>
            <Select
              id="forceId"
              label="Which police force is your report about?"
              hint="Your report goes to this force’s counter-corruption unit"
              error={errorFor(errors, 'forceId')?.message}
              options={[{ value: '', text: 'Select a force' }, ...forces.map((f) => ({ value: f.id, text: f.name }))]}
            />
            <Radios
              id="category"
              legend="What is your report about?"
              hint="Choose the closest. It helps the unit decide who should look at it first."
              error={errorFor(errors, 'category')?.message}
              items={REPORT_CATEGORIES.map((c) => ({ value: c, text: REPORT_CATEGORY_LABELS[c] }))}
            />
            <Textarea
              id="whatHappened"
              label="What happened?"
              hint={`Who was involved, what they did, when and where, and how you know. Up to ${INTEGRITY_LIMITS.whatHappened.toLocaleString('en-GB')} characters.`}
              rows={10}
              error={errorFor(errors, 'whatHappened')?.message}
            />
            {/* A field people never see or reach: only scripts fill it in, and the server refuses them. */}
            <div className="govuk-visually-hidden" aria-hidden="true">
              <label htmlFor="website">Leave this field empty</label>
              <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
            </div>
            <div id="send-report">
              <SubmitButton isBusy={navigation.state === 'submitting'}>Send report</SubmitButton>
            </div>
          </Form>
        </div>
      </div>
    </>
  );
}

export function reportConfirmationLoader() {
  const receipt = recalledReceipt();
  if (!receipt) throw redirect(INTEGRITY_LINE_PATH);
  return receipt;
}

export function ReportConfirmationPage() {
  const receipt = useLoaderData<typeof reportConfirmationLoader>();
  usePageTitle('Report sent');
  // Shown once: leaving this page forgets the passphrase.
  useEffect(() => forgetReceipt, []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title">Report sent</h1>
          <div className="govuk-panel__body">
            Your reference
            <br />
            <strong className="app-reference">{receipt.reference}</strong>
          </div>
        </div>
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Write down your reference and passphrase now and keep them somewhere safe. This is the only time we show the passphrase: we cannot show it again,
            send it to you or reset it.
          </strong>
        </div>
        <SummaryList>
          <SummaryRow label="Reference">
            <span className="app-reference">{receipt.reference}</span>
          </SummaryRow>
          <SummaryRow label="Passphrase">
            <span className="app-reference govuk-!-font-size-24">{receipt.passphrase}</span>
          </SummaryRow>
          <SummaryRow label="Sent to">{receipt.forceName}</SummaryRow>
          <SummaryRow label="Received">{formatDate(receipt.receivedOn)}</SummaryRow>
        </SummaryList>
        <p className="govuk-body">Do not take a photo of them on a work device, or keep them anywhere someone at work could find them.</p>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          The counter-corruption unit of {receipt.forceName} will read your report and decide what to do. They may send you a message with questions.
        </p>
        <p className="govuk-body">
          Come back in a few days and{' '}
          <Link className="govuk-link" to={OPEN_PATH}>
            open your report
          </Link>{' '}
          with your reference and passphrase to read messages, reply and see its status.
        </p>
      </div>
    </div>
  );
}
