// The audit trail: the latest events, and a check that the hash chain linking them has not been altered.
import { useMemo } from 'react';
import { Form, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import type { TAuditEvent, TAuditVerifyResult } from '../../../../shared/contracts.js';
import { SubmitButton } from '../../components/button.js';
import { formatDateTime, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { listAuditEvents, verifyAuditChain } from './audit.api.js';

const EVENT_LIMIT = 50;
let verifyCount = 0;

type AuditLoaderData = { events: TAuditEvent[]; canVerify: boolean };

export async function auditLoader({ request }: LoaderFunctionArgs): Promise<AuditLoaderData> {
  try {
    const user = await requirePermission(request, 'audit:read');
    const events = await listAuditEvents({ limit: EVENT_LIMIT }, request.signal);
    return { events, canVerify: hasPermission(user, 'audit:verify') };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export async function auditAction({ request }: ActionFunctionArgs): Promise<TAuditVerifyResult> {
  try {
    await requirePermission(request, 'audit:verify');
    return await verifyAuditChain();
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function VerifyResult({ result }: { result: TAuditVerifyResult }) {
  if (result.ok) {
    return (
      <NotificationBanner type="success" title="Audit chain verified">
        <p className="govuk-notification-banner__heading">The audit chain is intact</p>
        <p className="govuk-body">{pluralise(result.checked, 'event')} checked. None has been changed or removed.</p>
      </NotificationBanner>
    );
  }
  return (
    <NotificationBanner type="important" role="alert" title="Audit chain broken">
      <p className="govuk-notification-banner__heading">
        The audit chain is broken{result.firstBrokenSeq !== null ? ` at event ${result.firstBrokenSeq}` : ''}
      </p>
      {result.reason && <p className="govuk-body">Reason: {result.reason}</p>}
      <p className="govuk-body">
        {pluralise(result.checked, 'event')} checked. Report this to your force’s information security officer straight away.
      </p>
    </NotificationBanner>
  );
}

function shorten(value: string | null, length: number): string {
  if (!value) return '';
  return value.length > length ? `${value.slice(0, length)}…` : value;
}

function EventsTable({ events }: { events: readonly TAuditEvent[] }) {
  if (events.length === 0) return <p className="govuk-body">No audit events have been recorded yet.</p>;
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--m">Latest {pluralise(events.length, 'event')}, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Sequence</th>
          <th scope="col" className="govuk-table__header">Time</th>
          <th scope="col" className="govuk-table__header">Action</th>
          <th scope="col" className="govuk-table__header">Record</th>
          <th scope="col" className="govuk-table__header">Actor</th>
          <th scope="col" className="govuk-table__header">Client address</th>
          <th scope="col" className="govuk-table__header">Hash</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {events.map((event) => (
          <tr className="govuk-table__row" key={event.seq}>
            <td className="govuk-table__cell govuk-table__cell--numeric">{event.seq}</td>
            <td className="govuk-table__cell app-nowrap">{formatDateTime(event.at)}</td>
            <td className="govuk-table__cell">
              <code className="app-code">{event.action}</code>
            </td>
            <td className="govuk-table__cell">
              {event.entityType}
              {event.entityId && (
                <>
                  {' '}
                  <code className="app-code" title={event.entityId}>
                    {shorten(event.entityId, 8)}
                  </code>
                </>
              )}
            </td>
            <td className="govuk-table__cell">
              {event.actorId ? (
                <span title={event.actorId}>{event.actorName ?? shorten(event.actorId, 8)}</span>
              ) : (
                'System'
              )}
            </td>
            <td className="govuk-table__cell">{event.clientAddress ?? ''}</td>
            <td className="govuk-table__cell">
              <code className="app-code" title={event.hash}>
                {shorten(event.hash, 12)}
              </code>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function AuditPage() {
  const { events, canVerify } = useLoaderData<typeof auditLoader>();
  const result = useActionData<typeof auditAction>();
  const navigation = useNavigation();
  usePageTitle('Audit trail');
  // Each verification gets a fresh banner, so it is announced and focused again even if the result is the same.
  const resultKey = useMemo(() => (result ? ++verifyCount : 0), [result]);
  return (
    <>
      {result && <VerifyResult key={resultKey} result={result} />}
      <h1 className="govuk-heading-l">Audit trail</h1>
      <p className="govuk-body">Every change and every sensitive read is recorded here. Each event carries a hash of the one before it, so a changed or deleted event breaks the chain.</p>
      {canVerify && (
        <Form method="post">
          <SubmitButton variant="secondary" isBusy={navigation.state === 'submitting'}>
            Verify audit chain
          </SubmitButton>
        </Form>
      )}
      <EventsTable events={events} />
    </>
  );
}
