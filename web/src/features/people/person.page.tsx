// One person: who they are, their career across forces and the addresses they lived at. The API never returns
// ethnicity or other protected characteristics, so this page cannot show them.
import type { MouseEvent, ReactNode } from 'react';
import { data, Link, useLoaderData, useLocation, useNavigate, type LoaderFunctionArgs } from 'react-router';
import type { TSubjectHistory } from '../../../../shared/case-contracts.js';
import type { TCurrentUser, TEmployment, TPerson, TPersonAddress } from '../../../../shared/contracts.js';
import type { TPersonVetting } from '../../../../shared/vetting-contracts.js';
import { ADDRESS_SOURCE_LABELS } from '../../../../shared/vocabulary.js';
import { formatDate, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { getPersonCases } from '../cases/cases.api.js';
import { CaseHistoryTable, HistoryWarnings } from '../cases/case-panels.js';
import { loadPersonVetting, PersonVettingPanel } from '../vetting/person-vetting-panel.js';
import { recordableSources } from './address-form.js';
import { getPerson } from './people.api.js';
import { EMPLOYMENT_ROLE_LABELS, fullName, LEAVING_REASON_LABELS, NAME_KIND_LABELS, SEX_LABELS } from './people.labels.js';
import { takePersonFlash } from './person-flash.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type PersonLoaderData = { person: TPerson; cases: TSubjectHistory | null; vetting: TPersonVetting | null; user: TCurrentUser; flash: string | null };

export async function personLoader({ request, params }: LoaderFunctionArgs): Promise<PersonLoaderData> {
  try {
    const user = await requirePermission(request, 'person:read');
    // Not an id the register could have issued: the page does not exist (rather than a validation error).
    if (!params.id || !UUID.test(params.id)) throw data(null, { status: 404 });
    // Cases in every force are for those who may read a person's history (PSD, vetting); others see the career only.
    // Vetting as the reader's role may see it (file, status or outcome); no panel for roles that see none.
    const [person, cases, vetting] = await Promise.all([
      getPerson(params.id, request.signal),
      hasPermission(user, 'person:history') ? getPersonCases(params.id, request.signal) : null,
      loadPersonVetting(user, params.id, request.signal),
    ]);
    return { person, cases, vetting, user, flash: takePersonFlash(person.id) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

/** Newest first: current jobs before ended ones, then by start date. */
export function sortCareer(employments: readonly TEmployment[]): TEmployment[] {
  return [...employments].sort((a, b) => {
    if (b.startDate !== a.startDate) return b.startDate.localeCompare(a.startDate);
    return (b.endDate ?? '9999-12-31').localeCompare(a.endDate ?? '9999-12-31');
  });
}

function OtherNames({ person }: { person: TPerson }) {
  const others = person.names.filter((name) => name.kind !== 'current');
  if (others.length === 0) return <>None recorded</>;
  return (
    <ul className="govuk-list">
      {others.map((name) => (
        <li key={`${name.kind}:${name.givenNames}:${name.familyName}`}>
          {fullName(name)} <span className="govuk-hint govuk-!-display-inline">({NAME_KIND_LABELS[name.kind].toLowerCase()})</span>
        </li>
      ))}
    </ul>
  );
}

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}

function CareerTable({ employments }: { employments: readonly TEmployment[] }) {
  if (employments.length === 0) return <p className="govuk-body">No employment recorded.</p>;
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Employment across forces, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Force</th>
          <th scope="col" className="govuk-table__header">Role</th>
          <th scope="col" className="govuk-table__header">Rank</th>
          <th scope="col" className="govuk-table__header">Collar number</th>
          <th scope="col" className="govuk-table__header">Start</th>
          <th scope="col" className="govuk-table__header">End</th>
          <th scope="col" className="govuk-table__header">Leaving reason</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {sortCareer(employments).map((job) => (
          <tr className="govuk-table__row" key={job.id}>
            <td className="govuk-table__cell">{job.forceName}</td>
            <td className="govuk-table__cell">{EMPLOYMENT_ROLE_LABELS[job.role]}</td>
            <td className="govuk-table__cell">{job.rank ?? 'Not recorded'}</td>
            <td className="govuk-table__cell">{job.collarNumber ?? 'Not recorded'}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(job.startDate)}</td>
            <td className="govuk-table__cell app-nowrap">{job.endDate ? formatDate(job.endDate) : 'Current'}</td>
            <td className="govuk-table__cell">
              {job.leavingReason ? LEAVING_REASON_LABELS[job.leavingReason] : job.endDate ? 'Not recorded' : 'Not applicable'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function AddressHistory({ person, user }: { person: TPerson; user: TCurrentUser }) {
  // Offered only when the user may record some source for this person (a force that employed them, for most roles).
  const canRecord = recordableSources(user, person.employments.map((job) => job.forceId)).length > 0;
  return (
    <section aria-labelledby="addresses-heading">
      <h2 className="govuk-heading-m" id="addresses-heading">
        Address history
      </h2>
      <p className="govuk-hint">Postcodes from the HR record and from vetting applications. They are compared when matching records of the same person across forces.</p>
      {person.addresses.length === 0 ? <p className="govuk-body">No address recorded.</p> : <AddressTable addresses={person.addresses} />}
      {canRecord && (
        <Link className="govuk-button govuk-button--secondary" to={`/people/${person.id}/addresses/new`}>
          Record an address
        </Link>
      )}
    </section>
  );
}

function AddressTable({ addresses }: { addresses: readonly TPersonAddress[] }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-visually-hidden">Addresses lived at, newest first</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Postcode</th>
          <th scope="col" className="govuk-table__header">From</th>
          <th scope="col" className="govuk-table__header">To</th>
          <th scope="col" className="govuk-table__header">Recorded from</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {addresses.map((address) => (
          <tr className="govuk-table__row" key={address.id}>
            <td className="govuk-table__cell app-nowrap">{address.postcode}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(address.fromDate)}</td>
            <td className="govuk-table__cell app-nowrap">{address.toDate ? formatDate(address.toDate) : 'Current'}</td>
            <td className="govuk-table__cell">{ADDRESS_SOURCE_LABELS[address.source]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Back to wherever the user came from (usually their search results), or to the search when opened directly. */
function BackLink() {
  const navigate = useNavigate();
  const location = useLocation();
  const hasHistory = location.key !== 'default';
  function goBack(event: MouseEvent<HTMLAnchorElement>) {
    if (!hasHistory) return;
    event.preventDefault();
    void navigate(-1);
  }
  return (
    <Link to="/people" className="govuk-back-link" onClick={goBack}>
      Back
    </Link>
  );
}

function CasesSection({ name, cases }: { name: string; cases: TSubjectHistory }) {
  return (
    <section aria-labelledby="cases-heading">
      <h2 className="govuk-heading-m" id="cases-heading">
        Cases
      </h2>
      <HistoryWarnings history={cases} />
      {cases.items.length === 0 ? (
        <p className="govuk-body">No complaint or misconduct cases are recorded for {name}.</p>
      ) : (
        <CaseHistoryTable items={cases.items} caption={`${pluralise(cases.items.length, 'case')} in every force, newest first`} />
      )}
    </section>
  );
}

export function PersonPage() {
  const { person, cases, vetting, user, flash } = useLoaderData<typeof personLoader>();
  const name = fullName(person);
  usePageTitle(name);
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      <BackLink />
      <span className="govuk-caption-l">Person</span>
      <h1 className="govuk-heading-l">{name}</h1>
      <dl className="govuk-summary-list">
        <SummaryRow label="Name">{name}</SummaryRow>
        <SummaryRow label="Other names">
          <OtherNames person={person} />
        </SummaryRow>
        <SummaryRow label="Date of birth">{formatDate(person.dateOfBirth)}</SummaryRow>
        <SummaryRow label="Sex">{SEX_LABELS[person.sex]}</SummaryRow>
        {person.linkedRecords.length > 0 && (
          <SummaryRow label="Also recorded as">
            <ul className="govuk-list">
              {person.linkedRecords.map((linked) => (
                <li key={linked.id}>
                  <Link className="govuk-link" to={`/people/${linked.id}`}>{linked.name}</Link>
                  {linked.dateOfBirth ? `, born ${formatDate(linked.dateOfBirth)}` : ''}
                  {linked.forceIds.length > 0 ? ` (${linked.forceIds.join(', ')})` : ''}, confirmed the same person on {formatDate(linked.linkedOn)}
                </li>
              ))}
            </ul>
          </SummaryRow>
        )}
      </dl>
      <h2 className="govuk-heading-m">Career</h2>
      <CareerTable employments={person.employments} />
      <AddressHistory person={person} user={user} />
      {cases && <CasesSection name={name} cases={cases} />}
      {vetting && <PersonVettingPanel personId={person.id} vetting={vetting} user={user} />}
    </>
  );
}
