// Overdue and time in stage (/cases/oversight): open and overdue cases per force and per investigator, and how
// long open matters have been at each stage, for managers who need to see where cases are stuck.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TForce } from '../../../../shared/contracts.js';
import { listForces } from '../../api/forces.api.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { getOverdueSummary, type TOverdueSummary } from './cases.api.js';
import { isSubjectState, stateLabel } from './cases.labels.js';

type OversightLoaderData = { summary: TOverdueSummary; forces: TForce[] };

export async function caseOversightLoader({ request }: LoaderFunctionArgs): Promise<OversightLoaderData> {
  try {
    await requirePermission(request, 'case:list');
    const [summary, forces] = await Promise.all([getOverdueSummary(request.signal), listForces(request.signal)]);
    return { summary, forces };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const days = (value: number | null): string => (value === null ? 'Not known' : value.toLocaleString('en-GB', { maximumFractionDigits: 1 }));

function NumericHeaders({ names }: { names: readonly string[] }) {
  return (
    <>
      {names.map((name) => (
        <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={name}>
          {name}
        </th>
      ))}
    </>
  );
}

export function CaseOversightPage() {
  const { summary, forces } = useLoaderData<typeof caseOversightLoader>();
  usePageTitle('Overdue and time in stage');
  const forceName = (id: string) => forces.find((force) => force.id === id)?.name ?? id;
  return (
    <>
      <Link to="/cases" className="govuk-back-link">
        Back to cases
      </Link>
      <h1 className="govuk-heading-l">Overdue and time in stage</h1>
      <p className="govuk-body">
        Open cases you can see, as at {formatDate(summary.today)}. A case is overdue when something on it is past due: a restriction review, a
        Barred or Advisory List report, or a report to the local policing body.
      </p>

      <OpenAndOverdueTable
        caption="By force"
        rowHeader="Force"
        rows={summary.byForce.map((row) => ({ key: row.forceId, name: forceName(row.forceId), open: row.open, overdue: row.overdue }))}
      />
      <OpenAndOverdueTable
        caption="By investigator"
        rowHeader="Investigator"
        rows={summary.byInvestigator.map((row) => ({ key: row.investigatorId ?? 'unassigned', name: row.investigatorName ?? 'Not assigned', open: row.open, overdue: row.overdue }))}
      />

      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Time in stage</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Stage</th>
            <NumericHeaders names={['Open matters', 'Median days at this stage', 'Longest (days)']} />
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {summary.timeInStage.length === 0 && (
            <tr className="govuk-table__row">
              <td className="govuk-table__cell" colSpan={4}>No open matters.</td>
            </tr>
          )}
          {summary.timeInStage.map((row) => (
            <tr className="govuk-table__row" key={row.state}>
              <th scope="row" className="govuk-table__header">
                {isSubjectState(row.state) ? (
                  <Link className="govuk-link" to={`/cases?state=${row.state}`}>
                    {stateLabel(row.state)}
                  </Link>
                ) : (
                  stateLabel(row.state)
                )}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.open}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{days(row.medianDays)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{days(row.maxDays)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Open and overdue cases per force or per investigator: the same table with a different first column. */
function OpenAndOverdueTable({ caption, rowHeader, rows }: { caption: string; rowHeader: string; rows: { key: string; name: string; open: number; overdue: number }[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">{rowHeader}</th>
          <NumericHeaders names={['Open cases', 'Overdue']} />
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.length === 0 && (
          <tr className="govuk-table__row">
            <td className="govuk-table__cell" colSpan={3}>No open cases.</td>
          </tr>
        )}
        {rows.map((row) => (
          <tr className="govuk-table__row" key={row.key}>
            <th scope="row" className="govuk-table__header">{row.name}</th>
            <td className="govuk-table__cell govuk-table__cell--numeric">{row.open}</td>
            <td className="govuk-table__cell govuk-table__cell--numeric">{row.overdue}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
