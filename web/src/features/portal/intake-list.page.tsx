// Public complaints waiting for staff (/intake): the force's intake, or the triage queue of complaints whose
// force the complainant did not know, which every force's intake staff see so one of them can route it.
import { Form, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TIntakeList } from '../../../../shared/portal-contracts.js';
import { COMPLAINT_STATUS_LABELS, COMPLAINT_STATUSES, type ComplaintStatus } from '../../../../shared/portal-vocabulary.js';
import { reachOf } from '../../../../shared/policy.js';
import { SubmitButton } from '../../components/button.js';
import { Radios } from '../../components/choice-fields.js';
import { formatDate, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { Select } from '../../components/select.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { takeIntakeFlash } from './intake-flash.js';
import { listIntake, type IntakeCriteria } from './portal.api.js';

type IntakeListData = { criteria: IntakeCriteria; result: TIntakeList; forceLabel: string; flash: string | null };

const ANY = 'any';

/** The filters from the URL. Without a status, only complaints still to deal with are shown. */
export function intakeCriteriaFrom(params: URLSearchParams): IntakeCriteria {
  const queue = params.get('queue') === 'triage' ? 'triage' : 'force';
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    queue,
    status: status === ANY ? undefined : (COMPLAINT_STATUSES.find((s) => s === status) ?? 'received'),
    page: Number.isInteger(page) && page > 1 ? page : undefined,
  };
}

export async function intakeListLoader({ request }: LoaderFunctionArgs): Promise<IntakeListData> {
  try {
    const user = await requirePermission(request, 'intake:triage');
    const criteria = intakeCriteriaFrom(new URL(request.url).searchParams);
    const result = await listIntake(criteria, request.signal);
    const forceLabel = reachOf(user, 'intake:triage') === 'national' || !user.forceName ? 'Every force’s intake' : `${user.forceName} intake`;
    return { criteria, result, forceLabel, flash: takeIntakeFlash() };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const STATUS_TAG: Record<ComplaintStatus, string> = {
  received: 'govuk-tag--blue',
  recorded_as_case: 'govuk-tag--green',
  closed_without_case: 'govuk-tag--grey',
};

export function IntakeListPage() {
  const { criteria, result, forceLabel, flash } = useLoaderData<typeof intakeListLoader>();
  usePageTitle('Public complaints');
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const hrefFor = (page: number) => `/intake?${new URLSearchParams({ queue: criteria.queue, status: criteria.status ?? ANY, ...(page > 1 ? { page: String(page) } : {}) }).toString()}`;
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Public complaints</h1>
          <p className="govuk-body">
            Complaints made through the public complaint form. Record each one as a case, or close it with a reason the complainant will see.
            Complaints whose force the complainant did not know wait in the triage queue, which every force’s professional standards department
            sees: send each one to the force that should deal with it.
          </p>
        </div>
      </div>
      <Form method="get" role="search" aria-label="Filter public complaints" className="app-filter">
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <Radios
              id="queue"
              legend="Queue"
              small
              defaultValue={criteria.queue}
              items={[
                { value: 'force', text: forceLabel },
                { value: 'triage', text: 'Triage: force not known' },
              ]}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              id="status"
              label="Status"
              defaultValue={criteria.status ?? ANY}
              options={[...COMPLAINT_STATUSES.map((s) => ({ value: s, text: COMPLAINT_STATUS_LABELS[s] })), { value: ANY, text: 'Any status' }]}
            />
          </div>
        </div>
        <SubmitButton variant="secondary">Show complaints</SubmitButton>
      </Form>
      <h2 className="govuk-heading-m">{result.total === 0 ? 'No complaints found' : pluralise(result.total, 'complaint')}</h2>
      {result.items.length > 0 && (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Public complaints matching the filters</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">Received</th>
              <th scope="col" className="govuk-table__header">About</th>
              <th scope="col" className="govuk-table__header">What happened</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link app-nowrap" to={`/intake/${item.id}`}>
                    {item.reference}
                  </Link>
                  <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">{item.forceName ?? 'Force not known'}</span>
                </td>
                <td className="govuk-table__cell app-nowrap">{formatDate(item.receivedOn)}</td>
                <td className="govuk-table__cell">{[item.officerName, item.collarNumber].filter(Boolean).join(', ') || 'Not known'}</td>
                <td className="govuk-table__cell app-break-word">
                  {item.excerpt}
                  {item.excerpt.length >= 200 ? '…' : ''}
                </td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${STATUS_TAG[item.status]}`}>{COMPLAINT_STATUS_LABELS[item.status]}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={result.page} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}
