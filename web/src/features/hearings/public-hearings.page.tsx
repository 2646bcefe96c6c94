// The public pages of misconduct hearings (/hearings and /hearings/:forceId), for anyone, without signing in.
// Misconduct hearings are held in public (Police (Conduct) Regulations 2020): each force publishes a notice before
// the hearing and the outcome afterwards. A notice shows only for its publication period, and a detail the force
// withheld reaches this page as nothing at all: the page says "Not published" in its place.
import { data, Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TPublicHearingNotice } from '../../../../shared/hearing-contracts.js';
import { isApiError } from '../../api/client.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { listPublicHearingForces, listPublicHearings } from './hearings.api.js';
import { WITHHELD_TEXT } from './hearings.labels.js';

export async function publicHearingForcesLoader({ request }: LoaderFunctionArgs) {
  return listPublicHearingForces(request.signal);
}

export function PublicHearingForcesPage() {
  const { forces } = useLoaderData<typeof publicHearingForcesLoader>();
  usePageTitle('Police misconduct hearings');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Police misconduct hearings</h1>
        <p className="govuk-body">
          Misconduct hearings for police officers in England and Wales are held in public. Each police force publishes a notice before a hearing,
          with the officer’s name and rank, what is alleged, and when and where it will be held, and the outcome afterwards.
        </p>
        <p className="govuk-body">
          A force may decide not to publish some details, for example to protect a complainant or a witness. Notices stay on the force’s page
          for a set time after the hearing.
        </p>
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Choose a police force</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Police force</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Notices published</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {forces.map((force) => (
              <tr className="govuk-table__row" key={force.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/hearings/${force.id}`}>
                    {force.name}
                  </Link>
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{force.notices}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

export async function publicForceHearingsLoader({ request, params }: LoaderFunctionArgs) {
  const forceId = params.forceId ?? '';
  if (!/^[A-Za-z0-9]{1,10}$/.test(forceId)) throw data(null, { status: 404 });
  try {
    return await listPublicHearings(forceId.toUpperCase(), request.signal);
  } catch (error) {
    if (isApiError(error) && error.status === 404) throw data(null, { status: 404 });
    throw error;
  }
}

function Detail({ label, value }: { label: string; value: string | null }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value === null ? <span className="govuk-hint govuk-!-margin-bottom-0">{WITHHELD_TEXT}</span> : <span className="app-pre-wrap">{value}</span>}</dd>
    </div>
  );
}

function NoticeCard({ notice, headingLevel }: { notice: TPublicHearingNotice; headingLevel: 'h3' }) {
  const Heading = headingLevel;
  const withheld = (field: TPublicHearingNotice['withheld'][number]) => notice.withheld.includes(field);
  const title = notice.officerName ?? 'Officer’s name not published';
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <Heading className="govuk-summary-card__title">
          {title}, {formatDate(notice.hearingOn)}
        </Heading>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <Detail label="Officer" value={notice.officerName} />
          <Detail label="Rank" value={withheld('rank') ? null : notice.rank ?? 'Not recorded'} />
          <Detail label="What is alleged" value={notice.allegationSummary} />
          <Detail label="Date of the hearing" value={formatDate(notice.hearingOn)} />
          <Detail label="Venue" value={notice.venue} />
          {(notice.outcomeOn || withheld('outcomeSummary')) && (
            <>
              <Detail label="Outcome" value={notice.outcomeSummary ?? (withheld('outcomeSummary') ? null : 'Not yet published')} />
              {notice.outcomeOn && <Detail label="Date of the outcome" value={formatDate(notice.outcomeOn)} />}
            </>
          )}
          <Detail label="On this page until" value={formatDate(notice.availableUntil)} />
        </dl>
      </div>
    </div>
  );
}

export function PublicForceHearingsPage() {
  const { forceName, asOf, notices } = useLoaderData<typeof publicForceHearingsLoader>();
  usePageTitle(`${forceName}: misconduct hearings`);
  const upcoming = notices.filter((n) => n.hearingOn >= asOf);
  const held = notices.filter((n) => n.hearingOn < asOf).reverse();
  return (
    <>
      <Link to="/hearings" className="govuk-back-link">
        All police forces
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">
            <span className="govuk-caption-xl">{forceName}</span>
            Misconduct hearings
          </h1>
          <p className="govuk-body">
            Notices of misconduct hearings held in public by {forceName}, and their outcomes. Where a detail says “{WITHHELD_TEXT}”, the force decided
            not to publish it, for example to protect a complainant or a witness.
          </p>
          <section aria-labelledby="upcoming-heading">
            <h2 className="govuk-heading-l" id="upcoming-heading">
              Hearings to come
            </h2>
            {upcoming.length === 0 ? <p className="govuk-body">No hearings are to come at the moment.</p> : <p className="govuk-body">{pluralise(upcoming.length, 'hearing')}, soonest first.</p>}
            {upcoming.map((notice) => (
              <NoticeCard key={notice.id} notice={notice} headingLevel="h3" />
            ))}
          </section>
          <section aria-labelledby="held-heading">
            <h2 className="govuk-heading-l" id="held-heading">
              Hearings held and their outcomes
            </h2>
            {held.length === 0 ? <p className="govuk-body">No recent hearings to show.</p> : <p className="govuk-body">{pluralise(held.length, 'hearing')}, most recent first.</p>}
            {held.map((notice) => (
              <NoticeCard key={notice.id} notice={notice} headingLevel="h3" />
            ))}
          </section>
        </div>
      </div>
    </>
  );
}
