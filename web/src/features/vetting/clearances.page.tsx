// Clearance lists (/vetting/clearances?status=…): expiring (with the renewal reminder due), lapsed, under review,
// withdrawn, and grants whose risk-mitigation conditions are due for review. One list at a time, chosen by links.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { CLEARANCE_STATUS_LABELS } from '../../../../shared/vetting-vocabulary.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { listClearances, type ClearanceListStatus, type TClearanceList } from './vetting.api.js';
import { isOneOf } from './vetting-form-reader.js';
import { CLEARANCE_LIST_DESCRIPTIONS, CLEARANCE_LIST_LABELS, clearanceStatusTag } from './vetting.labels.js';

const STATUSES: readonly ClearanceListStatus[] = ['expiring', 'lapsed', 'under_review', 'withdrawn', 'conditions_due'];

/** The list asked for in the URL; an unknown or missing one shows the expiring list. */
export function clearanceStatusFrom(params: URLSearchParams): ClearanceListStatus {
  const status = params.get('status') ?? '';
  return isOneOf(STATUSES, status) ? status : 'expiring';
}

type ClearancesData = { status: ClearanceListStatus; result: TClearanceList };

export async function clearancesLoader({ request }: LoaderFunctionArgs): Promise<ClearancesData> {
  try {
    await requirePermission(request, 'vetting:read');
    const status = clearanceStatusFrom(new URL(request.url).searchParams);
    return { status, result: await listClearances(status, request.signal) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function ClearancesPage() {
  const { status, result } = useLoaderData<typeof clearancesLoader>();
  const title = `Clearances: ${CLEARANCE_LIST_LABELS[status].toLowerCase()}`;
  usePageTitle(title);
  const showConditions = status === 'conditions_due';
  return (
    <>
      <Link to="/vetting" className="govuk-back-link">
        Back to vetting
      </Link>
      <span className="govuk-caption-l">Vetting</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <nav aria-label="Clearance lists">
        <ul className="govuk-list">
          {STATUSES.map((s) => (
            <li key={s}>
              {s === status ? (
                <strong aria-current="page">{CLEARANCE_LIST_LABELS[s]}</strong>
              ) : (
                <Link className="govuk-link" to={`/vetting/clearances?status=${s}`}>
                  {CLEARANCE_LIST_LABELS[s]}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </nav>
      <p className="govuk-body">{CLEARANCE_LIST_DESCRIPTIONS[status]}</p>
      <p className="govuk-body">{result.items.length === 0 ? 'None.' : pluralise(result.items.length, 'clearance')}</p>
      {result.items.length > 0 && (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">{title}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Person</th>
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header">Granted</th>
              <th scope="col" className="govuk-table__header">Expires</th>
              <th scope="col" className="govuk-table__header">Status</th>
              {showConditions && <th scope="col" className="govuk-table__header">Conditions</th>}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {result.items.map((item) => (
              <tr className="govuk-table__row" key={item.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/people/${item.personId}`}>
                    {item.personName}
                  </Link>
                </td>
                <td className="govuk-table__cell">{item.level}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(item.grantedOn)}</td>
                <td className="govuk-table__cell app-nowrap">
                  {formatDate(item.expiresOn, 'No expiry')}
                  {item.reminderDue !== null && <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">{item.reminderDue}-day renewal reminder due</span>}
                </td>
                <td className="govuk-table__cell">
                  <strong className={clearanceStatusTag(item.status)}>{CLEARANCE_STATUS_LABELS[item.status]}</strong>
                </td>
                {showConditions && (
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-body-s">
                      {item.conditions.map((condition) => (
                        <li key={condition} className="app-pre-wrap">
                          {condition}
                        </li>
                      ))}
                    </ul>
                    <span className="govuk-body-s">Review was due {formatDate(item.conditionsReviewOn)}</span>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
