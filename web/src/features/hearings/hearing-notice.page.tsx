// One hearing notice (/hearing-notices/:id): its details with what is withheld from the public, the publication
// decision and period, the outcome, its history from the audit trail, and the next steps the notice allows.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { THearingNotice } from '../../../../shared/hearing-contracts.js';
import { HEARING_FORM_LABELS, NOTICE_STATUS_LABELS, WITHHOLDABLE_FIELD_LABELS, type WithholdableField } from '../../../../shared/hearing-vocabulary.js';
import { formatDate, formatDateTime } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { requireId } from '../cases/case-params.js';
import { takeHearingFlash } from './hearing-flash.js';
import { getHearingNotice } from './hearings.api.js';
import { historyLabel, NOTICE_STATUS_TAGS, noticePath } from './hearings.labels.js';

export async function loadNotice({ request, params }: LoaderFunctionArgs): Promise<THearingNotice> {
  await requirePermission(request, 'hearing:publish');
  return getHearingNotice(requireId(params, 'id'), request.signal);
}

export async function hearingNoticeLoader(args: LoaderFunctionArgs): Promise<{ notice: THearingNotice; flash: string | null }> {
  try {
    const notice = await loadNotice(args);
    return { notice, flash: takeHearingFlash(noticePath(notice.id)) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, args.request);
  }
}

function Value({ notice, field, children }: { notice: THearingNotice; field: WithholdableField; children: string }) {
  const withheld = notice.withheldFields.includes(field);
  return (
    <>
      <span className="app-pre-wrap">{children}</span>
      {withheld && (
        <>
          {' '}
          <strong className="govuk-tag govuk-tag--orange">Withheld from the public</strong>
        </>
      )}
    </>
  );
}

export function HearingNoticePage() {
  const { notice, flash } = useLoaderData<typeof hearingNoticeLoader>();
  usePageTitle(`Hearing notice: ${notice.officerName}`);
  const isOpen = notice.status !== 'withdrawn';
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      <Link to="/hearing-notices" className="govuk-back-link">
        Back to hearing notices
      </Link>
      <h1 className="govuk-heading-l">
        <span className="govuk-caption-l">Notice of misconduct hearing, {notice.caseReference}</span>
        {notice.officerName}
      </h1>
      <p className="govuk-body">
        <strong className={NOTICE_STATUS_TAGS[notice.status]}>{NOTICE_STATUS_LABELS[notice.status]}</strong>{' '}
        {notice.isOnPublicPage ? (
          <>
            On the public page until {formatDate(notice.publishUntil)}.{' '}
            <Link className="govuk-link" to={`/hearings/${notice.forceId}`}>
              See the public page
            </Link>
          </>
        ) : (
          'Not on the public page.'
        )}
      </p>

      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h2 className="govuk-heading-m">The notice</h2>
          <SummaryList>
            <SummaryRow label="Officer’s name"><Value notice={notice} field="officerName">{notice.officerName}</Value></SummaryRow>
            <SummaryRow label="Rank"><Value notice={notice} field="rank">{notice.rank ?? 'Not recorded'}</Value></SummaryRow>
            <SummaryRow label="Summary of the allegations"><Value notice={notice} field="allegationSummary">{notice.allegationSummary}</Value></SummaryRow>
            <SummaryRow label="Hearing">{notice.form ? HEARING_FORM_LABELS[notice.form] : 'Not recorded'}</SummaryRow>
            <SummaryRow label="Date of the hearing">{formatDate(notice.hearingOn)}</SummaryRow>
            <SummaryRow label="Venue"><Value notice={notice} field="venue">{notice.venue}</Value></SummaryRow>
            <SummaryRow label="Case">
              <Link className="govuk-link" to={`/cases/${notice.caseId}`}>
                {notice.caseReference}
              </Link>
            </SummaryRow>
          </SummaryList>

          <h2 className="govuk-heading-m">Publication</h2>
          {notice.publishDecisionRationale ? (
            <SummaryList>
              <SummaryRow label="Decided by">{notice.publishedByName ?? 'Not recorded'}</SummaryRow>
              <SummaryRow label="Reasons for publishing"><span className="app-pre-wrap">{notice.publishDecisionRationale}</span></SummaryRow>
              <SummaryRow label="Details withheld">{notice.withheldFields.length === 0 ? 'None' : notice.withheldFields.map((f) => WITHHOLDABLE_FIELD_LABELS[f]).join(', ')}</SummaryRow>
              {notice.withheldReason && <SummaryRow label="Reason for withholding"><span className="app-pre-wrap">{notice.withheldReason}</span></SummaryRow>}
              <SummaryRow label="On the public page">{`${formatDate(notice.publishFrom)} to ${formatDate(notice.publishUntil)}`}</SummaryRow>
            </SummaryList>
          ) : (
            <p className="govuk-body">Not decided yet. The notice is not public until you record the decision to publish it.</p>
          )}

          <h2 className="govuk-heading-m">Outcome</h2>
          {notice.outcomeSummary ? (
            <SummaryList>
              <SummaryRow label="Outcome"><Value notice={notice} field="outcomeSummary">{notice.outcomeSummary}</Value></SummaryRow>
              <SummaryRow label="Date of the outcome">{formatDate(notice.outcomeOn)}</SummaryRow>
            </SummaryList>
          ) : (
            <p className="govuk-body">Not added yet.</p>
          )}

          {isOpen && (
            <div className="govuk-button-group">
              {notice.status === 'draft' && (
                <>
                  <Link className="govuk-button" to={`${noticePath(notice.id)}/publish`}>
                    Decide to publish
                  </Link>
                  <Link className="govuk-button govuk-button--secondary" to={`${noticePath(notice.id)}/edit`}>
                    Change the notice
                  </Link>
                </>
              )}
              <Link className="govuk-button govuk-button--secondary" to={`${noticePath(notice.id)}/outcome`}>
                {notice.outcomeSummary ? 'Change the outcome' : 'Add the outcome'}
              </Link>
              <Link className="govuk-button govuk-button--warning" to={`${noticePath(notice.id)}/withdraw`}>
                Withdraw the notice
              </Link>
            </div>
          )}
        </div>
      </div>

      <section aria-labelledby="history-heading" className="app-case-section">
        <h2 className="govuk-heading-m" id="history-heading">
          History
        </h2>
        <ol className="app-timeline">
          {notice.history.map((event, index) => (
            <li className="app-timeline__item" key={`${event.at}-${index}`}>
              <h3 className="govuk-heading-s app-timeline__title">{historyLabel(event.action)}</h3>
              <p className="govuk-body-s app-timeline__meta">
                <span className="app-nowrap">{formatDateTime(event.at)}</span> by {event.actorName ?? 'Warrant'}
              </p>
              {event.note && <p className="govuk-body app-pre-wrap">{event.note}</p>}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
