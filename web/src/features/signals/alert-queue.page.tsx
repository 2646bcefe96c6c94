// The early-warning alert queue (/alerts): the alerts of the user's force, highest severity and oldest first, each
// with its owner, its age (closed alerts: the disposition and the day it closed) and how much evidence raised it;
// filters by status, rule, force (national readers) and "only mine" kept in the URL; and for supervisors how old the
// open alerts are and who holds them.
import type { FormEvent } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, useNavigation, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TForce } from '../../../../shared/contracts.js';
import type { TFairness, TRule } from '../../../../shared/signal-contracts.js';
import { reachOf } from '../../../../shared/policy.js';
import { DISPOSITION_LABELS } from '../../../../shared/signal-vocabulary.js';
import { listForces } from '../../api/forces.api.js';
import { SubmitButton } from '../../components/button.js';
import { Checkboxes, Radios } from '../../components/choice-fields.js';
import { pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { Select } from '../../components/select.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { labelFor } from '../cases/cases.labels.js';
import { alertCriteriaFrom, alertQueueHref, isFiltered } from './alert-filters.js';
import { ukDateOf } from './alert-view.js';
import { AGE_BAND_LABELS, SEVERITY_LABELS, severityTagClass } from './signals.labels.js';
import { getAlertAgeing, getFairness, listAlerts, listRules, type AlertListCriteria, type TAlertAgeing, type TAlertList } from './signals.api.js';
import { FairnessSection } from './fairness-section.js';

type QueueLoaderData = {
  user: TCurrentUser;
  criteria: AlertListCriteria;
  result: TAlertList;
  rules: TRule[];
  ageing: TAlertAgeing | null;
  fairness: TFairness | null;
  forces: TForce[];
  canFilterByForce: boolean;
};

export async function alertQueueLoader({ request }: LoaderFunctionArgs): Promise<QueueLoaderData> {
  try {
    const user = await requirePermission(request, 'signal:read');
    const canFilterByForce = reachOf(user, 'signal:read') === 'national';
    const criteria = alertCriteriaFrom(new URL(request.url).searchParams, { canFilterByForce });
    const [result, rules, ageing, forces, fairness] = await Promise.all([
      listAlerts(criteria, request.signal),
      listRules(request.signal),
      // Ageing is about the open alerts: shown beside the open queue, not the closed one.
      criteria.status === 'closed' ? null : getAlertAgeing(request.signal),
      canFilterByForce ? listForces(request.signal) : [],
      criteria.status === 'closed' ? null : getFairness(request.signal),
    ]);
    return { user, criteria, result, rules: [...rules].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')), ageing, fairness, forces, canFilterByForce };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const days = (n: number): string => pluralise(n, 'day');

function AlertsTable({ data, forceName }: { data: QueueLoaderData; forceName: (id: string) => string }) {
  const { result, user, criteria } = data;
  const canReadPerson = hasPermission(user, 'person:read');
  const closed = criteria.status === 'closed';
  const status = closed ? 'Closed' : 'Open';
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">{status} alerts matching the filters</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Person</th>
          <th scope="col" className="govuk-table__header">Rule</th>
          <th scope="col" className="govuk-table__header">Severity</th>
          {closed ? (
            <>
              <th scope="col" className="govuk-table__header">Disposition</th>
              <th scope="col" className="govuk-table__header">Closed</th>
            </>
          ) : (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Age</th>
          )}
          <th scope="col" className="govuk-table__header">Owner</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Evidence</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Re-opened</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {result.items.map((item) => (
          <tr className="govuk-table__row" key={item.id}>
            <td className="govuk-table__cell">
              {canReadPerson ? (
                <Link className="govuk-link" to={`/people/${item.personId}`}>
                  {item.personName}
                </Link>
              ) : (
                item.personName
              )}
              {data.canFilterByForce && <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 govuk-!-display-block">{forceName(item.forceId)}</span>}
            </td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={`/alerts/${item.id}`}>
                {item.ruleName}
                <span className="govuk-visually-hidden"> (alert for {item.personName})</span>
              </Link>
            </td>
            <td className="govuk-table__cell">
              <strong className={severityTagClass(item.severity)}>{SEVERITY_LABELS[item.severity]}</strong>
            </td>
            {closed ? (
              <>
                <td className="govuk-table__cell">{labelFor(DISPOSITION_LABELS, item.disposition, 'Not recorded')}</td>
                <td className="govuk-table__cell app-nowrap">{ukDateOf(item.closedAt)}</td>
              </>
            ) : (
              <td className="govuk-table__cell govuk-table__cell--numeric app-nowrap">{days(item.ageDays)}</td>
            )}
            <td className="govuk-table__cell">{item.ownerName ?? 'No owner'}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{item.evidenceCount}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{item.reopenedCount === 0 ? 'No' : pluralise(item.reopenedCount, 'time')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AgeingSection({ ageing }: { ageing: TAlertAgeing }) {
  const total = ageing.bands.reduce((sum, band) => sum + band.open, 0);
  return (
    <section aria-labelledby="ageing-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="ageing-heading">
        How long open alerts have waited
      </h2>
      <p className="govuk-body">
        {total === 0
          ? 'There are no open alerts you can see.'
          : 'Every open alert you can see, whatever the filters above. Nothing expires: an alert stays open until someone records a disposition.'}
      </p>
      {total > 0 && (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-table__caption--s">By age</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Open for</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Open</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">No owner</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {ageing.bands.map((band) => (
                  <tr className="govuk-table__row" key={band.band}>
                    <th scope="row" className="govuk-table__header">{AGE_BAND_LABELS[band.band] ?? band.band}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{band.open}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{band.unassigned}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="govuk-grid-column-one-half">
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-table__caption--s">By owner</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Owner</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Open</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Oldest</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {ageing.byOwner.map((owner) => (
                  <tr className="govuk-table__row" key={owner.ownerName ?? ''}>
                    <th scope="row" className="govuk-table__header">{owner.ownerName ?? 'No owner'}</th>
                    <td className="govuk-table__cell govuk-table__cell--numeric">{owner.open}</td>
                    <td className="govuk-table__cell govuk-table__cell--numeric app-nowrap">{days(owner.oldestDays)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </section>
  );
}

function resultsHeading(total: number, status: 'open' | 'closed'): string {
  return total === 0 ? `No ${status} alerts` : pluralise(total, `${status} alert`);
}

function AlertQueueContent({ data }: { data: QueueLoaderData }) {
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { criteria, result } = data;
  usePageTitle(criteria.status === 'closed' ? 'Closed alerts' : 'Alerts');
  const status = criteria.status === 'closed' ? 'closed' : 'open';
  const forceName = (id: string) => data.forces.find((force) => force.id === id)?.name ?? id;
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.items.length - 1;
  const filtered = isFiltered(criteria);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: string) => {
      const entry = form.get(name);
      return typeof entry === 'string' && entry !== '' ? entry : undefined;
    };
    void navigate(alertQueueHref({
      status: value('status') === 'closed' ? 'closed' : undefined,
      forceId: value('forceId'),
      rule: value('rule'),
      mine: value('mine') === 'true' ? 'true' : undefined,
    }));
  }

  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Early-warning alerts</h1>
          <p className="govuk-body">
            Patterns in people’s allegations that the early-warning rules picked out, highest severity and oldest first. An alert closes only with a disposition and a
            reason, and re-opens by itself if the pattern grows.
          </p>
        </div>
        <div className="govuk-grid-column-one-third app-align-right">
          <p className="govuk-body">
            <Link className="govuk-link" to="/alerts/rules">
              Early-warning rules
            </Link>
          </p>
        </div>
      </div>

      <form noValidate onSubmit={handleSubmit} role="search" aria-label="Filter alerts" className="app-filter">
        <h2 className="govuk-heading-m">Filter alerts</h2>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            <Radios
              id="status"
              legend="Status"
              inline
              small
              defaultValue={status}
              items={[
                { value: 'open', text: 'Open' },
                { value: 'closed', text: 'Closed' },
              ]}
            />
          </div>
          <div className="govuk-grid-column-two-thirds">
            <Select
              id="rule"
              label="Rule"
              options={[{ value: '', text: 'Any rule' }, ...data.rules.map((rule) => ({ value: rule.code, text: rule.name }))]}
              defaultValue={criteria.rule ?? ''}
            />
          </div>
        </div>
        <div className="govuk-grid-row">
          {data.canFilterByForce && (
            <div className="govuk-grid-column-one-third">
              <Select
                id="forceId"
                label="Force"
                options={[{ value: '', text: 'Any force' }, ...data.forces.map((force) => ({ value: force.id, text: force.name }))]}
                defaultValue={criteria.forceId ?? ''}
              />
            </div>
          )}
          <div className="govuk-grid-column-two-thirds">
            <Checkboxes
              id="mine"
              legend="Whose alerts"
              small
              defaultValues={criteria.mine ? ['true'] : []}
              items={[{ value: 'true', text: 'Only alerts assigned to me' }]}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <SubmitButton variant="secondary" isBusy={navigation.state !== 'idle'}>
            Apply filters
          </SubmitButton>
          {filtered && (
            <Link className="govuk-link" to="/alerts">
              Clear filters
            </Link>
          )}
        </div>
      </form>

      <section aria-labelledby="results-heading">
        <h2 className="govuk-heading-m" id="results-heading" aria-live="polite">
          {resultsHeading(result.total, status)}
        </h2>
        {result.total === 0 ? (
          <p className="govuk-body">
            {filtered ? 'No alerts match these filters. Try removing some of them.' : 'There are no open alerts. The rules run on every new allegation and every night.'}
          </p>
        ) : (
          <>
            {result.items.length > 0 && (
              <p className="govuk-body" data-testid="result-range">
                Showing {first} to {last} of {result.total}
              </p>
            )}
            <AlertsTable data={data} forceName={forceName} />
            <Pagination page={result.page} pageCount={pageCount} hrefFor={(page) => alertQueueHref(criteria, page)} />
          </>
        )}
      </section>

      {data.ageing && <AgeingSection ageing={data.ageing} />}
      {data.fairness && <FairnessSection fairness={data.fairness} />}
    </>
  );
}

export function AlertQueuePage() {
  const data = useLoaderData<typeof alertQueueLoader>();
  const { search } = useLocation();
  // New filters (or back/forward) remount the form so its fields show the URL's values.
  return <AlertQueueContent key={search} data={data} />;
}
