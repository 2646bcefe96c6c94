// Vocabularies of vetting (DESIGN.md §3; College of Policing Vetting Code of Practice 2023 and APP Vetting).
// Zod-free so the web app can import them. The levels' validity and required checks are data (vetting_level).

// Managed levels; national security levels (CTC, SC, DV) are recorded, not managed (no checks, no decisions).
export const VETTING_LEVELS = ['RV', 'MV', 'NPPV1', 'NPPV2', 'NPPV3'] as const;
export type VettingLevel = (typeof VETTING_LEVELS)[number];
export const NATIONAL_SECURITY_LEVELS = ['CTC', 'SC', 'DV'] as const;
export type NationalSecurityLevel = (typeof NATIONAL_SECURITY_LEVELS)[number];
export const NATIONAL_SECURITY_LEVEL_LABELS: Record<NationalSecurityLevel, string> = {
  CTC: 'Counter-Terrorist Check (CTC)',
  SC: 'Security Check (SC)',
  DV: 'Developed Vetting (DV)',
};
/** A level Warrant manages (checks, decisions, reviews, reminders), as opposed to one it only records. */
export const isManagedLevel = (level: string): level is VettingLevel => (VETTING_LEVELS as readonly string[]).includes(level);

export const CHECK_TYPES = [
  'pnc',
  'pnd',
  'force_intelligence',
  'professional_standards',
  'barred_advisory_lists',
  'financial',
  'family_associates',
  'previous_employers',
  'identity_address',
  'open_source',
] as const;
export type CheckType = (typeof CHECK_TYPES)[number];
export const CHECK_LABELS: Record<CheckType, string> = {
  pnc: 'Police National Computer (PNC)',
  pnd: 'Police National Database (PND)',
  force_intelligence: 'Force intelligence systems',
  professional_standards: 'Professional-standards history (all forces)',
  barred_advisory_lists: 'Barred and Advisory Lists',
  financial: 'Financial and credit check',
  family_associates: 'Family and associates',
  previous_employers: 'Previous employers and forces',
  identity_address: 'Identity and address history',
  open_source: 'Social media and open source',
};
// Filled in from Warrant's own records of the person in every force, never typed in.
export const PREFILLED_CHECKS: readonly CheckType[] = ['professional_standards', 'barred_advisory_lists'];

