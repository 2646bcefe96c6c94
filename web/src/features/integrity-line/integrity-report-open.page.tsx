// Opening a report (/integrity-line/open): the reference and passphrase, sent in the request body, then the report's
// status in words, the messages and a reply form, all on this one address. The opened report is held in this tab's
// memory only; "Close your report" or a reload forgets it.
import { Form, Link, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs } from 'react-router';
import type { TReporterView } from '../../../../shared/integrity-line-contracts.js';
import { INTEGRITY_LIMITS, REPORT_CATEGORY_LABELS } from '../../../../shared/integrity-line-vocabulary.js';
import { isApiError } from '../../api/client.js';
import { SubmitButton } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, formString, type FormError } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { TextInput } from '../../components/text-input.js';
import { INTEGRITY_LINE_PATH } from './integrity-line-start.page.js';
import { openReport, replyAsReporter } from './integrity-line.api.js';
import { forgetOpened, openedReport, rememberOpened } from './reporter-memory.js';

type OpenData = { view: TReporterView | null };
type ActionData = { errors: FormError[]; sent?: undefined } | { sent: true; errors?: undefined };

export function reportOpenLoader(): OpenData {
  return { view: openedReport()?.view ?? null };
}

/** Every refusal of the reference and passphrase reads the same; a flood gets the server's own words. */
function credentialErrors(error: unknown, field: string): FormError[] {
  if (!isApiError(error) || (error.status !== 400 && error.status !== 429)) throw error;
  const fieldMessage = error.errors.find((e) => e.path === 'passphrase' || e.path === 'reference' || e.path === 'body');
  const message = error.status === 429 ? (error.detail ?? 'Too many tries from your connection. Try again later') : (fieldMessage?.message ?? error.detail ?? 'Check what you entered and try again');
  return [{ field, href: `#${field}`, message }];
}

export async function reportOpenAction({ request }: ActionFunctionArgs): Promise<ActionData> {
  const form = await request.formData();
  const intent = formString(form, 'intent');
  if (intent === 'close') {
    forgetOpened();
    return { errors: [] };
  }
  if (intent === 'reply') {
    const opened = openedReport();
    if (!opened) return { errors: [{ field: 'reference', href: '#reference', message: 'Open your report again to send a message' }] };
    const body = formString(form, 'body');
    if (!body) return { errors: [{ field: 'body', href: '#body', message: 'Enter your message' }] };
    if (body.length > INTEGRITY_LIMITS.message) return { errors: [{ field: 'body', href: '#body', message: `Your message must be ${INTEGRITY_LIMITS.message.toLocaleString('en-GB')} characters or fewer` }] };
    try {
      rememberOpened(opened.credentials, await replyAsReporter(opened.credentials, body));
      return { sent: true };
    } catch (error) {
      // Refused now (locked meanwhile, say): the reporter starts again from the reference and passphrase.
      if (isApiError(error) && error.status === 400 && error.errors.some((e) => e.path === 'passphrase')) {
        forgetOpened();
        return { errors: credentialErrors(error, 'passphrase') };
      }
      return { errors: credentialErrors(error, 'body') };
    }
  }
  const reference = formString(form, 'reference');
  const passphrase = formString(form, 'passphrase');
  const errors: FormError[] = [];
  if (!reference) errors.push({ field: 'reference', href: '#reference', message: 'Enter your reference' });
  if (!passphrase) errors.push({ field: 'passphrase', href: '#passphrase', message: 'Enter your passphrase' });
  if (errors.length > 0) return { errors };
  try {
    const credentials = { reference, passphrase };
    rememberOpened(credentials, await openReport(credentials));
    return { errors: [] };
  } catch (error) {
    return { errors: credentialErrors(error, 'passphrase') };
  }
}

const STATUS_TAG: Record<TReporterView['status'], string> = {
  received: 'govuk-tag--blue',
  assessed: 'govuk-tag--light-blue',
  investigation_opened: 'govuk-tag--yellow',
  closed: 'govuk-tag--grey',
};

