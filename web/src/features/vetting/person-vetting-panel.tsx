// The vetting panel on a person's page, cut to the reader's role by the API (GET /api/people/:id/vetting): the
// vetting unit sees the file (clearances with conditions, applications, reviews with their trigger), PSD only
// the status, HR only outcomes to act on. Anyone else gets 403 and sees no panel at all.
import { Link } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TPersonVetting } from '../../../../shared/vetting-contracts.js';
import {
  APPLICATION_KIND_LABELS, APPLICATION_STATE_LABELS, CLEARANCE_STATUS_LABELS, DECISION_OUTCOME_LABELS, REVIEW_STATE_LABELS, REVIEW_TRIGGER_LABELS,
} from '../../../../shared/vetting-vocabulary.js';
import { NATIONAL_SECURITY_PATH } from './national-security-clearance.page.js';
import { isApiError } from '../../api/client.js';
import { formatDate } from '../../components/format.js';
import { hasPermission } from '../auth/session.js';
import { applicationHref } from './application-tasks.js';
import { getPersonVetting } from './vetting.api.js';
import { applicationStateTag, clearanceStatusTag, reviewStateTag } from './vetting.labels.js';

const READS_VETTING = ['vetting:read', 'vetting:status', 'vetting:outcome'] as const;

/** The person's vetting as this user may see it, or null when their role sees none of it. */
export async function loadPersonVetting(user: TCurrentUser, personId: string, signal?: AbortSignal): Promise<TPersonVetting | null> {
  if (!READS_VETTING.some((action) => hasPermission(user, action))) return null;
  try {
    return await getPersonVetting(personId, signal);
  } catch (error) {
    // 404: the person is outside the reader's force for vetting; either way there is nothing to show.
    if (isApiError(error) && (error.status === 403 || error.status === 404)) return null;
    throw error;
  }
}

const VIEW_INTROS: Record<TPersonVetting['view'], string> = {
  file: 'The vetting file in your force.',
  status: 'Whether this person is cleared and under review. The vetting file itself is for the vetting unit.',
  outcome: 'Vetting outcomes HR must act on. The vetting file itself is for the vetting unit.',
};

