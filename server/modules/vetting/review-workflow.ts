// A vetting review of someone cleared and, under the Police (Vetting) Regulations 2025, the withdrawal
// assessment it may become: notice, representations (with a police friend or lawyer), decision, appeal to a
// panel, then the Police Appeals Tribunal. Withdrawal ends in dismissal without notice, so it goes to HR.
// The table is the only place that says what may follow what.
import type { ReviewState } from '../../../shared/vetting-vocabulary.js';
import type { Action } from '../../../shared/policy.js';

export const REVIEW_ACTIONS = [
  'maintain',
  'serve_withdrawal_notice',
  'record_representations',
  'withdraw',
  'appeal_to_panel',
  'decide_panel_appeal',
  'appeal_to_tribunal',
  'decide_tribunal_appeal',
] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export type ReviewTransition = {
  action: ReviewAction;
  from: readonly ReviewState[];
  permission: Extract<Action, 'vetting:decide' | 'vetting:approve' | 'vetting:record'>;
  label: string;
};

export const REVIEW_TRANSITIONS: readonly ReviewTransition[] = [
  { action: 'maintain', from: ['open', 'notice_served'], permission: 'vetting:decide', label: 'Maintain the clearance' },
  { action: 'serve_withdrawal_notice', from: ['open'], permission: 'vetting:decide', label: 'Serve notice of a withdrawal assessment' },
  { action: 'record_representations', from: ['notice_served'], permission: 'vetting:record', label: 'Record the representations' },
  { action: 'withdraw', from: ['notice_served'], permission: 'vetting:decide', label: 'Withdraw the clearance' },
  // Appeals are heard by a panel, so a manager (never the person who withdrew) records them.
  { action: 'appeal_to_panel', from: ['withdrawn'], permission: 'vetting:record', label: 'Record an appeal to a panel' },
  { action: 'decide_panel_appeal', from: ['panel_appeal'], permission: 'vetting:approve', label: "Record the panel's decision" },
  { action: 'appeal_to_tribunal', from: ['withdrawn'], permission: 'vetting:record', label: 'Record an appeal to the Police Appeals Tribunal' },
  { action: 'decide_tribunal_appeal', from: ['tribunal_appeal'], permission: 'vetting:approve', label: "Record the tribunal's decision" },
];

const byAction = new Map(REVIEW_TRANSITIONS.map((t) => [t.action, t]));

export function reviewTransitionFor(action: ReviewAction): ReviewTransition {
  const transition = byAction.get(action);
  if (!transition) throw new Error(`no review transition ${action}`);
  return transition;
}

export const allowedReviewActions = (state: ReviewState): ReviewAction[] => REVIEW_TRANSITIONS.filter((t) => t.from.includes(state)).map((t) => t.action);

/** Where a step leads. A tribunal appeal may only follow a panel that dismissed the appeal (checked by the service). */
export function nextReviewState(action: ReviewAction, result?: 'allowed' | 'dismissed'): ReviewState | 'unchanged' {
  switch (action) {
    case 'maintain': return 'maintained';
    case 'serve_withdrawal_notice': return 'notice_served';
    case 'record_representations': return 'unchanged';
    case 'withdraw': return 'withdrawn';
    case 'appeal_to_panel': return 'panel_appeal';
    case 'appeal_to_tribunal': return 'tribunal_appeal';
    case 'decide_panel_appeal':
    case 'decide_tribunal_appeal': return result === 'allowed' ? 'reinstated' : 'withdrawn';
  }
}

export const isReviewOpen = (state: ReviewState): boolean => state === 'open' || state === 'notice_served' || state === 'panel_appeal' || state === 'tribunal_appeal';
