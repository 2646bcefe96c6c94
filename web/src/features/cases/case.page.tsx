// One case (/cases/:id): what it is, who complained, and per subject the stages of their matter, their
// allegations and restrictions, and the steps this user may take now; then the timeline of every decision.
// Everything people typed (summary, allegations, rationales, conditions) is rendered as text, never as HTML.
import { Link, useLoaderData, type LoaderFunctionArgs } from 'react-router';
import type { TCurrentUser } from '../../../../shared/contracts.js';
import type { TCase } from '../../../../shared/case-contracts.js';
import { formatDate, formatDateTime, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { hasPermission, requirePermission, rethrowUnlessSignedIn } from '../auth/session.js';
import { getCase, type TCaseEvent, type TCaseSubject } from './cases.api.js';
import { takeCaseFlash } from './case-flash.js';
import { requireId } from './case-params.js';
import { subjectStages, type Stage } from './case-stages.js';
import { IOPC_CATEGORY_LABELS, STANDARD_LABELS } from '../../../../shared/case-vocabulary.js';
import {
  ACTION_LABELS, APPEAL_RESULT_LABELS, APPEAL_TO_LABELS, caseToAnswerLabel, EVENT_LABELS, INVESTIGATION_TYPE_LABELS, IOPC_DECISION_LABELS, isTransitionAction,
  labelFor, outcomeLabel, PARTY_KIND_LABELS, PROCEEDINGS_FORM_LABELS, RESTRICTION_KIND_LABELS, REVIEW_BODY_LABELS, REVIEW_OUTCOME_LABELS, severityLabel,
  SOURCE_LABELS, stateLabel, stateTagClass, tagLabel,
} from './cases.labels.js';

type CaseLoaderData = { case: TCase; user: TCurrentUser; flash: string | null };

export async function caseLoader({ request, params }: LoaderFunctionArgs): Promise<CaseLoaderData> {
  try {
    const user = await requirePermission(request, 'case:read');
    const caseId = requireId(params, 'id');
    const found = await getCase(caseId, request.signal);
    return { case: found, user, flash: takeCaseFlash(caseId) };
  } catch (error) {
    return rethrowUnlessSignedIn(error, request);
  }
}

const yesNo = (value: boolean | null, empty = 'Not decided'): string => (value === null ? empty : value ? 'Yes' : 'No');

function StateTag({ state }: { state: string }) {
  return <strong className={stateTagClass(state)}>{stateLabel(state)}</strong>;
}

function StageStatusText({ stage, id }: { stage: Stage; id: string }) {
  switch (stage.status) {
    case 'completed':
      return <div className="govuk-task-list__status" id={id}>Completed</div>;
    case 'to_do':
      return (
        <div className="govuk-task-list__status" id={id}>
          <strong className="govuk-tag">To do</strong>
        </div>
      );
    case 'in_progress':
      return (
        <div className="govuk-task-list__status" id={id}>
          <strong className="govuk-tag govuk-tag--yellow">In progress</strong>
        </div>
      );
    default: {
      const text = { optional: 'Optional', cannot_start_yet: 'Cannot start yet', not_needed: 'Not needed', withdrawn: 'Withdrawn' }[stage.status];
      return <div className="govuk-task-list__status govuk-task-list__status--cannot-start-yet" id={id}>{text}</div>;
    }
  }
}

function StageList({ subjectIndex, stages }: { subjectIndex: number; stages: readonly Stage[] }) {
  return (
    <ul className="govuk-task-list">
      {stages.map((stage) => {
        const statusId = `subject-${subjectIndex}-stage-${stage.key}-status`;
        return (
          <li className="govuk-task-list__item" key={stage.key}>
            <div className="govuk-task-list__name-and-hint">
              <div>{stage.name}</div>
            </div>
            <StageStatusText stage={stage} id={statusId} />
          </li>
        );
      })}
    </ul>
  );
}

function SubjectActions({ caseData, subject, user }: { caseData: TCase; subject: TCaseSubject; user: TCurrentUser }) {
  const base = `/cases/${caseData.id}/subjects/${subject.id}`;
  const forName = <span className="govuk-visually-hidden"> for {subject.name}</span>;
  const isOpen = subject.state !== 'closed' && subject.state !== 'withdrawn';
  const steps = subject.allowedActions.filter(isTransitionAction);
  const mainSteps = steps.filter((action) => action !== 'withdraw');
  const canServeNotice = subject.state === 'under_investigation' && hasPermission(user, 'case:investigate');
  const canRestrict = isOpen && hasPermission(user, 'case:decide');
  if (steps.length === 0 && !canServeNotice && !canRestrict) {
    return <p className="govuk-body">There is nothing for you to decide for {subject.name} at this stage.</p>;
  }
  return (
    <div className="govuk-button-group">
      {canServeNotice && (
        <Link className={`govuk-button${subject.regulation17ServedOn ? ' govuk-button--secondary' : ''}`} to={`${base}/regulation-17-notice`}>
          Serve the Regulation 17 notice{forName}
        </Link>
      )}
      {mainSteps.map((action, index) => (
        <Link key={action} className={`govuk-button${index === 0 && !(canServeNotice && !subject.regulation17ServedOn) ? '' : ' govuk-button--secondary'}`} to={`${base}/${action}`}>
          {ACTION_LABELS[action]}
          {forName}
        </Link>
      ))}
      {canRestrict && (
        <Link className="govuk-button govuk-button--secondary" to={`${base}/restriction`}>
          Record a restriction{forName}
        </Link>
      )}
      {steps.includes('withdraw') && (
        <Link className="govuk-button govuk-button--warning" to={`${base}/withdraw`}>
          {ACTION_LABELS.withdraw}
          {forName}
        </Link>
      )}
    </div>
  );
}

function AllegationCard({ allegation, index, subjectName }: { allegation: TCaseSubject['allegations'][number]; index: number; subjectName: string }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h4 className="govuk-summary-card__title">
          Allegation {index + 1}
          <span className="govuk-visually-hidden"> against {subjectName}</span>
        </h4>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList>
          <SummaryRow label="What is alleged">
            <span className="app-pre-wrap">{allegation.description}</span>
          </SummaryRow>
          <SummaryRow label="When">{formatDate(allegation.occurredOn)}</SummaryRow>
          <SummaryRow label="Where">{allegation.place ?? 'Not recorded'}</SummaryRow>
          <SummaryRow label="Standard">{labelFor(STANDARD_LABELS, allegation.standard)}</SummaryRow>
          <SummaryRow label="IOPC category">{labelFor(IOPC_CATEGORY_LABELS, allegation.iopcCategory)}</SummaryRow>
          <SummaryRow label="Thematic tags">
            {allegation.tags.length === 0 ? 'None' : (
              <ul className="govuk-list">
                {allegation.tags.map((tag) => <li key={tag}>{tagLabel(tag)}</li>)}
              </ul>
            )}
            <span className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">Classified under definitions version {allegation.tagDefinitionsVersion}</span>
          </SummaryRow>
          <SummaryRow label="Case to answer">{yesNo(allegation.caseToAnswer)}</SummaryRow>
        </SummaryList>
      </div>
    </div>
  );
}