export function PersonVettingPanel({ personId, vetting, user }: { personId: string; vetting: TPersonVetting; user: TCurrentUser }) {
  const isFile = vetting.view === 'file';
  // Reviews and integrity reviews are for clearances Warrant manages, not national security ones.
  const hasLiveClearance = vetting.clearances.some((c) => !c.nationalSecurity && (c.status === 'active' || c.status === 'expiring' || c.status === 'under_review'));
  const canRecord = isFile && hasPermission(user, 'vetting:record');
  return (
    <section aria-labelledby="vetting-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="vetting-heading">
        Vetting
      </h2>
      <p className="govuk-body">{VIEW_INTROS[vetting.view]}</p>
      <h3 className="govuk-heading-s">Clearances</h3>
      {vetting.clearances.length === 0 ? (
        <p className="govuk-body">No vetting clearance recorded.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Vetting clearances</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header">Force</th>
              <th scope="col" className="govuk-table__header">Granted</th>
              <th scope="col" className="govuk-table__header">Expires</th>
              <th scope="col" className="govuk-table__header">Status</th>
              {isFile && <th scope="col" className="govuk-table__header">Conditions or sponsor</th>}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {vetting.clearances.map((c) => (
              <tr className="govuk-table__row" key={c.id}>
                <td className="govuk-table__cell">
                  {c.level}
                  {c.nationalSecurity && <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">National security clearance (recorded, not managed here)</span>}
                </td>
                <td className="govuk-table__cell">{c.forceId}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(c.grantedOn)}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(c.expiresOn, 'No expiry')}</td>
                <td className="govuk-table__cell">
                  <strong className={clearanceStatusTag(c.status)}>{CLEARANCE_STATUS_LABELS[c.status]}</strong>
                </td>
                {isFile && (
                  <td className="govuk-table__cell">
                    {c.nationalSecurity ? (
                      <span className="app-pre-wrap">Sponsor: {c.sponsor ?? 'Not recorded'}</span>
                    ) : c.conditions && c.conditions.length > 0 ? (
                      <ul className="govuk-list govuk-body-s">
                        {c.conditions.map((condition) => (
                          <li key={condition} className="app-pre-wrap">
                            {condition}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      'None'
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {vetting.view !== 'status' && (
        <>
          <h3 className="govuk-heading-s">Applications</h3>
          {vetting.applications.length === 0 ? (
            <p className="govuk-body">{isFile ? 'No vetting application recorded.' : 'No decided application.'}</p>
          ) : (
            <table className="govuk-table app-table--compact">
              <caption className="govuk-table__caption govuk-visually-hidden">Vetting applications</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Reference</th>
                  <th scope="col" className="govuk-table__header">Level</th>
                  <th scope="col" className="govuk-table__header">Kind</th>
                  <th scope="col" className="govuk-table__header">Opened</th>
                  <th scope="col" className="govuk-table__header">State</th>
                  <th scope="col" className="govuk-table__header">Outcome</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {vetting.applications.map((a) => (
                  <tr className="govuk-table__row" key={a.id}>
                    <td className="govuk-table__cell app-nowrap">
                      {isFile ? (
                        <Link className="govuk-link" to={applicationHref(a.id)}>
                          {a.reference}
                        </Link>
                      ) : (
                        a.reference
                      )}
                    </td>
                    <td className="govuk-table__cell">{a.level}</td>
                    <td className="govuk-table__cell">{APPLICATION_KIND_LABELS[a.kind]}</td>
                    <td className="govuk-table__cell app-nowrap">{formatDate(a.openedOn)}</td>
                    <td className="govuk-table__cell">
                      <strong className={applicationStateTag(a.state)}>{APPLICATION_STATE_LABELS[a.state]}</strong>
                    </td>
                    <td className="govuk-table__cell">{a.outcome ? `${DECISION_OUTCOME_LABELS[a.outcome]} (${formatDate(a.decidedOn)})` : 'Not decided'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}

      <h3 className="govuk-heading-s">Reviews</h3>
      {vetting.reviews.length === 0 ? (
        <p className="govuk-body">{vetting.view === 'outcome' ? 'No withdrawal to act on.' : 'No vetting review recorded.'}</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Vetting reviews</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Opened</th>
              {isFile && <th scope="col" className="govuk-table__header">Trigger</th>}
              <th scope="col" className="govuk-table__header">State</th>
              <th scope="col" className="govuk-table__header">HR action</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {vetting.reviews.map((r) => (
              <tr className="govuk-table__row" key={r.id}>
                <td className="govuk-table__cell app-nowrap">
                  {isFile ? (
                    <Link className="govuk-link" to={`/vetting/reviews/${r.id}`}>
                      {formatDate(r.openedOn)}
                      <span className="govuk-visually-hidden"> review</span>
                    </Link>
                  ) : (
                    formatDate(r.openedOn)
                  )}
                </td>
                {isFile && <td className="govuk-table__cell">{r.trigger ? REVIEW_TRIGGER_LABELS[r.trigger] : 'Not recorded'}</td>}
                <td className="govuk-table__cell">
                  <strong className={reviewStateTag(r.state)}>{REVIEW_STATE_LABELS[r.state]}</strong>
                </td>
                <td className="govuk-table__cell">
                  {r.hrActionRecordedOn
                    ? `Recorded ${formatDate(r.hrActionRecordedOn)}`
                    : r.hrActionRequired ? (vetting.view === 'outcome' ? <Link className="govuk-link" to="/vetting/hr-actions">Required: record it</Link> : 'Required') : 'None'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {canRecord && (
        <div className="govuk-button-group">
          <Link className="govuk-button govuk-button--secondary" to={`/vetting/applications/new?personId=${personId}`}>
            Open a vetting application
          </Link>
          {hasLiveClearance && (
            <>
              <Link className="govuk-button govuk-button--secondary" to={`/vetting/reviews/new?personId=${personId}`}>
                Open a vetting review
              </Link>
              <Link className="govuk-button govuk-button--secondary" to={`/vetting/integrity-reviews/new?personId=${personId}`}>
                Record an integrity review
              </Link>
            </>
          )}
          <Link className="govuk-button govuk-button--secondary" to={`${NATIONAL_SECURITY_PATH}?personId=${personId}`}>
            Record a national security clearance
          </Link>
        </div>
      )}
    </section>
  );
}
