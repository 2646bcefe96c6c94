// Pieces the vetting pages share: the frame of a form page, the success banner, the task list, the timeline, an
// adverse item, the decision, and the person's history in every force. Everything people typed is rendered as
// text, never as HTML.
import { Fragment, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { TVettingApplication } from '../../../../shared/vetting-contracts.js';
import {
  ADVERSE_CATEGORY_LABELS, CLEARANCE_STATUS_LABELS, DECISION_OUTCOME_LABELS,
} from '../../../../shared/vetting-vocabulary.js';
import { DateInput, isoToDateParts, todayIso } from '../../components/date-input.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { describedBy, ErrorMessage } from '../../components/error-message.js';
import { errorFor, type FormError } from '../../components/form-errors.js';
import { formatDate, pluralise } from '../../components/format.js';
import { NotificationBanner } from '../../components/notification-banner.js';
import { usePageTitle } from '../../components/page-title.js';
import { SummaryList, SummaryRow } from '../../components/summary-list.js';
import { caseToAnswerLabel, labelFor, outcomeLabel, stateLabel, tagLabel } from '../cases/cases.labels.js';
import { fieldId } from '../cases/case-form-errors.js';
import { EMPLOYMENT_ROLE_LABELS, LEAVING_REASON_LABELS } from '../people/people.labels.js';
import type { Task } from './application-tasks.js';
import type { TAdverseItem, TVettingEvent } from './vetting.api.js';
import { ADVERSE_DISPOSAL_LABELS, clearanceStatusTag } from './vetting.labels.js';

export const message = (errors: readonly FormError[], field: string): string | undefined => errorFor(errors, field)?.message;

/** The frame of a vetting form page: error summary, back link, caption, heading and a two-thirds column. */
export function FormFrame({ title, caption, backHref, backText, errors, children }: {
  title: string;
  caption: string;
  backHref: string;
  backText: string;
  errors: readonly FormError[];
  children: ReactNode;
}) {
  usePageTitle(`${title} – ${caption}`, errors.length > 0);
  return (
    <>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <Link to={backHref} className="govuk-back-link">
        {backText}
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">{caption}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
        </div>
      </div>
    </>
  );
}

/** Shown instead of a form when its step is not open to this user now (the record moved on, or it is not theirs). */
export function NotOpen({ reason, backHref, backText }: { reason: string; backHref: string; backText: string }) {
  return (
    <>
      <p className="govuk-body">{reason}</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={backHref}>
          {backText}
        </Link>
      </p>
    </>
  );
}

export function SuccessBanner({ message: text }: { message: string | null }) {
  if (!text) return null;
  return (
    <NotificationBanner type="success">
      <p className="govuk-notification-banner__heading">{text}</p>
    </NotificationBanner>
  );
}

export function DateField({ path, legend, hint, errors, defaultIso }: { path: string; legend: string; hint?: string; errors: readonly FormError[]; defaultIso?: string | null }) {
  const error = errorFor(errors, path);
  return (
    <DateInput
      id={fieldId(path)}
      legend={legend}
      hint={hint ?? 'For example, 27 3 2026'}
      error={error?.message}
      errorParts={error?.parts}
      defaultValue={defaultIso ? isoToDateParts(defaultIso) : undefined}
    />
  );
}

/** "Date decided", today unless changed. */
export function DecidedOnField({ errors, legend = 'Date decided', hint, defaultIso }: { errors: readonly FormError[]; legend?: string; hint?: string; defaultIso?: string | null }) {
  return <DateField path="decidedOn" legend={legend} hint={hint ?? 'It cannot be in the future. For example, 27 3 2026'} errors={errors} defaultIso={defaultIso ?? todayIso()} />;
}

export function TaskList({ idPrefix, tasks }: { idPrefix: string; tasks: readonly Task[] }) {
  return (
    <ul className="govuk-task-list">
      {tasks.map((task) => {
        const statusId = `${idPrefix}-${task.key}-status`;
        const hintId = task.hint ? `${idPrefix}-${task.key}-hint` : undefined;
        const describedBy = [hintId, statusId].filter(Boolean).join(' ');
        return (
          <li className={`govuk-task-list__item${task.href ? ' govuk-task-list__item--with-link' : ''}`} key={task.key}>
            <div className="govuk-task-list__name-and-hint">
              {task.href ? (
                <Link className="govuk-link govuk-task-list__link" to={task.href} aria-describedby={describedBy}>
                  {task.name}
                </Link>
              ) : (
                <div>{task.name}</div>
              )}
              {task.hint && (
                <div id={hintId} className="govuk-task-list__hint app-pre-wrap">
                  {task.hint}
                </div>
              )}
            </div>
            <div className={`govuk-task-list__status${task.status.kind === 'cannot-start' ? ' govuk-task-list__status--cannot-start-yet' : ''}`} id={statusId}>
              {task.status.kind === 'tag' ? <strong className={task.status.tagClass}>{task.status.text}</strong> : task.status.text}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

export function AdverseItemCard({ item, index, action }: { item: TAdverseItem; index: number; action?: ReactNode }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          Adverse item {index + 1}: {ADVERSE_CATEGORY_LABELS[item.category]}
        </h3>
        {action}
      </div>
      <div className="govuk-summary-card__content">
        {item.presumptionOfRefusal && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              This raises a presumption of refusal (Vetting Code of Practice 2023): a grant needs an explicit rebuttal.
            </strong>
          </div>
        )}
        <SummaryList>
          <SummaryRow label="Conviction or caution">{ADVERSE_DISPOSAL_LABELS[item.disposal]}</SummaryRow>
          <SummaryRow label="Date">{formatDate(item.occurredOn)}</SummaryRow>
          <SummaryRow label="Source">
            <span className="app-pre-wrap">{item.source}</span>
          </SummaryRow>
          <SummaryRow label="Description">
            <span className="app-pre-wrap">{item.description}</span>
          </SummaryRow>
          <SummaryRow label="How it was weighed">
            <span className="app-pre-wrap">{item.weighing ?? 'Not yet weighed'}</span>
          </SummaryRow>
        </SummaryList>
      </div>
    </div>
  );
}

function approvalText(application: TVettingApplication, decision: NonNullable<TVettingApplication['decision']>): string {
  if (decision.approvedByName) return `Approved by ${decision.approvedByName} on ${formatDate(decision.approvedOn)}`;
  if (application.state === 'awaiting_approval') return `Waiting for a vetting manager other than ${decision.decidedByName ?? 'the decider'}`;
  return decision.outcome === 'refused' ? 'Not needed for a refusal' : application.adverseItems.length === 0 ? 'Not needed: no adverse information' : 'None';
}

export function DecisionSummary({ application }: { application: TVettingApplication }) {
  const { decision } = application;
  if (!decision) return null;
  return (
    <section aria-labelledby="decision-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="decision-heading">
        Decision
      </h2>
      <SummaryList>
        <SummaryRow label="Outcome">{DECISION_OUTCOME_LABELS[decision.outcome]}</SummaryRow>
        <SummaryRow label="Decided by">{`${decision.decidedByName ?? 'Not recorded'} on ${formatDate(decision.decidedOn)}`}</SummaryRow>
        <SummaryRow label="Rationale">
          <span className="app-pre-wrap">{decision.rationale}</span>
        </SummaryRow>
        {decision.rebuttal && (
          <SummaryRow label="Why the presumption of refusal is rebutted">
            <span className="app-pre-wrap">{decision.rebuttal}</span>
          </SummaryRow>
        )}
        {decision.outcome === 'granted_with_conditions' && (
          <>
            <SummaryRow label="Conditions">
              <ul className="govuk-list govuk-list--bullet">
                {decision.conditions.map((condition) => (
                  <li key={condition} className="app-pre-wrap">
                    {condition}
                  </li>
                ))}
              </ul>
            </SummaryRow>
            <SummaryRow label="Conditions reviewed on">{formatDate(decision.conditionsReviewOn)}</SummaryRow>
          </>
        )}
        <SummaryRow label="Second approval">{approvalText(application, decision)}</SummaryRow>
        {decision.outcome === 'refused' && (
          <SummaryRow label="Appeal window">{decision.appealDueBy ? `The applicant may appeal until ${formatDate(decision.appealDueBy)}` : 'Closed'}</SummaryRow>
        )}
      </SummaryList>
    </section>
  );
}

export type TimelineEntry = { id: string; title: string; on: string; by: string | null; details: string[]; rationale: string | null };

export function Timeline({ entries }: { entries: readonly TimelineEntry[] }) {
  return (
    <section aria-labelledby="timeline-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="timeline-heading">
        Timeline
      </h2>
      <p className="govuk-body">{pluralise(entries.length, 'event')}, newest first.</p>
      <ol className="app-timeline">
        {entries.map((entry) => (
          <li className="app-timeline__item" key={entry.id}>
            <h3 className="govuk-heading-s app-timeline__title">{entry.title}</h3>
            <p className="govuk-body-s app-timeline__meta">
              <span className="app-nowrap">{formatDate(entry.on)}</span>
              {entry.by ? <> by {entry.by}</> : null}
            </p>
            {entry.details.length > 0 && (
              <ul className="govuk-list govuk-body-s">
                {entry.details.map((detail) => (
                  <li key={detail}>{detail}</li>
                ))}
              </ul>
            )}
            {entry.rationale && <p className="govuk-body app-pre-wrap">{entry.rationale}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Newest first, as a timeline reads. */
export function timelineOf(events: readonly TVettingEvent[], labels: Readonly<Record<string, string>>, details: (event: TVettingEvent) => string[]): TimelineEntry[] {
  return [...events].reverse().map((event) => ({
    id: event.id,
    title: labelFor(labels, event.action),
    on: event.actedOn,
    by: event.actorName,
    details: details(event),
    rationale: event.rationale,
  }));
}

export function PersonHistory({ history, name }: { history: TVettingApplication['history']; name: string }) {
  return (
    <section aria-labelledby="history-heading" className="app-case-section">
      <h2 className="govuk-heading-m" id="history-heading">
        History in every force
      </h2>
      <p className="govuk-body">Everything Warrant holds on {name} in any force, including cases with no case to answer.</p>
      <h3 className="govuk-heading-s">Employment</h3>
      {history.employments.length === 0 ? (
        <p className="govuk-body">No employment recorded.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Employment in every force</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Force</th>
              <th scope="col" className="govuk-table__header">Role</th>
              <th scope="col" className="govuk-table__header">Rank</th>
              <th scope="col" className="govuk-table__header">Start</th>
              <th scope="col" className="govuk-table__header">End</th>
              <th scope="col" className="govuk-table__header">Leaving reason</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {history.employments.map((job) => (
              <tr className="govuk-table__row" key={`${job.forceId}-${job.startDate}-${job.role}`}>
                <td className="govuk-table__cell">{job.forceName}</td>
                <td className="govuk-table__cell">{labelFor(EMPLOYMENT_ROLE_LABELS, job.role)}</td>
                <td className="govuk-table__cell">{job.rank ?? 'Not recorded'}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(job.startDate)}</td>
                <td className="govuk-table__cell app-nowrap">{job.endDate ? formatDate(job.endDate) : 'Current'}</td>
                <td className="govuk-table__cell">{job.leavingReason ? labelFor(LEAVING_REASON_LABELS, job.leavingReason) : 'Not applicable'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="govuk-heading-s">Complaint and misconduct cases</h3>
      {history.cases.length === 0 ? (
        <p className="govuk-body">No complaint or misconduct case in any force.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Complaint and misconduct cases in every force</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Reference</th>
              <th scope="col" className="govuk-table__header">Force</th>
              <th scope="col" className="govuk-table__header">Received</th>
              <th scope="col" className="govuk-table__header">Stage</th>
              <th scope="col" className="govuk-table__header">Case to answer</th>
              <th scope="col" className="govuk-table__header">Outcome</th>
              <th scope="col" className="govuk-table__header">Thematic tags</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {history.cases.map((c) => (
              <tr className="govuk-table__row" key={c.caseReference}>
                <td className="govuk-table__cell app-nowrap">{c.caseReference}</td>
                <td className="govuk-table__cell">{c.forceName}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(c.receivedOn)}</td>
                <td className="govuk-table__cell">{stateLabel(c.state)}</td>
                <td className="govuk-table__cell">{caseToAnswerLabel(c.caseToAnswer, 'Not decided')}</td>
                <td className="govuk-table__cell">{outcomeLabel(c.outcome, 'None')}</td>
                <td className="govuk-table__cell">{c.tags.length > 0 ? c.tags.map(tagLabel).join(', ') : 'None'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="govuk-heading-s">Clearances</h3>
      {history.clearances.length === 0 ? (
        <p className="govuk-body">No vetting clearance held now or before.</p>
      ) : (
        <table className="govuk-table app-table--compact">
          <caption className="govuk-table__caption govuk-visually-hidden">Vetting clearances in every force</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header">Force</th>
              <th scope="col" className="govuk-table__header">Granted</th>
              <th scope="col" className="govuk-table__header">Expires</th>
              <th scope="col" className="govuk-table__header">Status</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {history.clearances.map((c) => (
              <tr className="govuk-table__row" key={`${c.level}-${c.forceId}-${c.grantedOn}`}>
                <td className="govuk-table__cell">{c.level}</td>
                <td className="govuk-table__cell">{c.forceId}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(c.grantedOn)}</td>
                <td className="govuk-table__cell app-nowrap">{formatDate(c.expiresOn, 'No expiry')}</td>
                <td className="govuk-table__cell">
                  <strong className={clearanceStatusTag(c.status)}>{CLEARANCE_STATUS_LABELS[c.status]}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export type RadioItem = { value: string; text: string; hint?: string };

/**
 * GOV.UK radios whose items may reveal more questions when chosen ("conditional reveal"). The reveal is React
 * state rather than GOV.UK Frontend's script, so a form filled in again from a draft opens the right panel.
 */
export function ConditionalRadios({ id, legend, hint, error, items, conditional = {}, defaultValue, legendClass = 'govuk-fieldset__legend--s' }: {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  items: readonly RadioItem[];
  conditional?: Readonly<Record<string, ReactNode>>;
  defaultValue?: string;
  legendClass?: string;
}) {
  const [selected, setSelected] = useState(defaultValue ?? '');
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hintId, errorId)}>
        <legend className={`govuk-fieldset__legend ${legendClass}`}>{legend}</legend>
        {hint && (
          <div id={hintId} className="govuk-hint">
            {hint}
          </div>
        )}
        {error && errorId && <ErrorMessage id={errorId} message={error} />}
        <div className="govuk-radios">
          {items.map((item, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            const itemHintId = item.hint ? `${inputId}-item-hint` : undefined;
            const reveal = conditional[item.value];
            const conditionalId = `conditional-${inputId}`;
            return (
              <Fragment key={item.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={inputId}
                    name={id}
                    type="radio"
                    value={item.value}
                    defaultChecked={defaultValue === item.value}
                    onChange={() => setSelected(item.value)}
                    aria-describedby={itemHintId}
                    aria-controls={reveal ? conditionalId : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                    {item.text}
                  </label>
                  {item.hint && (
                    <div id={itemHintId} className="govuk-hint govuk-radios__hint">
                      {item.hint}
                    </div>
                  )}
                </div>
                {reveal && (
                  <div className={`govuk-radios__conditional${selected === item.value ? '' : ' govuk-radios__conditional--hidden'}`} id={conditionalId}>
                    {reveal}
                  </div>
                )}
              </Fragment>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
