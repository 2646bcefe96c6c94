// The mail outbox (/admin/outbox), for system administrators: every message Warrant wrote. While no SMTP server is
// configured it is the only place mail goes, so in development this is where complainants' codes are read.
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TOutbox } from '../../../../shared/mail-contracts.js';
import { formatDateTime } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { getOutbox } from './portal.api.js';

export async function outboxLoader({ request }: LoaderFunctionArgs): Promise<TOutbox> {
  try {
    await requirePermission(request, 'mail:outbox');
    return await getOutbox(request.signal);
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function OutboxPage() {
  const outbox = useLoaderData<typeof outboxLoader>();
  usePageTitle('Mail outbox');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Mail outbox</h1>
        {outbox.delivery === 'outbox' ? (
          <div className="govuk-inset-text">
            No mail server is set up (WARRANT_SMTP_URL), so nothing is sent: messages stay here. Only use this for development and demonstrations.
          </div>
        ) : (
          <p className="govuk-body">Messages are sent through the mail server. Their contents are not shown here, because they hold one-time codes meant only for the recipient.</p>
        )}
        <p className="govuk-body">The latest {outbox.items.length === 1 ? 'message' : `${outbox.items.length} messages`}, newest first. Opening this page is recorded in the audit trail.</p>
        {outbox.items.map((message) => (
          <div className="govuk-summary-card" key={message.id}>
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title">{message.subject}</h2>
            </div>
            <div className="govuk-summary-card__content">
              <SummaryList>
                <SummaryRow label="To">{message.to}</SummaryRow>
                <SummaryRow label="Written">{formatDateTime(message.createdAt)}</SummaryRow>
                <SummaryRow label="Sent">{message.sentAt ? formatDateTime(message.sentAt) : message.error ? `Not sent: ${message.error}` : 'Not sent'}</SummaryRow>
                {message.body !== null && (
                  <SummaryRow label="Message">
                    <span className="app-pre-wrap">{message.body}</span>
                  </SummaryRow>
                )}
              </SummaryList>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
