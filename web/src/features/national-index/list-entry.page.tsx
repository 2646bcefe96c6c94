// One Barred or Advisory List entry (/list-checks/entries/:id). Reading it is recorded in the audit log.
import type { MouseEvent } from 'react';
import { Link, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { TForce } from '../../../../shared/contracts.js';
import type { TListEntry } from '../../../../shared/national-index-contracts.js';
import { listForces } from '../../api/forces.api.js';
import { formatDate } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { fullName } from '../people/people.labels.js';
import { forceNameOf, LIST_CHECK_PATH } from './list-check.page.js';
import { getListEntry } from './national-index.api.js';
import { formatListBirthDate, LIST_LABELS } from './national-index.labels.js';

type EntryLoaderData = { entry: TListEntry; forces: TForce[] };

export async function listEntryLoader({ request, params }: LoaderFunctionArgs): Promise<EntryLoaderData> {
  try {
    await requirePermission(request, 'list:check');
    const id = requireId(params, 'id');
    const [entry, forces] = await Promise.all([getListEntry(id, request.signal), listForces(request.signal)]);
    return { entry, forces };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const JURISDICTION_LABELS: Readonly<Record<string, string>> = { 'england-wales': 'England and Wales' };

/** Back to the check results the user came from, or to a new check when the entry was opened directly. */
function BackLink() {
  const navigate = useNavigate();
  const location = useLocation();
  function goBack(event: MouseEvent<HTMLAnchorElement>) {
    if (location.key === 'default') return;
    event.preventDefault();
    void navigate(-1);
  }
  return (
    <Link to={LIST_CHECK_PATH} className="govuk-back-link" onClick={goBack}>
      Back
    </Link>
  );
}

export function ListEntryPage() {
  const { entry, forces } = useLoaderData<typeof listEntryLoader>();
  const name = fullName(entry);
  const list = LIST_LABELS[entry.list];
  usePageTitle(`${name} – ${list} entry`);
  return (
    <>
      <BackLink />
      <span className="govuk-caption-l">{list} entry</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList>
            <SummaryRow label="List">{list}</SummaryRow>
            <SummaryRow label="Given names">{entry.givenNames}</SummaryRow>
            <SummaryRow label="Family name">{entry.familyName}</SummaryRow>
            <SummaryRow label="Other family names">{entry.otherFamilyNames.length > 0 ? entry.otherFamilyNames.join(', ') : 'None recorded'}</SummaryRow>
            <SummaryRow label="Date of birth">{formatListBirthDate(entry.dateOfBirth)}</SummaryRow>
            <SummaryRow label="Last force">{forceNameOf(forces, entry.lastForce)}</SummaryRow>
            <SummaryRow label="Role or rank">{entry.role ?? 'Not recorded'}</SummaryRow>
            <SummaryRow label="Reason">
              <span className="app-pre-wrap">{entry.reason}</span>
            </SummaryRow>
            <SummaryRow label="Date of decision">{formatDate(entry.decidedOn)}</SummaryRow>
            <SummaryRow label="Review possible from">{entry.reviewEligibleOn ? formatDate(entry.reviewEligibleOn) : 'Not applicable'}</SummaryRow>
            <SummaryRow label="Jurisdiction">{JURISDICTION_LABELS[entry.jurisdiction] ?? entry.jurisdiction}</SummaryRow>
            <SummaryRow label="Source">{entry.source === 'warrant' ? 'A case recorded in Warrant' : 'Imported from the list'}</SummaryRow>
          </SummaryList>
        </div>
      </div>
    </>
  );
}
