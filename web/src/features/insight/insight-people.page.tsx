// The people behind the repeat distribution (/insight/people): named people with two or more allegations in the
// period, for roles that act on them (never analysts). Each viewing is audited; no protected characteristic is shown.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TRepeatDrilldown } from '../../../../shared/insight-contracts.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { getRepeatDrilldown } from './insight.api.js';
import { criteriaFrom, searchOf, type InsightCriteria } from './insight-format.js';

type PeopleLoaderData = { criteria: InsightCriteria; drilldown: TRepeatDrilldown; canOpenPeople: boolean };

const STATUS_LABELS = { dismissed: 'Dismissed', serving: 'Still serving', left: 'Left' } as const;

export async function insightPeopleLoader({ request }: LoaderFunctionArgs): Promise<PeopleLoaderData> {
  try {
    const user = await requirePermission(request, 'insight:drilldown');
    const thisYear = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric' }).format(new Date()));
    const criteria = criteriaFrom(new URL(request.url).searchParams, thisYear);
    const drilldown = await getRepeatDrilldown(criteria, request.signal);
    return { criteria, drilldown, canOpenPeople: hasPermission(user, 'person:read') };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

export function InsightPeoplePage() {
  const { criteria, drilldown, canOpenPeople } = useLoaderData<typeof insightPeopleLoader>();
  usePageTitle('People with repeat allegations');
  const { scope } = drilldown;
  return (
    <>
      <Link to={`/insight${searchOf(criteria)}#repeat-distribution`} className="govuk-back-link">
        Back to Insight
      </Link>
      <h1 className="govuk-heading-l">People with {drilldown.minAllegations} or more allegations</h1>
      <p className="govuk-body">
        {scope.forceName}, cases received {formatDate(scope.from)} to {formatDate(scope.to)}. Your viewing of this list is recorded in the audit trail.
      </p>
      {drilldown.people.length === 0 ? (
        <p className="govuk-body">No one in scope has {drilldown.minAllegations} or more allegations in this period.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {drilldown.people.length} {drilldown.people.length === 1 ? 'person' : 'people'}, most allegations first
            {drilldown.truncated ? ' (the first 500 only)' : ''}
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Forces</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Allegations</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Cases</th>
              <th scope="col" className="govuk-table__header">Now</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {drilldown.people.map((p) => (
              <tr className="govuk-table__row" key={p.personId}>
                <th scope="row" className="govuk-table__header">
                  {canOpenPeople ? <Link className="govuk-link" to={`/people/${p.personId}`}>{p.name}</Link> : p.name}
                </th>
                <td className="govuk-table__cell">{p.forces.join(', ')}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{p.allegations}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{p.cases}</td>
                <td className="govuk-table__cell">{STATUS_LABELS[p.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