export const CHECK_RESULTS = ['clear', 'adverse', 'not_completed'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

export const APPLICATION_KINDS = ['new_joiner', 'transferee', 're_joiner', 'renewal', 'role_change'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];
export const APPLICATION_KIND_LABELS: Record<ApplicationKind, string> = {
  new_joiner: 'New joiner',
  transferee: 'Transferee',
  re_joiner: 'Re-joiner',
  renewal: 'Renewal',
  role_change: 'Role change',
};
// Transferees and re-joiners come with a history in another force: the APP transferee checklist applies.
export const CHECKLIST_KINDS: readonly ApplicationKind[] = ['transferee', 're_joiner'];
export const TRANSFEREE_CHECKLIST = [
  'previous_force_vetting_file',
  'professional_standards_disclosure',
  'live_investigations_and_restrictions',
  'sickness_and_attendance',
  'performance_and_development',
  'reference_from_previous_force',
  'notifiable_associations_and_business_interests',
] as const;
export type TransfereeChecklistItem = (typeof TRANSFEREE_CHECKLIST)[number];
export const TRANSFEREE_CHECKLIST_LABELS: Record<TransfereeChecklistItem, string> = {
  previous_force_vetting_file: 'Vetting file obtained from the previous force',
  professional_standards_disclosure: 'Professional-standards disclosure (complaints, conduct, no case to answer) received',
  live_investigations_and_restrictions: 'No live investigation, restriction or suspension, or its details recorded',
  sickness_and_attendance: 'Sickness and attendance record received',
  performance_and_development: 'Performance and development (incl. unsatisfactory performance) record received',
  reference_from_previous_force: 'Reference from the previous force received',
  notifiable_associations_and_business_interests: 'Notifiable associations and business interests declared',
};

export const ADVERSE_CATEGORIES = [
  'conviction_caution',
  'intelligence',
  'sexual_offence',
  'domestic_abuse',
  'violence',
  'discrimination',
  'vulnerable_targeting',
  'dishonesty',
  'criminal_associates',
  'financial',
  'misconduct',
  'other',
] as const;
export type AdverseCategory = (typeof ADVERSE_CATEGORIES)[number];
export const ADVERSE_CATEGORY_LABELS: Record<AdverseCategory, string> = {
  conviction_caution: 'Conviction or caution (other)',
  intelligence: 'Intelligence',
  sexual_offence: 'Sexual offence',
  domestic_abuse: 'Domestic abuse',
  violence: 'Violence',
  discrimination: 'Discrimination',
  vulnerable_targeting: 'Targeting a vulnerable person because of a protected characteristic',
  dishonesty: 'Dishonesty',
  criminal_associates: 'Criminal associates',
  financial: 'Financial',
  misconduct: 'Misconduct history',
  other: 'Other',
};

// How the item came to notice as a matter of law: the Code of Practice's presumption turns on it.
export const ADVERSE_DISPOSALS = ['conviction', 'caution', 'none'] as const;
export type AdverseDisposal = (typeof ADVERSE_DISPOSALS)[number];

/**
 * Vetting Code of Practice 2023: a caution or conviction for dishonesty, violence or targeting a vulnerable
 * person because of a protected characteristic leads to refusal unless the decider records an explicit rebuttal.
 */
export const PRESUMPTION_OF_REFUSAL = {
  disposals: ['conviction', 'caution'] as readonly AdverseDisposal[],
  categories: ['dishonesty', 'violence', 'vulnerable_targeting'] as readonly AdverseCategory[],
};
export const raisesPresumptionOfRefusal = (item: { category: AdverseCategory; disposal: AdverseDisposal }): boolean =>
  PRESUMPTION_OF_REFUSAL.disposals.includes(item.disposal) && PRESUMPTION_OF_REFUSAL.categories.includes(item.category);

export const DECISION_OUTCOMES = ['granted', 'granted_with_conditions', 'refused'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const DECISION_OUTCOME_LABELS: Record<DecisionOutcome, string> = {
  granted: 'Granted',
  granted_with_conditions: 'Granted with risk-mitigation conditions',
  refused: 'Refused',
};

export const APPLICATION_STATES = ['checks_in_progress', 'awaiting_approval', 'granted', 'refused', 'appeal_lodged', 'withdrawn_by_applicant'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];
export const APPLICATION_STATE_LABELS: Record<ApplicationState, string> = {
  checks_in_progress: 'Checks in progress',
  awaiting_approval: 'Awaiting second approval',
  granted: 'Granted',
  refused: 'Refused',
  appeal_lodged: 'Appeal lodged',
  withdrawn_by_applicant: 'Withdrawn by the applicant',
};

// What opens a vetting review of someone already cleared.
export const REVIEW_TRIGGERS = ['allegation', 'misconduct_outcome', 'arrest', 'change_of_circumstances', 'random_revetting', 'integrity_review', 'early_warning'] as const;
export type ReviewTrigger = (typeof REVIEW_TRIGGERS)[number];
export const REVIEW_TRIGGER_LABELS: Record<ReviewTrigger, string> = {
  allegation: 'New allegation',
  misconduct_outcome: 'Misconduct that did not end in dismissal',
  arrest: 'Arrest',
  change_of_circumstances: 'Change of circumstances',
  random_revetting: 'Randomised re-vetting',
  integrity_review: 'Annual integrity review',
  early_warning: 'Early-warning alert',
};
// Allegations with these thematic tags against a cleared person open a review automatically.
export const REVIEW_TRIGGER_TAGS = [
  'sexual_harassment', 'sexual_assault', 'abuse_of_position_sexual_purpose', 'predatory_behaviour', 'misogyny',
  'domestic_abuse', 'racism', 'homophobia', 'other_discrimination', 'dishonesty', 'corruption', 'criminal_links',
] as const;

// The review and, under the Police (Vetting) Regulations 2025, the withdrawal assessment it may become.
export const REVIEW_STATES = ['open', 'maintained', 'notice_served', 'withdrawn', 'panel_appeal', 'tribunal_appeal', 'reinstated'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
export const REVIEW_STATE_LABELS: Record<ReviewState, string> = {
  open: 'Review open',
  maintained: 'Clearance maintained',
  notice_served: 'Withdrawal assessment: notice served',
  withdrawn: 'Clearance withdrawn',
  panel_appeal: 'Appeal to a panel',
  tribunal_appeal: 'Appeal to the Police Appeals Tribunal',
  reinstated: 'Clearance reinstated on appeal',
};

export const CLEARANCE_STATUSES = ['active', 'expiring', 'lapsed', 'under_review', 'withdrawn', 'superseded'] as const;
export type ClearanceStatus = (typeof CLEARANCE_STATUSES)[number];
export const CLEARANCE_STATUS_LABELS: Record<ClearanceStatus, string> = {
  active: 'Active',
  expiring: 'Expiring',
  lapsed: 'Lapsed',
  under_review: 'Under review',
  withdrawn: 'Withdrawn',
  superseded: 'Superseded by renewal',
};
