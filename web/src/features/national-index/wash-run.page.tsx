// One data wash (/data-wash/:id): its progress while it runs, refreshed every few seconds, then its summary and
// the way to the possible matches it found. The status sentence sits in a polite live region, so a screen reader
// hears progress without losing its place.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser, TForce } from '../../../../shared/contracts.js';
import type { TWashRun } from '../../../../shared/national-index-contracts.js';
import { listForces } from '../../api/forces.api.js';
import { formatDateTime, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { queuePathFor } from './match-review-form.js';
import { getWashRun } from './national-index.api.js';
import { washProgress, washStatusMessage, WASH_STATUS_LABELS, washStatusTagClass } from './national-index.labels.js';
import { usePollWhile } from './use-poll-while.js';
import { WASH_PATH, workforceOf } from './wash-runs.page.js';

type RunLoaderData = { run: TWashRun; forces: TForce[]; user: TCurrentUser };

export async function washRunLoader({ request, params }: LoaderFunctionArgs): Promise<RunLoaderData> {
  try {
    const user = await requirePermission(request, 'wash:run');
    const id = requireId(params, 'id');
    const [run, forces] = await Promise.all([getWashRun(id, request.signal), listForces(request.signal)]);
    return { run, forces, user };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function NextStep({ run, user }: { run: TWashRun; user: TCurrentUser }) {
  if (run.status !== 'completed') return null;
  if (run.hits === 0) return <p className="govuk-body">Nobody in the workforce matched an entry on the lists or an open case in another force.</p>;
  if (!hasPermission(user, 'match:review')) return <p className="govuk-body">A reviewer in the force will decide each possible match.</p>;
  return (
    <Link className="govuk-button" to={queuePathFor({ status: 'open', washRunId: run.id })}>
      Review the {pluralise(run.hits, 'possible match', 'possible matches')}
    </Link>
  );
}

export function WashRunPage() {
  const data = useLoaderData<typeof washRunLoader>();
  const { run, forces, user } = data;
  const workforce = workforceOf(forces, run.forceId);
  const progress = washProgress(run);
  const isRunning = run.status === 'running';
  usePageTitle(`Data wash of ${workforce}`);
  usePollWhile(isRunning, data);
  return (
    <>
      <Link to={WASH_PATH} className="govuk-back-link">
        Back to data wash
      </Link>
      <span className="govuk-caption-l">Data wash</span>
      <h1 className="govuk-heading-l">{workforce}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <div role="status" aria-live="polite" aria-atomic="true" className="govuk-inset-text" data-testid="wash-status">
            {washStatusMessage(run)}
          </div>
          <label className="govuk-label" htmlFor="wash-progress">
            Progress: {progress.percent}%
          </label>
          <progress id="wash-progress" className="govuk-!-width-full govuk-!-margin-bottom-6" max={100} value={progress.percent}>
            {progress.percent}%
          </progress>
          {isRunning && <p className="govuk-hint">This page updates itself every few seconds until the wash has finished.</p>}
          <h2 className="govuk-heading-m">Summary</h2>
          <SummaryList>
            <SummaryRow label="Status">
              <strong className={washStatusTagClass(run.status)}>{WASH_STATUS_LABELS[run.status]}</strong>
            </SummaryRow>
            <SummaryRow label="Workforce">{workforce}</SummaryRow>
            <SummaryRow label="Started">{formatDateTime(run.startedAt)}</SummaryRow>
            <SummaryRow label="Finished">{run.finishedAt ? formatDateTime(run.finishedAt) : 'Not yet'}</SummaryRow>
            <SummaryRow label="People checked">
              {run.processed.toLocaleString('en-GB')} of {run.total.toLocaleString('en-GB')}
            </SummaryRow>
            <SummaryRow label="Possible matches found">{run.hits.toLocaleString('en-GB')}</SummaryRow>
            {run.error && <SummaryRow label="Error">{run.error}</SummaryRow>}
          </SummaryList>
          <NextStep run={run} user={user} />
        </div>
      </div>
    </>
  );
}
