// Human-readable labels for every code a case carries. The vocabularies come from shared/case-vocabulary.ts
// (zod-free, so importing values does not bundle zod); each Record must list every code, so a new code fails
// the type check until it has a label. Subject states and workflow actions are not in the shared vocabulary
// (the server keeps them in server/modules/cases/workflow.ts), so cases.labels.test.ts checks these tables
// cover every one of them.
import {
  STANDARD_LABELS,
  type CaseSource, type CaseToAnswerDecision, type INVESTIGATION_TYPES, type Outcome, type PARTY_KINDS, type ProceedingsForm, type RESTRICTION_KINDS,
  type Severity, type THEMATIC_TAGS,
} from '../../../../shared/case-vocabulary.js';

export type SubjectState =
  | 'logged' | 'outside_schedule_3' | 'recorded' | 'assessed' | 'reflective_practice' | 'referral_decided' | 'under_investigation'
  | 'report_submitted' | 'awaiting_proceedings' | 'proceedings_arranged' | 'outcome_recorded' | 'under_appeal' | 'closed' | 'withdrawn';

export const SUBJECT_STATE_LABELS: Record<SubjectState, string> = {
  logged: 'Logged',
  outside_schedule_3: 'Handled outside Schedule 3',
  recorded: 'Recorded',
  assessed: 'Severity assessed',
  reflective_practice: 'Reflective practice',
  referral_decided: 'IOPC referral decided',
  under_investigation: 'Under investigation',
  report_submitted: 'Report submitted',
  awaiting_proceedings: 'Awaiting proceedings',
  proceedings_arranged: 'Proceedings arranged',
  outcome_recorded: 'Outcome recorded',
  under_appeal: 'Under appeal',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};

/** GOV.UK tag colour per state: grey once the matter has ended, blue (the default) while it waits for a decision. */
const STATE_TAG_CLASSES: Record<SubjectState, string> = {
  logged: 'govuk-tag--turquoise',
  outside_schedule_3: 'govuk-tag--teal',
  recorded: 'govuk-tag--turquoise',
  assessed: '',
  reflective_practice: 'govuk-tag--teal',
  referral_decided: '',
  under_investigation: 'govuk-tag--yellow',
  report_submitted: 'govuk-tag--purple',
  awaiting_proceedings: 'govuk-tag--orange',
  proceedings_arranged: 'govuk-tag--orange',
  outcome_recorded: 'govuk-tag--pink',
  under_appeal: 'govuk-tag--magenta',
  closed: 'govuk-tag--grey',
  withdrawn: 'govuk-tag--grey',
};

export type TransitionAction =
  | 'record_complaint' | 'handle_outside_schedule_3' | 'assess_severity' | 'complete_reflective_practice' | 'decide_iopc_referral'
  | 'start_investigation' | 'submit_investigation_report' | 'decide_case_to_answer' | 'arrange_proceedings' | 'record_outcome'
  | 'lodge_appeal' | 'decide_appeal' | 'close' | 'withdraw' | 'reopen';

/** What each workflow step is called on its button and as the heading of its form. */
export const ACTION_LABELS: Record<TransitionAction, string> = {
  record_complaint: 'Record the complaint under Schedule 3',
  handle_outside_schedule_3: 'Handle outside Schedule 3',
  assess_severity: 'Assess severity',
  complete_reflective_practice: 'Complete reflective practice',
  decide_iopc_referral: 'Decide IOPC referral',
  start_investigation: 'Start the investigation',
  submit_investigation_report: 'Submit the investigation report',
  decide_case_to_answer: 'Decide case to answer',
  arrange_proceedings: 'Arrange the meeting or hearing',
  record_outcome: 'Record the outcome',
  lodge_appeal: 'Record an appeal',
  decide_appeal: 'Record the appeal decision',
  close: 'Close the matter',
  withdraw: 'Withdraw the matter',
  reopen: 'Re-open the matter',
};

export function isTransitionAction(value: string): value is TransitionAction {
  return Object.hasOwn(ACTION_LABELS, value);
}

