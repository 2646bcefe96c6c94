// Words and tag colours for vetting pages. The vocabularies' own labels live in shared/vetting-vocabulary.ts;
// these are the ones only the web app needs (results as a task status, timeline entries, step names).
import type { ApplicationState, CheckResult, ClearanceStatus, ReviewState } from '../../../../shared/vetting-vocabulary.js';
import type { ClearanceListStatus } from './vetting.api.js';

export const CHECK_RESULT_LABELS: Record<CheckResult, string> = {
  clear: 'Clear',
  adverse: 'Adverse',
  not_completed: 'Could not complete',
};

export const CHECK_RESULT_HINTS: Record<CheckResult, string> = {
  clear: 'Nothing of concern found',
  adverse: 'Something of concern found: record it as adverse information too',
  not_completed: 'Say why, for example the other force has not replied',
};

export const ADVERSE_DISPOSAL_LABELS = {
  conviction: 'Conviction',
  caution: 'Caution',
  none: 'Neither a conviction nor a caution',
} as const;

export const APPROVAL_LABELS = {
  yes: 'Approve the grant',
  no: 'Send it back to the decider',
} as const;

export const APPEAL_RESULT_LABELS = {
  upheld: 'Upheld: the refusal is overturned and clearance granted',
  dismissed: 'Dismissed: the refusal stands',
} as const;

export const PANEL_RESULT_LABELS = {
  allowed: 'Allowed: the clearance is reinstated',
  dismissed: 'Dismissed: the withdrawal stands',
} as const;

export const ACCOMPANIED_BY_LABELS = {
  none: 'Not accompanied',
  police_friend: 'A police friend',
  lawyer: 'A lawyer',
} as const;

export const OPEN_REVIEW_TRIGGER_LABELS = {
  arrest: 'Arrest',
  change_of_circumstances: 'Change of circumstances',
} as const;

export const CLEARANCE_LIST_LABELS: Record<ClearanceListStatus, string> = {
  expiring: 'Expiring',
  lapsed: 'Lapsed',
  under_review: 'Under review',
  withdrawn: 'Withdrawn',
  conditions_due: 'Conditions due for review',
};

export const CLEARANCE_LIST_DESCRIPTIONS: Record<ClearanceListStatus, string> = {
  expiring: 'Clearances that expire soon, with the renewal reminder now due.',
  lapsed: 'Clearances past their expiry date that were not renewed.',
  under_review: 'Clearances with a vetting review open.',
  withdrawn: 'Clearances withdrawn after a withdrawal assessment.',
  conditions_due: 'Grants with risk-mitigation conditions whose review date has passed.',
};

// Step names as the server's review workflow words them (server/modules/vetting/review-workflow.ts).
export const REVIEW_ACTION_LABELS: Record<string, string> = {
  maintain: 'Maintain the clearance',
  serve_withdrawal_notice: 'Serve notice of a withdrawal assessment',
  record_representations: 'Record the representations',
  withdraw: 'Withdraw the clearance',
  appeal_to_panel: 'Record an appeal to a panel',
  decide_panel_appeal: 'Record the panel’s decision',
  appeal_to_tribunal: 'Record an appeal to the Police Appeals Tribunal',
  decide_tribunal_appeal: 'Record the tribunal’s decision',
};

export const APPLICATION_EVENT_LABELS: Record<string, string> = {
  open_application: 'Application opened',
  record_check: 'Check recorded',
  add_adverse_item: 'Adverse information added',
  update_checklist: 'Transferee checklist updated',
  decide: 'Decision recorded',
  approve: 'Second approval given',
  refuse_approval: 'Sent back by the second approver',
  lodge_appeal: 'Appeal lodged',
  decide_appeal: 'Appeal decided',
};

export const REVIEW_EVENT_LABELS: Record<string, string> = {
  open_review: 'Review opened',
  further_trigger: 'Further trigger added',
  integrity_review_concerns: 'Concerns raised at the integrity review',
  maintain: 'Clearance maintained',
  serve_withdrawal_notice: 'Notice of a withdrawal assessment served',
  record_representations: 'Representations recorded',
  withdraw: 'Clearance withdrawn',
  appeal_to_panel: 'Appealed to a panel',
  decide_panel_appeal: 'Panel decided the appeal',
  appeal_to_tribunal: 'Appealed to the Police Appeals Tribunal',
  decide_tribunal_appeal: 'Tribunal decided the appeal',
  record_hr_action: 'HR action recorded',
};

const APPLICATION_STATE_TAGS: Record<ApplicationState, string> = {
  checks_in_progress: 'govuk-tag--blue',
  awaiting_approval: 'govuk-tag--yellow',
  granted: 'govuk-tag--green',
  refused: 'govuk-tag--red',
  appeal_lodged: 'govuk-tag--orange',
  withdrawn_by_applicant: 'govuk-tag--grey',
};

const CLEARANCE_STATUS_TAGS: Record<ClearanceStatus, string> = {
  active: 'govuk-tag--green',
  expiring: 'govuk-tag--yellow',
  lapsed: 'govuk-tag--grey',
  under_review: 'govuk-tag--orange',
  withdrawn: 'govuk-tag--red',
  superseded: 'govuk-tag--grey',
};

const REVIEW_STATE_TAGS: Record<ReviewState, string> = {
  open: 'govuk-tag--blue',
  maintained: 'govuk-tag--green',
  notice_served: 'govuk-tag--orange',
  withdrawn: 'govuk-tag--red',
  panel_appeal: 'govuk-tag--purple',
  tribunal_appeal: 'govuk-tag--purple',
  reinstated: 'govuk-tag--green',
};

export const applicationStateTag = (state: ApplicationState): string => `govuk-tag ${APPLICATION_STATE_TAGS[state]}`;
export const clearanceStatusTag = (status: ClearanceStatus): string => `govuk-tag ${CLEARANCE_STATUS_TAGS[status]}`;
export const reviewStateTag = (state: ReviewState): string => `govuk-tag ${REVIEW_STATE_TAGS[state]}`;

/** A share as people read it: 0.667 → "67%"; no decisions → "Not applicable". */
export function formatRate(rate: number | null): string {
  return rate === null ? 'Not applicable' : `${Math.round(rate * 100)}%`;
}
