// The appropriate authority's hearing notices (/hearing-notices): the force's misconduct hearings still without a
// notice, to draft one from the register, and every notice with its status and whether the public can see it now.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { THearingCandidate, THearingNoticeSummary } from '../../../../shared/hearing-contracts.js';
import { HEARING_FORM_LABELS, NOTICE_STATUS_LABELS } from '../../../../shared/hearing-vocabulary.js';
import { formatDate, pluralise } from '../../components/format.js';
import { usePageTitle } from '../../components/page-title.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { listHearingCandidates, listHearingNotices } from './hearings.api.js';
import { NOTICE_STATUS_TAGS, noticePath } from './hearings.labels.js';

type NoticesData = { user: TCurrentUser; candidates: THearingCandidate[]; notices: THearingNoticeSummary[] };

export async function hearingNoticesLoader({ request }: LoaderFunctionArgs): Promise<NoticesData> {
  try {
    const user = await requirePermission(request, 'hearing:publish');
    const [candidates, notices] = await Promise.all([listHearingCandidates(request.signal), listHearingNotices(request.signal)]);
    return { user, candidates: candidates.items.filter((c) => c.noticeId === null), notices: notices.items };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

function publicState(notice: THearingNoticeSummary): string {
  if (notice.isOnPublicPage) return `Yes, until ${formatDate(notice.publishUntil)}`;
  if (notice.status === 'published' && notice.publishFrom && notice.publishFrom > new Date().toISOString().slice(0, 10)) return `From ${formatDate(notice.publishFrom)}`;
  return 'No';
}

export function HearingNoticesPage() {
  const { user, candidates, notices } = useLoaderData<typeof hearingNoticesLoader>();
  usePageTitle('Hearing notices');
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Hearing notices</h1>
          <p className="govuk-body">
            Misconduct hearings are held in public. Draft a notice for each hearing, decide to publish it (withholding any detail that must be, with
            the reason), and add the outcome afterwards. A notice is on the public page only for its publication period.
          </p>
          {user.forceId && (
            <p className="govuk-body">
              <Link className="govuk-link" to={`/hearings/${user.forceId}`}>
                See your force’s public page
              </Link>
            </p>
          )}
        </div>
      </div>

      <section aria-labelledby="candidates-heading">
        <h2 className="govuk-heading-m" id="candidates-heading">
          Hearings without a notice
        </h2>
        {candidates.length === 0 ? (
          <p className="govuk-body">Every misconduct hearing arranged in your force’s cases has a notice.</p>
        ) : (
          <table className="govuk-table app-table--compact">
            <caption className="govuk-table__caption govuk-visually-hidden">Misconduct hearings arranged without a notice</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Officer</th>
                <th scope="col" className="govuk-table__header">Case</th>
                <th scope="col" className="govuk-table__header">Hearing</th>
                <th scope="col" className="govuk-table__header">Date</th>
                <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Action</span></th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {candidates.map((c) => (
                <tr className="govuk-table__row" key={c.subjectId}>
                  <td className="govuk-table__cell">{c.officerName}</td>
                  <td className="govuk-table__cell app-nowrap">
                    <Link className="govuk-link" to={`/cases/${c.caseId}`}>
                      {c.caseReference}
                    </Link>
                  </td>
                  <td className="govuk-table__cell">{HEARING_FORM_LABELS[c.form]}</td>
                  <td className="govuk-table__cell app-nowrap">{formatDate(c.hearingOn, 'Not set')}</td>
                  <td className="govuk-table__cell">
                    <Link className="govuk-link" to={`/hearing-notices/new?subjectId=${c.subjectId}`}>
                      Draft a notice<span className="govuk-visually-hidden"> for {c.officerName}, {c.caseReference}</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section aria-labelledby="notices-heading">
        <h2 className="govuk-heading-m" id="notices-heading">
          Notices
        </h2>
        {notices.length === 0 ? (
          <p className="govuk-body">No notices yet.</p>
        ) : (
          <>
            <p className="govuk-body">{pluralise(notices.length, 'notice')}, latest hearing first.</p>
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-visually-hidden">Hearing notices</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Officer</th>
                  <th scope="col" className="govuk-table__header">Case</th>
                  <th scope="col" className="govuk-table__header">Hearing</th>
                  <th scope="col" className="govuk-table__header">Status</th>
                  <th scope="col" className="govuk-table__header">On the public page</th>
                  <th scope="col" className="govuk-table__header">Outcome</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {notices.map((n) => (
                  <tr className="govuk-table__row" key={n.id}>
                    <td className="govuk-table__cell">
                      <Link className="govuk-link" to={noticePath(n.id)}>
                        {n.officerName}
                      </Link>
                      {n.withheldCount > 0 && <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0 app-matched-name">{pluralise(n.withheldCount, 'detail')} withheld</span>}
                    </td>
                    <td className="govuk-table__cell app-nowrap">{n.caseReference}</td>
                    <td className="govuk-table__cell app-nowrap">{formatDate(n.hearingOn)}</td>
                    <td className="govuk-table__cell">
                      <strong className={NOTICE_STATUS_TAGS[n.status]}>{NOTICE_STATUS_LABELS[n.status]}</strong>
                    </td>
                    <td className="govuk-table__cell">{publicState(n)}</td>
                    <td className="govuk-table__cell">{n.hasOutcome ? 'Added' : 'Not yet'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
    </>
  );
}
