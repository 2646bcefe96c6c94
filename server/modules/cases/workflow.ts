// The statutory workflow of a subject's matter in a case, as data: Police (Conduct) Regulations 2020 and
// Police (Complaints and Misconduct) Regulations 2020 as amended in 2024. Each subject of a case moves
// through it on their own (one officer may face a hearing while another has no case to answer).
// Services look transitions up here; nothing else decides what may follow what.
import type { Action } from '../../../shared/policy.js';

export const SUBJECT_STATES = [
  'logged', // a complaint, logged on receipt; not yet decided how it is handled
  'outside_schedule_3', // handled otherwise than under Schedule 3 (explanation, apology), with the complainant's agreement
  'recorded', // recorded under Schedule 3, or a conduct matter: awaiting severity assessment
  'assessed', // severity assessed as misconduct or gross misconduct: awaiting the IOPC referral decision
  'reflective_practice', // practice requiring improvement: Reflective Practice Review Process
  'referral_decided', // IOPC referral decided: awaiting the investigation
  'under_investigation', // investigation open (local, directed or independent); Regulation 17 notice served in this state
  'report_submitted', // investigation report received: awaiting the case-to-answer decision
  'awaiting_proceedings', // case to answer and proceedings to be brought: meeting or hearing to arrange
  'proceedings_arranged', // misconduct meeting, misconduct hearing or accelerated hearing arranged
  'outcome_recorded', // outcome decided: appeal window open
  'under_appeal', // internal appeal (from a meeting) or Police Appeals Tribunal (from a hearing)
  'closed',
  'withdrawn',
] as const;
export type SubjectState = (typeof SUBJECT_STATES)[number];

export const STATE_LABELS: Record<SubjectState, string> = {
  logged: 'logged, not yet recorded',
  outside_schedule_3: 'being handled outside Schedule 3',
  recorded: 'recorded, awaiting severity assessment',
  assessed: 'assessed, awaiting the IOPC referral decision',
  reflective_practice: 'in reflective practice',
  referral_decided: 'awaiting the investigation',
  under_investigation: 'under investigation',
  report_submitted: 'awaiting the case-to-answer decision',
  awaiting_proceedings: 'awaiting a meeting or hearing to be arranged',
  proceedings_arranged: 'awaiting the meeting or hearing',
  outcome_recorded: 'with an outcome recorded',
  under_appeal: 'under appeal',
  closed: 'closed',
  withdrawn: 'withdrawn',
};

export const TRANSITION_ACTIONS = [
  'record_complaint',
  'handle_outside_schedule_3',
  'assess_severity',
  'complete_reflective_practice',
  'decide_iopc_referral',
  'start_investigation',
  'submit_investigation_report',
  'decide_case_to_answer',
  'arrange_proceedings',
  'record_outcome',
  'lodge_appeal',
  'decide_appeal',
  'close',
  'withdraw',
  'reopen',
] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

export type Transition = {
  action: TransitionAction;
  from: readonly SubjectState[];
  /** Every state the action may lead to; the decision recorded picks one (see the service). */
  to: readonly SubjectState[];
  /** The policy action the decider needs. */
  permission: Extract<Action, 'case:decide' | 'case:investigate'>;
  /** The decider must acknowledge the subject's full history before this decision can be saved. */
  needsHistoryAcknowledgement: boolean;
  label: string;
};

const OPEN_STATES = SUBJECT_STATES.filter((s) => s !== 'closed' && s !== 'withdrawn');

export const TRANSITIONS: readonly Transition[] = [
  { action: 'record_complaint', from: ['logged'], to: ['recorded'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Record the complaint under Schedule 3' },
  { action: 'handle_outside_schedule_3', from: ['logged'], to: ['outside_schedule_3'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Handle outside Schedule 3' },
  { action: 'assess_severity', from: ['recorded'], to: ['assessed', 'reflective_practice', 'closed'], permission: 'case:decide', needsHistoryAcknowledgement: true, label: 'Assess severity' },
  { action: 'complete_reflective_practice', from: ['reflective_practice'], to: ['closed'], permission: 'case:investigate', needsHistoryAcknowledgement: false, label: 'Complete reflective practice' },
  { action: 'decide_iopc_referral', from: ['assessed'], to: ['referral_decided'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Decide IOPC referral' },
  { action: 'start_investigation', from: ['referral_decided'], to: ['under_investigation'], permission: 'case:investigate', needsHistoryAcknowledgement: false, label: 'Start the investigation' },
  { action: 'submit_investigation_report', from: ['under_investigation'], to: ['report_submitted'], permission: 'case:investigate', needsHistoryAcknowledgement: false, label: 'Submit the investigation report' },
  { action: 'decide_case_to_answer', from: ['report_submitted'], to: ['awaiting_proceedings', 'reflective_practice', 'closed'], permission: 'case:decide', needsHistoryAcknowledgement: true, label: 'Decide case to answer' },
  { action: 'arrange_proceedings', from: ['awaiting_proceedings'], to: ['proceedings_arranged'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Arrange the meeting or hearing' },
  { action: 'record_outcome', from: ['proceedings_arranged'], to: ['outcome_recorded'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Record the outcome' },
  { action: 'lodge_appeal', from: ['outcome_recorded'], to: ['under_appeal'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Record an appeal' },
  { action: 'decide_appeal', from: ['under_appeal'], to: ['closed'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Record the appeal decision' },
  { action: 'close', from: ['outside_schedule_3', 'outcome_recorded'], to: ['closed'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Close' },
  { action: 'withdraw', from: OPEN_STATES, to: ['withdrawn'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Withdraw' },
  { action: 'reopen', from: ['closed', 'withdrawn'], to: ['recorded'], permission: 'case:decide', needsHistoryAcknowledgement: false, label: 'Re-open' },
];

const byAction = new Map(TRANSITIONS.map((t) => [t.action, t]));

export function transitionFor(action: TransitionAction): Transition {
  const transition = byAction.get(action);
  if (!transition) throw new Error(`no transition ${action}`);
  return transition;
}

/** The actions that may be taken from a state, in table order. */
export const allowedActions = (state: SubjectState): TransitionAction[] =>
  TRANSITIONS.filter((t) => t.from.includes(state)).map((t) => t.action);

export const isOpen = (state: SubjectState): boolean => state !== 'closed' && state !== 'withdrawn';
