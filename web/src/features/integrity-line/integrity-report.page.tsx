// One integrity line report for its handler (/integrity-reports/:id; the read is audited): what the reporter said,
// the messages with a reply form, the status form the reporter sees the result of, and the way to make a case.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { THandlerReport } from '../../../../shared/integrity-line-contracts.js';
import {
  INTEGRITY_LIMITS, OUTCOME_CLASS_LABELS, OUTCOME_CLASSES, REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS, REPORT_STATUSES,
} from '../../../../shared/integrity-line-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formString, type FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { isOneOf } from '../cases/cases.labels.js';
import { changeReportStatus, getReport, replyAsHandler } from './integrity-line.api.js';
import { REPORTS_PATH, STATUS_TAG, statusText } from './integrity-reports.page.js';
import { setReportFlash, takeReportFlash } from './report-flash.js';

type ReportData = { report: THandlerReport; flash: string | null; canMakeCase: boolean };
type ActionData = { errors: FormError[] };

export async function reportLoader({ request, params }: LoaderFunctionArgs): Promise<ReportData> {
  try {
    const user = await requirePermission(request, 'integrity:handle');
    const report = await getReport(requireId(params, 'id'), request.signal);
    return { report, flash: takeReportFlash(), canMakeCase: hasPermission(user, 'case:create') };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const FIELDS: Record<string, string> = { body: 'Message', status: 'New status', outcomeClass: 'Outcome class' };

/** A 400's field errors next to their fields; a 409 (changed meanwhile, or not allowed now) at the form it came from. */
function writeErrors(error: unknown, fallback: string): FormError[] {
  if (!isApiError(error) || (error.status !== 400 && error.status !== 409)) throw error;
  const errors = error.errors.filter((e) => e.path in FIELDS).map((e) => ({ field: e.path, href: `#${e.path}`, message: `${FIELDS[e.path] ?? ''} ${e.message}` }));
  return errors.length > 0 ? errors : [{ field: fallback, href: `#${fallback}`, message: error.detail ?? 'This cannot be done now' }];
}

export async function reportAction({ request, params }: ActionFunctionArgs): Promise<ActionData | Response> {
  try {
    await requirePermission(request, 'integrity:handle');
    const id = requireId(params, 'id');
    const form = await request.formData();
    if (formString(form, 'intent') === 'status') {
      const status = formString(form, 'status');
      const currentStatus = formString(form, 'currentStatus');
      const outcomeClass = formString(form, 'outcomeClass');
      if (!isOneOf(['assessed', 'investigation_opened', 'closed'] as const, status)) return { errors: [{ field: 'status', href: '#status', message: 'Select the new status' }] };
      if (status === 'closed' && !isOneOf(OUTCOME_CLASSES, outcomeClass)) return { errors: [{ field: 'outcomeClass', href: '#outcomeClass', message: 'Select the outcome class to close the report' }] };
      if (!isOneOf(REPORT_STATUSES, currentStatus)) return { errors: [{ field: 'status', href: '#status', message: 'Reload the report and try again' }] };
      try {
        const changed = await changeReportStatus(id, { currentStatus, status, outcomeClass: status === 'closed' && isOneOf(OUTCOME_CLASSES, outcomeClass) ? outcomeClass : null });
        setReportFlash(`Status changed to ${statusText(changed.status, changed.outcomeClass).toLowerCase()}. The reporter sees this when they next open the report`);
        return redirect(`${REPORTS_PATH}/${id}`);
      } catch (error) {
        return { errors: writeErrors(error, 'status') };
      }
    }
    const body = formString(form, 'body');
    if (!body) return { errors: [{ field: 'body', href: '#body', message: 'Enter your message to the reporter' }] };
    if (body.length > INTEGRITY_LIMITS.message) return { errors: [{ field: 'body', href: '#body', message: `Message must be ${INTEGRITY_LIMITS.message.toLocaleString('en-GB')} characters or fewer` }] };
    try {
      await replyAsHandler(id, body);
      setReportFlash('Message sent. The reporter reads it when they next open the report');
      return redirect(`${REPORTS_PATH}/${id}`);
    } catch (error) {
      return { errors: writeErrors(error, 'body') };
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function Messages({ report }: { report: THandlerReport }) {
  if (report.messages.length === 0) return <p className="govuk-body">No messages yet.</p>;
  return (
    <ol className="govuk-list" aria-label="Messages, oldest first">
      {report.messages.map((m) => (
        <li key={m.seq} className="govuk-summary-card">
          <div className="govuk-summary-card__title-wrapper">
            <h3 className="govuk-summary-card__title">
              {m.fromReporter ? 'Reporter' : (m.handlerName ?? 'Handler')}, {formatDate(m.sentOn)}
            </h3>
            {!m.fromReporter && <span className="govuk-body-s govuk-!-margin-bottom-0">{m.readByReporter ? 'Read by the reporter' : 'Not read yet'}</span>}
          </div>
          <div className="govuk-summary-card__content">
            <p className="govuk-body app-pre-wrap govuk-!-margin-bottom-0">{m.body}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}

export function ReportPage() {
  const { report: r, flash, canMakeCase } = useLoaderData<typeof reportLoader>();
  const actionData = useActionData<typeof reportAction>();
  const navigation = useNavigation();
  const errors = actionData && 'errors' in actionData ? actionData.errors : [];
  usePageTitle(`Integrity line report ${r.reference}`, errors.length > 0);
  const isBusy = navigation.state === 'submitting';
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      <Link to={REPORTS_PATH} className="govuk-back-link">
        Back to integrity line reports
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">Integrity line report</span>
          <h1 className="govuk-heading-l">Report {r.reference}</h1>
          <SummaryList>
            <SummaryRow label="Status">
              <strong className={`govuk-tag ${STATUS_TAG[r.status]}`}>{statusText(r.status, r.outcomeClass)}</strong>
            </SummaryRow>
            <SummaryRow label="Status since">{formatDate(r.statusChangedOn)}</SummaryRow>
            <SummaryRow label="About">{REPORT_CATEGORY_LABELS[r.category]}</SummaryRow>
            <SummaryRow label="Force">{r.forceName}</SummaryRow>
            <SummaryRow label="Received">{formatDate(r.receivedOn)}</SummaryRow>
            <SummaryRow label="Handler">{r.handler?.name ?? 'None yet: the first to reply or change the status becomes the handler'}</SummaryRow>
            <SummaryRow label="Case">
              {r.case ? (
                <Link className="govuk-link" to={`/cases/${r.case.id}`}>
                  {r.case.reference}
                </Link>
              ) : r.hasCase ? (
                'A restricted case has been made from this report'
              ) : (
                'None'
              )}
            </SummaryRow>
          </SummaryList>
          {!r.hasCase && canMakeCase && (
            <Link className="govuk-button govuk-button--secondary" to={`${REPORTS_PATH}/${r.id}/case`}>
              Make a case
            </Link>
          )}

          <h2 className="govuk-heading-m">What the reporter said</h2>
          <div className="govuk-inset-text app-pre-wrap app-break-word">{r.whatHappened}</div>

          <h2 className="govuk-heading-m">Messages</h2>
          <Messages report={r} />
          {/* Keyed by the thread's length, so a sent message leaves an empty box. */}
          <Form method="post" noValidate key={r.messages.length}>
            <input type="hidden" name="intent" value="reply" />
            <Textarea
              id="body"
              label="Message to the reporter"
              labelClass="govuk-label--s"
              hint="They read it when they next open the report. Do not ask who they are."
              rows={5}
              error={errorFor(errors, 'body')?.message}
            />
            <SubmitButton isBusy={isBusy}>Send message</SubmitButton>
          </Form>

          <h2 className="govuk-heading-m">Status</h2>
          {r.nextStatuses.length === 0 ? (
            <p className="govuk-body">The report is closed. Its status cannot change again.</p>
          ) : (
            <Form method="post" noValidate key={r.status}>
              <input type="hidden" name="intent" value="status" />
              <input type="hidden" name="currentStatus" value={r.status} />
              <Radios
                id="status"
                legend="New status"
                hint="The reporter sees the new status, with today’s date but not the time"
                error={errorFor(errors, 'status')?.message}
                items={r.nextStatuses.map((s) => ({ value: s, text: REPORT_STATUS_LABELS[s] }))}
              />
              {r.nextStatuses.includes('closed') && (
                <Radios
                  id="outcomeClass"
                  legend="Outcome class (only when closing)"
                  hint="The reporter sees the class only, so no one involved can be identified from it"
                  small
                  error={errorFor(errors, 'outcomeClass')?.message}
                  items={OUTCOME_CLASSES.map((o) => ({ value: o, text: OUTCOME_CLASS_LABELS[o] }))}
                />
              )}
              <SubmitButton variant="secondary" isBusy={isBusy}>
                Change status
              </SubmitButton>
            </Form>
          )}
        </div>
      </div>
    </>
  );
}