/** What the timeline calls each recorded event: every transition, and the records made around them. */
export const EVENT_LABELS: Record<string, string> = {
  log_complaint: 'Complaint logged',
  record_matter: 'Matter recorded',
  record_complaint: 'Complaint recorded under Schedule 3',
  handle_outside_schedule_3: 'Handled outside Schedule 3',
  assess_severity: 'Severity assessed',
  complete_reflective_practice: 'Reflective practice completed',
  decide_iopc_referral: 'IOPC referral decided',
  start_investigation: 'Investigation started',
  serve_regulation_17_notice: 'Regulation 17 notice served',
  submit_investigation_report: 'Investigation report submitted',
  decide_case_to_answer: 'Case to answer decided',
  arrange_proceedings: 'Meeting or hearing arranged',
  record_outcome: 'Outcome recorded',
  lodge_appeal: 'Appeal lodged',
  decide_appeal: 'Appeal decided',
  close: 'Closed',
  withdraw: 'Withdrawn',
  reopen: 'Re-opened',
  restriction_suspension: 'Suspended',
  restriction_redeployment: 'Redeployed',
  restriction_restricted_duties: 'Duties restricted',
  report_to_local_policing_body: 'Reported to the local policing body',
  complainant_review_requested: 'Complainant asked for a review',
  complainant_review_decided: 'Complainant review decided',
} satisfies Record<TransitionAction, string> & Record<string, string>;

export const SOURCE_LABELS: Record<CaseSource, string> = {
  public_complaint: 'Public complaint',
  conduct_matter: 'Conduct matter (internal)',
  whistleblower: 'Whistleblower',
  integrity_line: 'Integrity line report',
  iopc_referral_back: 'Referred back by the IOPC',
  data_wash: 'Data wash hit',
};

export const SOURCE_HINTS: Partial<Record<CaseSource, string>> = {
  public_complaint: 'Logged on receipt; the appropriate authority then decides whether to record it under Schedule 3',
  conduct_matter: 'Recorded straight away and goes to severity assessment',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  no_further_action: 'No misconduct',
  practice_requiring_improvement: 'Practice requiring improvement',
  misconduct: 'Misconduct',
  gross_misconduct: 'Gross misconduct',
};

export const SEVERITY_HINTS: Record<Severity, string> = {
  no_further_action: 'No further action: the matter closes for this subject',
  practice_requiring_improvement: 'Handled through the Reflective Practice Review Process',
  misconduct: 'Could justify a written warning or a final written warning',
  gross_misconduct: 'So serious it could justify dismissal',
};

export const CASE_TO_ANSWER_LABELS: Record<CaseToAnswerDecision, string> = {
  case_to_answer_misconduct: 'Case to answer for misconduct',
  case_to_answer_gross_misconduct: 'Case to answer for gross misconduct',
  no_case_to_answer: 'No case to answer',
  rprp: 'Reflective Practice Review Process',
};

export const OUTCOME_LABELS: Record<Outcome, string> = {
  no_misconduct: 'No misconduct found',
  written_warning: 'Written warning',
  final_written_warning: 'Final written warning',
  reduction_in_rank: 'Reduction in rank',
  dismissal_without_notice: 'Dismissal without notice',
  would_have_been_dismissed: 'Would have been dismissed (former officer)',
};

export const OUTCOME_HINTS: Partial<Record<Outcome, string>> = {
  written_warning: 'Live for 18 months',
  final_written_warning: 'Live for 2 years, or up to 5 years when given at a hearing',
  dismissal_without_notice: 'A report to the Police Barred List is due within 5 working days',
  would_have_been_dismissed: 'Only for former officers; a Barred List report is due within 5 working days',
};

export const PROCEEDINGS_FORM_LABELS: Record<ProceedingsForm, string> = {
  misconduct_meeting: 'Misconduct meeting',
  misconduct_hearing: 'Misconduct hearing',
  accelerated_hearing: 'Accelerated hearing',
};

export const PROCEEDINGS_FORM_HINTS: Record<ProceedingsForm, string> = {
  misconduct_meeting: 'Misconduct only, in private; at most a final written warning',
  misconduct_hearing: 'Gross misconduct, or misconduct while a final written warning is live; in public, with a panel',
  accelerated_hearing: 'Special cases: the special conditions must be certified; sits 10 to 15 working days after notice',
};

export const INVESTIGATION_TYPE_LABELS: Record<(typeof INVESTIGATION_TYPES)[number], string> = {
  local: 'Local investigation',
  directed: 'Directed investigation (directed by the IOPC)',
  independent: 'Independent investigation (by the IOPC)',
};

