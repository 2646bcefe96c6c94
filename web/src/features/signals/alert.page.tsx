// One early-warning alert (/alerts/:id): the rule in words and why it fired, the exact allegations and list entries
// that raised it, its timeline, and for those who dispose of alerts the owner and the disposition forms. Both forms
// send the version read, so a change by someone else meanwhile is refused and shown, never overwritten.
// Everything people typed (reasons) is rendered as text, never as HTML.
import { Form, Link, redirect, useActionData, useLoaderData, useNavigation, type ActionFunctionArgs, type LoaderFunctionArgs } from 'react-router';
import { IOPC_CATEGORY_LABELS, STANDARD_LABELS } from '../../../../shared/case-vocabulary.js';
import type { TCurrentUser, TForce } from '../../../../shared/contracts.js';
import type { TAlert } from '../../../../shared/signal-contracts.js';
import { isApiError } from '../../api/client.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate, formatDateTime, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { Select } from '../../components/select.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { Textarea } from '../../components/textarea.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { FORM_LEVEL } from '../cases/case-form-errors.js';
import { requireId } from '../cases/case-params.js';
import { caseToAnswerLabel, choicesOf, labelFor, outcomeLabel, tagLabel } from '../cases/cases.labels.js';
import { alertFormErrors, NO_OWNER, ownerOptions, readAssignForm, readDisposeForm, readIntent, type AlertIntent } from './alert-forms.js';
import { canOpenEvidenceCase } from './alert-view.js';
import { DISPOSITION_LABELS } from '../../../../shared/signal-vocabulary.js';
import { alertEventTitle, DISPOSITION_HINTS, LIST_LABELS, SEVERITY_LABELS, severityTagClass } from './signals.labels.js';
import { takeSignalsFlash, setSignalsFlash } from './signals-flash.js';
import { assignAlert, disposeAlert, getAlert, listOwners, type TAlertEvidence, type TAlertOwner } from './signals.api.js';

/** `owners` is empty for a reader who may not dispose of alerts (they see no owner form). */
type AlertLoaderData = { alert: TAlert; user: TCurrentUser; forces: TForce[]; owners: TAlertOwner[]; flash: string | null };

const alertPath = (alertId: string): string => `/alerts/${alertId}`;

