// Integrity line reports for the handler (/integrity-reports; integrity:handle, the read is audited): the force's
// reports, newest first, with their status, whether the reporter is waiting for a reply, and any case made.
import { Form, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TReportList } from '../../../../shared/integrity-line-contracts.js';
import { OUTCOME_CLASS_LABELS, REPORT_CATEGORY_LABELS, REPORT_STATUS_LABELS, REPORT_STATUSES, type ReportStatus } from '../../../../shared/integrity-line-vocabulary.js';
import { reachOf } from '../../../../shared/policy.js';
import { SubmitButton } from '../../components/button.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { Pagination } from '../../components/pagination.js';
import { Select } from '../../components/select.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { listReports, type ReportCriteria } from './integrity-line.api.js';

export const REPORTS_PATH = '/integrity-reports';
const ANY = 'any';

type ReportsData = { criteria: ReportCriteria; result: TReportList; forceLabel: string };

export function reportCriteriaFrom(params: URLSearchParams): ReportCriteria {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return { status: REPORT_STATUSES.find((s) => s === status), page: Number.isInteger(page) && page > 1 ? page : undefined };
}

export async function reportsLoader({ request }: LoaderFunctionArgs): Promise<ReportsData> {
  try {
    const user = await requirePermission(request, 'integrity:handle');
    const criteria = reportCriteriaFrom(new URL(request.url).searchParams);
    const result = await listReports(criteria, request.signal);
    const forceLabel = reachOf(user, 'integrity:handle') === 'national' || !user.forceName ? 'every force' : user.forceName;
    return { criteria, result, forceLabel };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export const STATUS_TAG: Record<ReportStatus, string> = {
  received: 'govuk-tag--blue',
  assessed: 'govuk-tag--light-blue',
  investigation_opened: 'govuk-tag--yellow',
  closed: 'govuk-tag--grey',
};

export function statusText(status: ReportStatus, outcomeClass: keyof typeof OUTCOME_CLASS_LABELS | null): string {
  return status === 'closed' && outcomeClass ? `Closed: ${OUTCOME_CLASS_LABELS[outcomeClass].toLowerCase()}` : REPORT_STATUS_LABELS[status];
}

export function ReportsPage() {
  const { criteria, result, forceLabel } = useLoaderData<typeof reportsLoader>();
  usePageTitle('Integrity line reports');
  const pageCount = Math.max(1, Math.ceil(result.total / result.pageSize));
  const hrefFor = (page: number) => `${REPORTS_PATH}?${new URLSearchParams({ ...(criteria.status ? { status: criteria.status } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString()}`;
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Integrity line reports</h1>
          <p className="govuk-body">
            Anonymous reports from officers and staff to the counter-corruption unit of {forceLabel}. The reporter has no account and is not identified:
            write to them through the report, and do not try to find out who they are.
          </p>
        </div>
      </div>
      <Form method="get" role="search" aria-label="Filter integrity line reports" className="app-filter">
        <Select
          id="status"
          label="Status"
          defaultValue={criteria.status ?? ANY}
          options={[{ value: ANY, text: 'Any status' }, ...REPORT_STATUSES.map((s) => ({ value: s, text: REPORT_STATUS_LABELS[s] }))]}
        />
        <SubmitButton variant="secondary">Show reports</SubmitButton>
      </Form>
      <h2 className="govuk-heading-m">{result.total === 0 ? 'No reports found' : pluralise(result.total, 'report')}</h2>
      {result.items.length > 0 && (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Integrity line reports matching the filter</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">Received</th>
              <th scope="col" className="govuk-table__header">About</th>
              <th scope="col" className="govuk-table__header">Status</th>
              <th scope="col" className="govuk-table__header">Messages</th>
              <th scope="col" className="govuk-table__header">Handler</th>
              <th scope="col" className="govuk-table__header">Case</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link app-reference" to={`${REPORTS_PATH}/${item.id}`}>
                    {item.reference}
                  </Link>
                </td>
                <td className="govuk-table__cell app-nowrap">{formatDate(item.receivedOn)}</td>
                <td className="govuk-table__cell">{REPORT_CATEGORY_LABELS[item.category]}</td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${STATUS_TAG[item.status]}`}>{statusText(item.status, item.outcomeClass)}</strong>
                </td>
                <td className="govuk-table__cell">
                  {item.messageCount}
                  {item.awaitingReply && (
                    <>
                      {' '}
                      <strong className="govuk-tag govuk-tag--red govuk-!-margin-left-2">Awaiting reply</strong>
                    </>
                  )}
                </td>
                <td className="govuk-table__cell">{item.handlerName ?? 'None yet'}</td>
                <td className="govuk-table__cell">{item.caseReference ?? 'None'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination page={result.page} pageCount={pageCount} hrefFor={hrefFor} />
    </>
  );
}