function RestrictionsTable({ subject, caseId, canReview }: { subject: TCaseSubject; caseId: string; canReview: boolean }) {
  if (subject.restrictions.length === 0) return <p className="govuk-body">No suspension, redeployment or restricted duties recorded.</p>;
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-visually-hidden">Restrictions on {subject.name}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Restriction</th>
          <th scope="col" className="govuk-table__header">Conditions</th>
          <th scope="col" className="govuk-table__header">Decided</th>
          <th scope="col" className="govuk-table__header">Review due</th>
          <th scope="col" className="govuk-table__header">Ended</th>
          {canReview && <th scope="col" className="govuk-table__header"><span className="govuk-visually-hidden">Actions</span></th>}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {subject.restrictions.map((restriction) => (
          <tr className="govuk-table__row" key={restriction.id}>
            <td className="govuk-table__cell">{labelFor(RESTRICTION_KIND_LABELS, restriction.kind)}</td>
            <td className="govuk-table__cell app-pre-wrap">{restriction.conditions}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(restriction.decidedOn)}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(restriction.reviewOn)}</td>
            <td className="govuk-table__cell app-nowrap">{formatDate(restriction.endedOn, 'In force')}</td>
            {canReview && (
              <td className="govuk-table__cell">
                {!restriction.endedOn && (
                  <Link className="govuk-link" to={`/cases/${caseId}/restrictions/${restriction.id}/review`}>
                    Review<span className="govuk-visually-hidden"> the {labelFor(RESTRICTION_KIND_LABELS, restriction.kind).toLowerCase()}</span>
                  </Link>
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function proceedingsText(subject: TCaseSubject): string {
  if (!subject.proceedingsForm) return 'Not arranged';
  return `${labelFor(PROCEEDINGS_FORM_LABELS, subject.proceedingsForm)} on ${formatDate(subject.proceedingsOn)}`;
}

function SubjectSection({ caseData, subject, index, user }: { caseData: TCase; subject: TCaseSubject; index: number; user: TCurrentUser }) {
  const headingId = `subject-${index}-heading`;
  const stages = subjectStages(subject, caseData.events, caseData.source === 'public_complaint');
  return (
    <section aria-labelledby={headingId} className="app-case-section">
      <h2 className="govuk-heading-l" id={headingId}>
        <span className="govuk-caption-m">Subject {caseData.subjects.length > 1 ? index + 1 : ''}</span>
        {hasPermission(user, 'person:read') ? (
          <Link className="govuk-link" to={`/people/${subject.personId}`}>
            {subject.name}
          </Link>
        ) : (
          subject.name
        )}
      </h2>
      <SummaryList>
        <SummaryRow label="Stage">
          <StateTag state={subject.state} />
        </SummaryRow>
        <SummaryRow label="Current force">{subject.currentForceName ?? 'None (not currently employed)'}</SummaryRow>
        <SummaryRow label="Former officer">{subject.formerOfficer ? 'Yes' : 'No'}</SummaryRow>
        <SummaryRow label="Severity">{severityLabel(subject.severity, 'Not assessed')}</SummaryRow>
        <SummaryRow label="IOPC referral">{subject.iopcReferred === null ? 'Not decided' : subject.iopcReferred ? 'Referred' : 'Not referred'}</SummaryRow>
        <SummaryRow label="Investigation">{labelFor(INVESTIGATION_TYPE_LABELS, subject.investigationType, 'Not started')}</SummaryRow>
        <SummaryRow label="Regulation 17 notice">
          {subject.regulation17ServedOn
            ? `Served ${formatDate(subject.regulation17ServedOn)}; response due ${formatDate(subject.regulation17ResponseDue)}`
            : 'Not served'}
        </SummaryRow>
        <SummaryRow label="Case to answer">{caseToAnswerLabel(subject.caseToAnswer, 'Not decided')}</SummaryRow>
        <SummaryRow label="Meeting or hearing">{proceedingsText(subject)}</SummaryRow>
        <SummaryRow label="Outcome">{subject.outcome ? `${outcomeLabel(subject.outcome)} (${formatDate(subject.outcomeOn)})` : 'None yet'}</SummaryRow>
        <SummaryRow label="Live until">{formatDate(subject.liveUntil, 'Not applicable')}</SummaryRow>
      </SummaryList>

      <h3 className="govuk-heading-m">Stages</h3>
      <StageList subjectIndex={index} stages={stages} />

      <h3 className="govuk-heading-m">What you can do now</h3>
      <SubjectActions caseData={caseData} subject={subject} user={user} />

      <h3 className="govuk-heading-m">Allegations</h3>
      {subject.allegations.map((allegation, allegationIndex) => (
        <AllegationCard key={allegation.id} allegation={allegation} index={allegationIndex} subjectName={subject.name} />
      ))}

      <h3 className="govuk-heading-m">Restrictions</h3>
      <RestrictionsTable subject={subject} caseId={caseData.id} canReview={hasPermission(user, 'case:decide')} />
    </section>
  );
}

function PartiesSection({ parties }: { parties: NonNullable<TCase['parties']> }) {
  return (
    <section aria-labelledby="parties-heading" className="app-case-section">
      <h2 className="govuk-heading-l" id="parties-heading">
        Complainants and witnesses
      </h2>
      {parties.length === 0 ? (
        <p className="govuk-body">None recorded.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Complainants and witnesses</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Name</th>
              <th scope="col" className="govuk-table__header">Role</th>
              <th scope="col" className="govuk-table__header">Email address</th>
              <th scope="col" className="govuk-table__header">Phone</th>
              <th scope="col" className="govuk-table__header">Accessibility needs</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {parties.map((party) => (
              <tr className="govuk-table__row" key={party.id}>
                <td className="govuk-table__cell">{party.name}</td>
                <td className="govuk-table__cell">{labelFor(PARTY_KIND_LABELS, party.kind)}</td>
                <td className="govuk-table__cell app-break-word">{party.email ?? 'Not given'}</td>
                <td className="govuk-table__cell">{party.phone ?? 'Not given'}</td>
                <td className="govuk-table__cell app-pre-wrap">{party.accessibilityNeeds ?? 'None given'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * What an event decided, in words, from the details the server recorded with it. Referral criteria are named by the
 * labels the case carries for them (those its tags suggest); any other criterion by its code in words.
 */
export function eventDetails(event: TCaseEvent, criterionLabels: Readonly<Record<string, string>> = {}): string[] {
  const data = event.data ?? {};
  const text = (key: string): string | null => (typeof data[key] === 'string' ? String(data[key]) : null);
  const details: string[] = [];
  const severity = text('severity');
  if (severity) details.push(`Severity: ${severityLabel(severity)}`);
  const likely = text('likelyProceedings');
  if (likely) details.push(`Likely proceedings: ${labelFor(PROCEEDINGS_FORM_LABELS, likely)}`);
  if (typeof data.referred === 'boolean') details.push(data.referred ? 'Referred to the IOPC' : 'Not referred to the IOPC');
  const criteria = Array.isArray(data.criteria) ? data.criteria.filter((c): c is string => typeof c === 'string') : [];
  if (criteria.length > 0) details.push(`Criteria: ${criteria.map((c) => labelFor(criterionLabels, c)).join(', ')}`);
  const iopcDecision = text('iopcDecision');
  if (iopcDecision) details.push(`IOPC decision: ${labelFor(IOPC_DECISION_LABELS, iopcDecision)}`);
  const investigationType = text('investigationType');
  if (investigationType) details.push(labelFor(INVESTIGATION_TYPE_LABELS, investigationType));
  const decision = text('decision');
  if (decision) details.push(caseToAnswerLabel(decision));
  if (typeof data.bringProceedings === 'boolean' && decision) details.push(data.bringProceedings ? 'Proceedings to be brought' : 'No proceedings');
  const form = text('form');
  if (form) details.push(`${labelFor(PROCEEDINGS_FORM_LABELS, form)} on ${formatDate(text('proceedingsOn'))}; notice served ${formatDate(text('noticeServedOn'))}`);
  const publicNoticeOn = text('publicNoticeOn');
  if (publicNoticeOn) details.push(`Public notice ${formatDate(publicNoticeOn)}`);
  const outcome = text('outcome');
  if (outcome && event.action !== 'decide_appeal' && !event.action.startsWith('complainant_review')) details.push(`Outcome: ${outcomeLabel(outcome)}`);
  const liveUntil = text('liveUntil');
  if (liveUntil) details.push(`Live until ${formatDate(liveUntil)}`);
  const appealTo = text('appealTo');
  if (appealTo) details.push(labelFor(APPEAL_TO_LABELS, appealTo));
  const result = text('result');
  if (result) details.push(`${labelFor(APPEAL_RESULT_LABELS, result)}${outcome ? ` (${outcomeLabel(outcome)})` : ''}`);
  const responseDue = text('responseDue');
  if (responseDue) details.push(`Response due ${formatDate(responseDue)}`);
  const reviewOn = text('reviewOn');
  if (reviewOn) details.push(`Review due ${formatDate(reviewOn)}`);
  const body = text('body');
  if (body) details.push(`Review by the ${labelFor(REVIEW_BODY_LABELS, body)}`);
  if (data.departsFromNorm === true) details.push('Departs from comparable cases');
  const reviewOutcome = event.action === 'complainant_review_decided' ? outcome : null;
  if (reviewOutcome) details.push(labelFor(REVIEW_OUTCOME_LABELS, reviewOutcome));
  return details;
}

function Timeline({ caseData }: { caseData: TCase }) {
  const events = [...caseData.events].reverse();
  const subjectName = (id: string | null) => caseData.subjects.find((s) => s.id === id)?.name;
  const several = caseData.subjects.length > 1;
  const criterionLabels = Object.fromEntries(caseData.subjects.flatMap((s) => s.suggestedReferralCriteria.map((c) => [c.code, c.label])));
  return (
    <section aria-labelledby="timeline-heading" className="app-case-section">
      <h2 className="govuk-heading-l" id="timeline-heading">
        Timeline
      </h2>
      <p className="govuk-body">{pluralise(events.length, 'event')}, newest first.</p>
      <ol className="app-timeline">
        {events.map((event) => {
          const name = several ? subjectName(event.subjectId) : undefined;
          const details = eventDetails(event, criterionLabels);
          return (
            <li className="app-timeline__item" key={event.id}>
              <h3 className="govuk-heading-s app-timeline__title">
                {labelFor(EVENT_LABELS, event.action)}
                {name ? ` – ${name}` : ''}
              </h3>
              <p className="govuk-body-s app-timeline__meta">
                <span className="app-nowrap">{formatDate(event.decidedOn)}</span>
                {event.decidedBy ? <> by {event.decidedBy}</> : null}
                <span className="govuk-visually-hidden">, recorded {formatDateTime(event.at)}</span>
              </p>
              {(event.fromState || event.toState) && (
                <p className="govuk-body-s">
                  {event.fromState ? (
                    <>
                      {stateLabel(event.fromState)} <span aria-hidden="true">→</span>
                      <span className="govuk-visually-hidden"> to </span> {event.toState ? stateLabel(event.toState) : ''}
                    </>
                  ) : (
                    <>Stage: {event.toState ? stateLabel(event.toState) : ''}</>
                  )}
                </p>
              )}
              {details.length > 0 && (
                <ul className="govuk-list govuk-body-s">
                  {details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
              {event.rationale && <p className="govuk-body app-pre-wrap">{event.rationale}</p>}
              {event.historyAcknowledged && <strong className="govuk-tag govuk-tag--green">History acknowledged</strong>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function reviewText(review: TCase['complainantReview']): string {
  if (!review) return 'None requested';
  const requested = `Requested from the ${labelFor(REVIEW_BODY_LABELS, review.body)} on ${formatDate(review.requestedOn)}`;
  return review.outcome ? `${requested}; ${labelFor(REVIEW_OUTCOME_LABELS, review.outcome).toLowerCase()} on ${formatDate(review.decidedOn)}` : `${requested}; not yet decided`;
}

export function CasePage() {
  const { case: caseData, user, flash } = useLoaderData<typeof caseLoader>();
  usePageTitle(`Case ${caseData.reference}`);
  const canDecide = hasPermission(user, 'case:decide');
  const isComplaint = caseData.source === 'public_complaint';
  const lpbDue = caseData.clocks.localPolicingBodyReportDue;
  return (
    <>
      {flash && (
        <NotificationBanner type="success">
          <p className="govuk-notification-banner__heading">{flash}</p>
        </NotificationBanner>
      )}
      <Link to="/cases" className="govuk-back-link">
        Back to cases
      </Link>
      <span className="govuk-caption-l">Case</span>
      <h1 className="govuk-heading-l">
        {caseData.reference}
        {caseData.restricted && (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--red app-heading-tag">Restricted</strong>
          </>
        )}
      </h1>
      <SummaryList hasActions={canDecide}>
        <SummaryRow label="Force">{caseData.forceName}</SummaryRow>
        <SummaryRow label="Source">{labelFor(SOURCE_LABELS, caseData.source)}</SummaryRow>
        <SummaryRow label="Received">{formatDate(caseData.receivedOn)}</SummaryRow>
        <SummaryRow label="Days open">{caseData.clocks.daysOpen}</SummaryRow>
        <SummaryRow label="Restricted">
          {caseData.restricted ? <strong className="govuk-tag govuk-tag--red">Restricted to counter-corruption</strong> : 'No'}
        </SummaryRow>
        <SummaryRow
          label="Report to local policing body"
          action={canDecide && lpbDue ? (
            <Link className="govuk-link" to={`/cases/${caseData.id}/local-policing-body-report`}>
              Record<span className="govuk-visually-hidden"> a report to the local policing body</span>
            </Link>
          ) : undefined}
        >
          {lpbDue ? `Due ${formatDate(lpbDue)}` : 'Not due: no investigation is open'}
        </SummaryRow>
        {isComplaint && (
          <SummaryRow
            label="Complainant review"
            action={canDecide ? (
              <Link className="govuk-link" to={`/cases/${caseData.id}/complainant-review`}>
                Record<span className="govuk-visually-hidden"> a complainant review</span>
              </Link>
            ) : undefined}
          >
            {reviewText(caseData.complainantReview)}
          </SummaryRow>
        )}
        <SummaryRow label="Summary">
          <span className="app-pre-wrap">{caseData.summary}</span>
        </SummaryRow>
      </SummaryList>

      {caseData.parties !== null && <PartiesSection parties={caseData.parties} />}

      {caseData.subjects.map((subject, index) => (
        <SubjectSection key={subject.id} caseData={caseData} subject={subject} index={index} user={user} />
      ))}

      <Timeline caseData={caseData} />
    </>
  );
}