export const IOPC_DECISION_LABELS = {
  local: 'Returned for local investigation',
  directed: 'Directed investigation',
  independent: 'Independent investigation',
  returned: 'Returned to the force to handle',
} as const;
export type IopcDecision = keyof typeof IOPC_DECISION_LABELS;

export const RESTRICTION_KIND_LABELS: Record<(typeof RESTRICTION_KINDS)[number], string> = {
  suspension: 'Suspension',
  redeployment: 'Redeployment',
  restricted_duties: 'Restricted duties',
};

export const PARTY_KIND_LABELS: Record<(typeof PARTY_KINDS)[number], string> = {
  complainant: 'Complainant',
  witness: 'Witness',
};

export const APPEAL_TO_LABELS = {
  internal: 'Internal appeal (from a misconduct meeting)',
  police_appeals_tribunal: 'Police Appeals Tribunal (from a hearing)',
} as const;

export const APPEAL_RESULT_LABELS = {
  dismissed: 'Dismissed: the outcome stands',
  allowed: 'Allowed: no misconduct',
  varied: 'Varied: a different outcome',
} as const;

export const REVIEW_BODY_LABELS = {
  local_policing_body: 'Local policing body',
  iopc: 'IOPC',
} as const;

export const REVIEW_OUTCOME_LABELS = {
  upheld: 'Upheld',
  not_upheld: 'Not upheld',
} as const;

// The labels the server holds for tag definitions (GET /api/classification), for pages whose readers may not
// classify (chief officers, auditors) and so cannot load the definitions.
export const THEMATIC_TAG_LABELS: Record<(typeof THEMATIC_TAGS)[number], string> = {
  misogyny: 'Misogyny',
  predatory_behaviour: 'Predatory behaviour',
  sexual_harassment: 'Sexual harassment',
  sexual_assault: 'Sexual assault',
  abuse_of_position_sexual_purpose: 'Abuse of position for a sexual purpose',
  domestic_abuse: 'Domestic abuse',
  racism: 'Racism',
  homophobia: 'Homophobia, biphobia or transphobia',
  other_discrimination: 'Other discrimination',
  corruption: 'Corruption',
  dishonesty: 'Dishonesty',
  criminal_links: 'Criminal associations',
  use_of_force: 'Use of force',
  information_misuse: 'Misuse of information',
  online_conduct: 'Online and social-media conduct',
};

/** The label of a code from a table, or the code in words when the server sends one the table lacks. */
export function labelFor(labels: Readonly<Record<string, string>>, code: string | null | undefined, empty = 'Not recorded'): string {
  if (!code) return empty;
  if (Object.hasOwn(labels, code)) return labels[code] ?? code;
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const stateLabel = (state: string): string => labelFor(SUBJECT_STATE_LABELS, state);
export const tagLabel = (tag: string): string => labelFor(THEMATIC_TAG_LABELS, tag);
export const standardLabel = (standard: string): string => labelFor(STANDARD_LABELS, standard);
export const outcomeLabel = (outcome: string | null | undefined, empty?: string): string => labelFor(OUTCOME_LABELS, outcome, empty);
export const caseToAnswerLabel = (decision: string | null | undefined, empty?: string): string => labelFor(CASE_TO_ANSWER_LABELS, decision, empty);
export const severityLabel = (severity: string | null | undefined, empty?: string): string => labelFor(SEVERITY_LABELS, severity, empty);

export function isSubjectState(value: string): value is SubjectState {
  return Object.hasOwn(SUBJECT_STATE_LABELS, value);
}

export function stateTagClass(state: string): string {
  const colour = isSubjectState(state) ? STATE_TAG_CLASSES[state] : 'govuk-tag--grey';
  return `govuk-tag${colour ? ` ${colour}` : ''}`;
}

export function isOneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Options for a select or radios from a label table, in the table's order. */
export function choicesOf<K extends string>(labels: Readonly<Record<K, string>>, hints?: Partial<Record<K, string>>): { value: K; text: string; hint?: string }[] {
  return Object.keys(labels)
    .filter((key): key is K => Object.hasOwn(labels, key))
    .map((value) => {
      const hint = hints?.[value];
      return hint ? { value, text: labels[value], hint } : { value, text: labels[value] };
    });
}