function OpenForm({ errors }: { errors: FormError[] }) {
  const navigation = useNavigation();
  usePageTitle('Open your report', errors.length > 0);
  return (
    <>
      <Link to={INTEGRITY_LINE_PATH} className="govuk-back-link">
        Back
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">Integrity line</span>
          <h1 className="govuk-heading-l">Open your report</h1>
          <p className="govuk-body">Enter the reference and passphrase you wrote down when you made your report.</p>
          <div className="govuk-inset-text">After 5 wrong passphrases in a row your report is locked until the next day, even with the right passphrase.</div>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="open" />
            <TextInput id="reference" label="Reference" hint="10 letters and numbers, for example 7KQ2M9XH4D" autoComplete="off" spellCheck={false} widthClass="govuk-input--width-10" error={errorFor(errors, 'reference')?.message} />
            <TextInput id="passphrase" label="Passphrase" hint="20 letters and numbers, with or without the dashes" autoComplete="off" spellCheck={false} widthClass="govuk-input--width-30" error={errorFor(errors, 'passphrase')?.message} />
            <SubmitButton isBusy={navigation.state === 'submitting'}>Open report</SubmitButton>
          </Form>
        </div>
      </div>
    </>
  );
}

function Thread({ view, errors, sent }: { view: TReporterView; errors: FormError[]; sent: boolean }) {
  const navigation = useNavigation();
  usePageTitle(`Your report ${view.reference}`, errors.length > 0);
  return (
    <>
      {sent && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">Message sent</p>
        </NotificationBanner>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {errors.length > 0 && <ErrorSummary errors={errors} />}
          <span className="govuk-caption-l">Integrity line</span>
          <h1 className="govuk-heading-l">Your report {view.reference}</h1>
          <SummaryList>
            <SummaryRow label="Status">
              <strong className={`govuk-tag ${STATUS_TAG[view.status]}`}>{view.headline}</strong>
            </SummaryRow>
            <SummaryRow label="Status since">{formatDate(view.statusChangedOn)}</SummaryRow>
            <SummaryRow label="Sent to">{view.forceName}</SummaryRow>
            <SummaryRow label="About">{REPORT_CATEGORY_LABELS[view.category]}</SummaryRow>
            <SummaryRow label="Received">{formatDate(view.receivedOn)}</SummaryRow>
          </SummaryList>
          <p className="govuk-body">{view.explanation}</p>

          <h2 className="govuk-heading-m">Messages</h2>
          {view.messages.length === 0 ? (
            <p className="govuk-body">No messages yet.</p>
          ) : (
            <ol className="govuk-list" aria-label="Messages, oldest first">
              {view.messages.map((m) => (
                <li key={m.seq} className="govuk-summary-card">
                  <div className="govuk-summary-card__title-wrapper">
                    <h3 className="govuk-summary-card__title">
                      {m.from === 'you' ? 'You' : 'Counter-corruption unit'}, {formatDate(m.sentOn)}
                      {m.isNew && (
                        <>
                          {' '}
                          <strong className="govuk-tag govuk-tag--blue govuk-!-margin-left-2">New</strong>
                        </>
                      )}
                    </h3>
                  </div>
                  <div className="govuk-summary-card__content">
                    <p className="govuk-body app-pre-wrap govuk-!-margin-bottom-0">{m.body}</p>
                  </div>
                </li>
              ))}
            </ol>
          )}

          {/* Keyed by the thread's length, so a sent message leaves an empty box. */}
          <Form method="post" noValidate key={view.messages.length}>
            <input type="hidden" name="intent" value="reply" />
            <Textarea
              id="body"
              label="Send a message to the counter-corruption unit"
              labelClass="govuk-label--m"
              hint={`Answer their questions or add to your report. Do not give your name unless you want to. Up to ${INTEGRITY_LIMITS.message.toLocaleString('en-GB')} characters.`}
              rows={6}
              error={errorFor(errors, 'body')?.message}
            />
            <SubmitButton isBusy={navigation.state === 'submitting'}>Send message</SubmitButton>
          </Form>

          <h2 className="govuk-heading-m">What you reported</h2>
          <div className="govuk-inset-text app-pre-wrap">{view.whatHappened}</div>

          <h2 className="govuk-heading-m">When you have finished</h2>
          <p className="govuk-body">Close your report, then close this browser tab.</p>
          <Form method="post">
            <input type="hidden" name="intent" value="close" />
            <SubmitButton variant="secondary">Close your report</SubmitButton>
          </Form>
        </div>
      </div>
    </>
  );
}

export function ReportOpenPage() {
  const { view } = useLoaderData<typeof reportOpenLoader>();
  const actionData = useActionData<typeof reportOpenAction>();
  const errors = actionData?.errors ?? [];
  return view ? <Thread view={view} errors={errors} sent={actionData?.sent === true} /> : <OpenForm errors={errors} />;
}