export async function alertLoader({ request, params }: LoaderFunctionArgs): Promise<AlertLoaderData> {
  try {
    const user = await requirePermission(request, 'signal:read');
    const alertId = requireId(params, 'id');
    const [alert, forces, owners] = await Promise.all([
      getAlert(alertId, request.signal),
      listForces(request.signal),
      hasPermission(user, 'signal:dispose') ? listOwners(request.signal).then((result) => result.items) : [],
    ]);
    return { alert, user, forces, owners, flash: takeSignalsFlash(alertPath(alertId)) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

type AlertActionData = { intent: AlertIntent | null; errors: FormError[] };

export async function alertAction({ request, params }: ActionFunctionArgs): Promise<AlertActionData | Response> {
  try {
    const user = await requirePermission(request, 'signal:dispose');
    const alertId = requireId(params, 'id');
    const form = await request.formData();
    const intent = readIntent(form);
    if (!intent) return { intent, errors: [{ field: FORM_LEVEL, href: '', message: 'The page is out of date. Reload it and try again' }] };
    try {
      if (intent === 'assign') {
        const parsed = readAssignForm(form);
        if (!parsed.request) return { intent, errors: parsed.errors };
        const assigned = await assignAlert(alertId, parsed.request);
        setSignalsFlash(alertPath(alertId), ownerChangedMessage(assigned, user));
      } else {
        const parsed = readDisposeForm(form);
        if (!parsed.request) return { intent, errors: parsed.errors };
        await disposeAlert(alertId, parsed.request);
        setSignalsFlash(alertPath(alertId), `Alert closed: ${DISPOSITION_LABELS[parsed.request.disposition]}`);
      }
      return redirect(alertPath(alertId));
    } catch (error) {
      if (isApiError(error) && (error.status === 400 || error.status === 409)) return { intent, errors: alertFormErrors(error, intent) };
      throw error;
    }
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function ownerChangedMessage(alert: Pick<TAlert, 'ownerId' | 'ownerName'>, user: Pick<TCurrentUser, 'id'>): string {
  if (alert.ownerId === null) return 'The alert has no owner now';
  if (alert.ownerId === user.id) return 'You now own this alert';
  return `${alert.ownerName ?? 'The person you chose'} now owns this alert`;
}

function StatusTag({ status }: { status: TAlert['status'] }) {
  return status === 'open' ? <strong className="govuk-tag govuk-tag--blue">Open</strong> : <strong className="govuk-tag govuk-tag--grey">Closed</strong>;
}

function AlertSummary({ alert, user, forceName }: { alert: TAlert; user: TCurrentUser; forceName: string }) {
  return (
    <SummaryList>
      <SummaryRow label="Person">
        {hasPermission(user, 'person:read') ? (
          <Link className="govuk-link" to={`/people/${alert.personId}`}>
            {alert.personName}
          </Link>
        ) : (
          alert.personName
        )}
      </SummaryRow>
      <SummaryRow label="Force">{forceName}</SummaryRow>
      <SummaryRow label="Status">
        <StatusTag status={alert.status} />
      </SummaryRow>
      <SummaryRow label="Severity">
        <strong className={severityTagClass(alert.severity)}>{SEVERITY_LABELS[alert.severity]}</strong>
      </SummaryRow>
      <SummaryRow label="Rule">
        <p className="govuk-body govuk-!-margin-bottom-1">{alert.ruleDescription}</p>
        <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">
          Version {alert.ruleVersion} of ‘{alert.ruleName}’
        </span>
      </SummaryRow>
      <SummaryRow label="Why it was raised">{alert.explanation}</SummaryRow>
      <SummaryRow label="Raised">
        {formatDateTime(alert.openedAt)} ({alert.ageDays === 0 ? 'today' : `${pluralise(alert.ageDays, 'day')} ago`})
      </SummaryRow>
      <SummaryRow label="Owner">{alert.ownerName ?? 'No owner'}</SummaryRow>
      <SummaryRow label="Re-opened">{alert.reopenedCount === 0 ? 'Never' : pluralise(alert.reopenedCount, 'time')}</SummaryRow>
      {alert.status === 'closed' && (
        <>
          <SummaryRow label="Disposition">{labelFor(DISPOSITION_LABELS, alert.disposition, 'None recorded')}</SummaryRow>
          <SummaryRow label="Reason">
            <span className="app-pre-wrap">{alert.dispositionReason ?? 'None recorded'}</span>
          </SummaryRow>
          <SummaryRow label="Closed">{alert.closedAt ? formatDateTime(alert.closedAt) : 'Not recorded'}</SummaryRow>
        </>
      )}
    </SummaryList>
  );
}

function EvidenceTable({ evidence, user }: { evidence: readonly TAlertEvidence[]; user: TCurrentUser }) {
  // A case page opens only within the reader's reach: a case in another force is named, not linked.
  const canOpen = (item: TAlertEvidence) => canOpenEvidenceCase(user, item.forceId);
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">Allegations that raised the alert</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Case</th>
          <th scope="col" className="govuk-table__header">Force</th>
          <th scope="col" className="govuk-table__header">Received</th>
          <th scope="col" className="govuk-table__header">Standard</th>
          <th scope="col" className="govuk-table__header">IOPC category</th>
          <th scope="col" className="govuk-table__header">Thematic tags</th>
          <th scope="col" className="govuk-table__header">Case to answer</th>
          <th scope="col" className="govuk-table__header">Outcome</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {evidence.map((item) => (
          <tr className="govuk-table__row" key={item.allegationId}>
            <td className="govuk-table__cell app-nowrap">
              {canOpen(item) ? (
                <Link className="govuk-link" to={`/cases/${item.caseId}`}>
                  {item.caseReference}
                </Link>
              ) : (
                item.caseReference
              )}
            </td>
            <td className="govuk-table__cell">{item.forceName}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(item.receivedOn)}</td>
            <td className="govuk-table__cell">{labelFor(STANDARD_LABELS, item.standard)}</td>
            <td className="govuk-table__cell">{labelFor(IOPC_CATEGORY_LABELS, item.iopcCategory)}</td>
            <td className="govuk-table__cell">{item.tags.length === 0 ? 'None' : item.tags.map(tagLabel).join(', ')}</td>
            <td className="govuk-table__cell">{caseToAnswerLabel(item.caseToAnswer, 'Not decided')}</td>
            <td className="govuk-table__cell">{outcomeLabel(item.outcome, 'None yet')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ListEvidenceTable({ alert, user }: { alert: TAlert; user: TCurrentUser }) {
  const canOpen = hasPermission(user, 'list:check');
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">List entries that raised the alert</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">List</th>
          <th scope="col" className="govuk-table__header">Name on the entry</th>
          <th scope="col" className="govuk-table__header">Decided</th>
          <th scope="col" className="govuk-table__header">Reason</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {alert.listEvidence.map((entry) => (
          <tr className="govuk-table__row" key={entry.entryId}>
            <td className="govuk-table__cell">{LIST_LABELS[entry.list]}</td>
            <td className="govuk-table__cell">
              {canOpen ? (
                <Link className="govuk-link" to={`/list-checks/entries/${entry.entryId}`}>
                  {entry.name}
                </Link>
              ) : (
                entry.name
              )}
            </td>
            <td className="govuk-table__cell app-nowrap">{formatDate(entry.decidedOn)}</td>
            <td className="govuk-table__cell app-pre-wrap">{entry.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Timeline({ alert }: { alert: TAlert }) {
  return (
    <section aria-labelledby="timeline-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="timeline-heading">
        Timeline
      </h2>
      <p className="govuk-body">{pluralise(alert.events.length, 'event')}, oldest first.</p>
      <ol className="app-timeline">
        {alert.events.map((event, index) => (
          <li className="app-timeline__item" key={`${event.at}-${index}`}>
            <h3 className="govuk-heading-s app-timeline__title">{alertEventTitle(event)}</h3>
            <p className="govuk-body-s app-timeline__meta">
              <span className="app-nowrap">{formatDateTime(event.at)}</span> {event.actorName ? <>by {event.actorName}</> : <>by the early-warning rules</>}
            </p>
            {event.note && (
              <p className="govuk-body app-pre-wrap">
                {event.action === 'closed' ? <span className="govuk-visually-hidden">Reason: </span> : null}
                {event.note}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

type FormsProps = { alert: TAlert; user: TCurrentUser; errors: readonly FormError[]; isBusy: boolean };

function OwnerForm({ alert, user, owners, errors, isBusy }: FormsProps & { owners: readonly TAlertOwner[] }) {
  return (
    <section aria-labelledby="owner-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="owner-heading">
        Owner
      </h2>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="assign" />
        <input type="hidden" name="version" value={alert.version} />
        <Select
          id="ownerId"
          label="Who owns this alert?"
          hint="The owner sees it under ‘Only alerts assigned to me’ in the queue"
          error={errorFor(errors, 'ownerId')?.message}
          options={ownerOptions(owners, alert, user.id)}
          defaultValue={alert.ownerId ?? NO_OWNER}
        />
        <SubmitButton variant="secondary" isBusy={isBusy}>
          Save owner
        </SubmitButton>
      </Form>
    </section>
  );
}

function DispositionForm({ alert, errors, isBusy }: FormsProps) {
  return (
    <section aria-labelledby="disposition-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="disposition-heading">
        Close the alert
      </h2>
      <div className="govuk-inset-text">
        An alert closes only with a disposition and the reason for it. If the pattern grows afterwards – another allegation the rule counts – the alert re-opens by
        itself and comes back to this queue.
      </div>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="dispose" />
        <input type="hidden" name="version" value={alert.version} />
        <Radios
          id="disposition"
          legend="What have you decided?"
          error={errorFor(errors, 'disposition')?.message}
          items={choicesOf(DISPOSITION_LABELS, DISPOSITION_HINTS)}
        />
        <Textarea
          id="reason"
          label="Reason"
          hint="What was decided and why. It is kept with the alert and shown in its timeline"
          error={errorFor(errors, 'reason')?.message}
          rows={5}
        />
        <SubmitButton isBusy={isBusy}>Close the alert</SubmitButton>
      </Form>
    </section>
  );
}

export function AlertPage() {
  const { alert, user, forces, owners, flash } = useLoaderData<typeof alertLoader>();
  const actionData = useActionData<typeof alertAction>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? [];
  usePageTitle(`Alert: ${alert.personName}`, errors.length > 0);
  const isBusy = navigation.state === 'submitting';
  const canDispose = hasPermission(user, 'signal:dispose') && alert.status === 'open';
  const forceName = forces.find((force) => force.id === alert.forceId)?.name ?? alert.forceId;
  const formErrors = (intent: AlertIntent) => (actionData?.intent === intent ? errors : []);
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to="/alerts">
              Go to the open alerts
            </Link>
          </p>
        </NotificationBanner>
      )}
      <Link to="/alerts" className="govuk-back-link">
        Back to alerts
      </Link>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Early-warning alert</span>
        {alert.personName}: {alert.ruleName}
      </h1>

      <AlertSummary alert={alert} user={user} forceName={forceName} />

      <section aria-labelledby="evidence-heading" className="app-case-section">
        <h2 className="govuk-heading-m" id="evidence-heading">
          What raised the alert
        </h2>
        {alert.evidence.length === 0 && alert.listEvidence.length === 0 && <p className="govuk-body">No rows are recorded for this alert.</p>}
        {alert.evidence.length > 0 && (
          <>
            <h3 className="govuk-heading-s">{pluralise(alert.evidence.length, 'allegation')} the rule counted</h3>
            <EvidenceTable evidence={alert.evidence} user={user} />
          </>
        )}
        {alert.listEvidence.length > 0 && (
          <>
            <h3 className="govuk-heading-s">{pluralise(alert.listEvidence.length, 'list entry', 'list entries')}</h3>
            <ListEvidenceTable alert={alert} user={user} />
          </>
        )}
      </section>

      <Timeline alert={alert} />

      {canDispose && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            {/* Keyed by version: after any change (here or by someone else) the select shows the owner as it is now. */}
            <OwnerForm key={alert.version} alert={alert} user={user} owners={owners} errors={formErrors('assign')} isBusy={isBusy} />
            <DispositionForm alert={alert} user={user} errors={formErrors('dispose')} isBusy={isBusy} />
          </div>
        </div>
      )}
      {alert.status === 'closed' && (
        <div className="govuk-inset-text">This alert is closed. It re-opens by itself if the pattern grows – if another allegation the rule counts is recorded.</div>
      )}
    </>
  );
}
