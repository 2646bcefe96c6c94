// The data wash (/data-wash): recent runs in the user's scope with their progress, and the way to start one.
// While any run is still going, the page asks for progress every few seconds.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TForce } from '../../../../shared/contracts.js';
import type { TWashRun } from '../../../../shared/national-index-contracts.js';
import { listForces } from '../../api/forces.api.js';
import { formatDateTime } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { listWashRuns } from './national-index.api.js';
import { isAnyRunning, washProgress, WASH_STATUS_LABELS, washStatusTagClass } from './national-index.labels.js';
import { usePollWhile } from './use-poll-while.js';

export const WASH_PATH = '/data-wash';

type RunsLoaderData = { runs: TWashRun[]; forces: TForce[] };

export async function washRunsLoader({ request }: LoaderFunctionArgs): Promise<RunsLoaderData> {
  try {
    await requirePermission(request, 'wash:run');
    const [runs, forces] = await Promise.all([listWashRuns(request.signal), listForces(request.signal)]);
    return { runs, forces };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

/** Which workforce a run checks: one force's, or every force's for a national run. */
export function workforceOf(forces: readonly TForce[], forceId: string | null): string {
  if (!forceId) return 'Every force';
  return forces.find((force) => force.id === forceId)?.name ?? forceId;
}

function RunsTable({ runs, forces }: RunsLoaderData) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">Recent runs, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Started</th>
          <th scope="col" className="govuk-table__header">Workforce</th>
          <th scope="col" className="govuk-table__header">Status</th>
          <th scope="col" className="govuk-table__header">Progress</th>
          <th scope="col" className="govuk-table__header govuk-table__header--numeric">Possible matches</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {runs.map((run) => {
          const progress = washProgress(run);
          return (
            <tr className="govuk-table__row" key={run.id}>
              <td className="govuk-table__cell">
                <Link className="govuk-link" to={`${WASH_PATH}/${run.id}`}>
                  {formatDateTime(run.startedAt)}
                </Link>
              </td>
              <td className="govuk-table__cell">{workforceOf(forces, run.forceId)}</td>
              <td className="govuk-table__cell">
                <strong className={washStatusTagClass(run.status)}>{WASH_STATUS_LABELS[run.status]}</strong>
              </td>
              <td className="govuk-table__cell">
                {progress.checked} ({progress.percent}%)
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{run.hits.toLocaleString('en-GB')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function WashRunsPage() {
  const data = useLoaderData<typeof washRunsLoader>();
  usePageTitle('Data wash');
  usePollWhile(isAnyRunning(data.runs), data);
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Data wash</h1>
          <p className="govuk-body">
            A data wash checks everyone currently employed against the Barred and Advisory Lists and against open cases in other forces. What it finds goes
            to the possible matches for a person to review.
          </p>
          <Link className="govuk-button" to={`${WASH_PATH}/new`}>
            Start a data wash
          </Link>
        </div>
      </div>
      {data.runs.length === 0 ? <p className="govuk-body">No data wash has been run yet.</p> : <RunsTable {...data} />}
    </>
  );
}
