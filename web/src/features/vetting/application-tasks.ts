// The task list of a vetting application (GOV.UK task list pattern): one task per check, then the adverse
// information, the transferee checklist (transferees and re-joiners) and the decision. Pure, so each status is
// tested against the application the API returns.
import type { TVettingApplication } from '../../../../shared/vetting-contracts.js';
import { APPLICATION_STATE_LABELS, CHECK_LABELS, DECISION_OUTCOME_LABELS, TRANSFEREE_CHECKLIST_LABELS } from '../../../../shared/vetting-vocabulary.js';
import { formatDate, pluralise } from '../../components/format.js';
import type { TVettingCheck } from './vetting.api.js';
import { CHECK_RESULT_LABELS } from './vetting.labels.js';

/** A task's status: a coloured tag, plain text ("Completed"), or grey text ("Cannot start yet"). */
export type TaskStatus = { text: string; kind: 'tag' | 'text' | 'cannot-start'; tagClass?: string };

export type Task = { key: string; name: string; href: string | null; hint: string | null; status: TaskStatus };

const tag = (text: string, colour: string): TaskStatus => ({ text, kind: 'tag', tagClass: `govuk-tag ${colour}` });

export const applicationHref = (id: string): string => `/vetting/applications/${id}`;

export function checkStatus(check: Pick<TVettingCheck, 'result'>): TaskStatus {
  switch (check.result) {
    case null:
      return tag('Not started', 'govuk-tag--blue');
    case 'clear':
      return tag(CHECK_RESULT_LABELS.clear, 'govuk-tag--green');
    case 'adverse':
      return tag(CHECK_RESULT_LABELS.adverse, 'govuk-tag--red');
    case 'not_completed':
      return tag(CHECK_RESULT_LABELS.not_completed, 'govuk-tag--yellow');
  }
}

function checkHint(check: TVettingCheck): string | null {
  if (check.prefilled) return `Filled in from Warrant’s records in every force${check.notes ? `: ${check.notes}` : ''}`;
  const parts = [check.result === 'not_completed' && check.reason ? `Why: ${check.reason}` : null, check.notes, check.recordedByName ? `Recorded by ${check.recordedByName}` : null];
  const hint = parts.filter((part): part is string => Boolean(part)).join('. ');
  return hint || null;
}

/** Why the decision cannot be recorded yet, in the order the user should fix it; empty when it can. */
export function decisionBlockers(application: Pick<TVettingApplication, 'missingChecks' | 'transfereeChecklist'>): string[] {
  const blockers: string[] = [];
  if (application.missingChecks.length > 0) {
    blockers.push(`Record a result for every required check. Still to do: ${application.missingChecks.map((check) => CHECK_LABELS[check]).join('; ')}`);
  }
  const missingItems = (application.transfereeChecklist ?? []).filter((item) => item.required && item.note === null);
  if (missingItems.length > 0) {
    blockers.push(`Complete the transferee checklist. Still to do: ${missingItems.map((item) => TRANSFEREE_CHECKLIST_LABELS[item.item]).join('; ')}`);
  }
  return blockers;
}

function adverseTask(application: TVettingApplication): Task {
  const items = application.adverseItems;
  const href = application.allowedActions.includes('add_adverse_item') ? `${applicationHref(application.id)}/adverse-items/new` : null;
  const presumptions = items.filter((item) => item.presumptionOfRefusal).length;
  if (items.length > 0) {
    return {
      key: 'adverse',
      name: 'Adverse information',
      href,
      hint: presumptions > 0 ? `${pluralise(presumptions, 'item raises', 'items raise')} a presumption of refusal` : null,
      status: { text: pluralise(items.length, 'item'), kind: 'text' },
    };
  }
  const flagged = application.checks.some((check) => check.result === 'adverse');
  return flagged
    ? { key: 'adverse', name: 'Adverse information', href, hint: 'A check found something of concern: record each item so it can be weighed', status: tag('Not started', 'govuk-tag--blue') }
    : { key: 'adverse', name: 'Adverse information', href, hint: null, status: { text: 'None recorded', kind: 'text' } };
}

function checklistTask(application: TVettingApplication, checklist: NonNullable<TVettingApplication['transfereeChecklist']>): Task {
  const done = checklist.filter((item) => item.note !== null).length;
  const href = application.allowedActions.includes('update_checklist') ? `${applicationHref(application.id)}/transferee-checklist` : null;
  const status = done === checklist.length ? { text: 'Completed', kind: 'text' as const } : done === 0 ? tag('Not started', 'govuk-tag--blue') : tag('In progress', 'govuk-tag--light-blue');
  return { key: 'checklist', name: 'Transferee checklist', href, hint: `${done} of ${checklist.length} items completed`, status };
}

function decisionTask(application: TVettingApplication): Task {
  const base = { key: 'decision', name: 'Decision' };
  const { decision } = application;
  if (decision) {
    const outcome = DECISION_OUTCOME_LABELS[decision.outcome];
    switch (application.state) {
      case 'awaiting_approval':
        return { ...base, href: null, hint: `${outcome}: a vetting manager who did not decide must approve it`, status: tag('Awaiting second approval', 'govuk-tag--yellow') };
      case 'appeal_lodged':
        return { ...base, href: null, hint: outcome, status: tag('Appeal lodged', 'govuk-tag--orange') };
      case 'granted':
        return { ...base, href: null, hint: decision.outcome === 'refused' ? 'Refused, then granted on appeal' : outcome, status: tag('Granted', 'govuk-tag--green') };
      case 'refused':
        return { ...base, href: null, hint: decision.appealDueBy ? `The applicant may appeal until ${formatDate(decision.appealDueBy)}` : null, status: tag('Refused', 'govuk-tag--red') };
      default:
        return { ...base, href: null, hint: null, status: { text: APPLICATION_STATE_LABELS[application.state], kind: 'text' } };
    }
  }
  if (application.state !== 'checks_in_progress') return { ...base, href: null, hint: null, status: { text: 'Not needed', kind: 'cannot-start' } };
  const blockers = decisionBlockers(application);
  if (blockers.length > 0) return { ...base, href: null, hint: blockers.join('. '), status: { text: 'Cannot start yet', kind: 'cannot-start' } };
  const canDecide = application.allowedActions.includes('decide');
  return {
    ...base,
    href: canDecide ? `${applicationHref(application.id)}/decision` : null,
    hint: canDecide ? null : 'A vetting officer or manager records the decision',
    status: tag('Not started', 'govuk-tag--blue'),
  };
}

export function applicationTasks(application: TVettingApplication): Task[] {
  const canRecord = application.allowedActions.includes('record_check');
  const checks: Task[] = application.checks.map((check) => ({
    key: `check-${check.checkType}`,
    name: `${CHECK_LABELS[check.checkType]}${check.required ? '' : ' (not required for this level)'}`,
    href: canRecord && !check.prefilled && check.required ? `${applicationHref(application.id)}/checks/${check.checkType}` : null,
    hint: checkHint(check),
    status: checkStatus(check),
  }));
  const checklist = application.transfereeChecklist;
  return [...checks, adverseTask(application), ...(checklist ? [checklistTask(application, checklist)] : []), decisionTask(application)];
}
