// Vocabularies of complaints and misconduct cases (DESIGN.md §4). Zod-free so the web app can import them.
export const CASE_SOURCES = ['public_complaint', 'conduct_matter', 'whistleblower', 'integrity_line', 'iopc_referral_back', 'data_wash'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

// The Standards of Professional Behaviour (Police (Conduct) Regulations 2020, Schedule 2).
export const STANDARDS = [
  'honesty_integrity',
  'authority_respect_courtesy',
  'equality_diversity',
  'use_of_force',
  'orders_instructions',
  'duties_responsibilities',
  'confidentiality',
  'fitness_for_work',
  'discreditable_conduct',
  'challenging_reporting',
] as const;
export type Standard = (typeof STANDARDS)[number];
export const STANDARD_LABELS: Record<Standard, string> = {
  honesty_integrity: 'Honesty and integrity',
  authority_respect_courtesy: 'Authority, respect and courtesy',
  equality_diversity: 'Equality and diversity',
  use_of_force: 'Use of force',
  orders_instructions: 'Orders and instructions',
  duties_responsibilities: 'Duties and responsibilities',
  confidentiality: 'Confidentiality',
  fitness_for_work: 'Fitness for work',
  discreditable_conduct: 'Discreditable conduct',
  challenging_reporting: 'Challenging and reporting improper conduct',
};

// IOPC complaint categories (statutory guidance on data capture), at the level forces report them.
export const IOPC_CATEGORIES = [
  'delivery_of_duties',
  'police_powers',
  'handling_of_property',
  'information',
  'police_vehicles',
  'discriminatory_behaviour',
  'abuse_of_position',
  'individual_behaviours',
  'sexual_conduct',
  'discreditable_conduct',
  'other',
] as const;
export type IopcCategory = (typeof IOPC_CATEGORIES)[number];
export const IOPC_CATEGORY_LABELS: Record<IopcCategory, string> = {
  delivery_of_duties: 'Delivery of duties and service',
  police_powers: 'Police powers, policies and procedures',
  handling_of_property: 'Handling of or damage to property or premises',
  information: 'Access to and disclosure of information',
  police_vehicles: 'Use of police vehicles',
  discriminatory_behaviour: 'Discriminatory behaviour',
  abuse_of_position: 'Abuse of position or corruption',
  individual_behaviours: 'Individual behaviours',
  sexual_conduct: 'Sexual conduct',
  discreditable_conduct: 'Discreditable conduct',
  other: 'Other',
};

export const THEMATIC_TAGS = [
  'misogyny',
  'predatory_behaviour',
  'sexual_harassment',
  'sexual_assault',
  'abuse_of_position_sexual_purpose',
  'domestic_abuse',
  'racism',
  'homophobia',
  'other_discrimination',
  'corruption',
  'dishonesty',
  'criminal_links',
  'use_of_force',
  'information_misuse',
  'online_conduct',
] as const;
export type ThematicTag = (typeof THEMATIC_TAGS)[number];

export const SEVERITIES = ['no_further_action', 'practice_requiring_improvement', 'misconduct', 'gross_misconduct'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const INVESTIGATION_TYPES = ['local', 'directed', 'independent'] as const;
export const CASE_TO_ANSWER_DECISIONS = ['case_to_answer_misconduct', 'case_to_answer_gross_misconduct', 'no_case_to_answer', 'rprp'] as const;
export type CaseToAnswerDecision = (typeof CASE_TO_ANSWER_DECISIONS)[number];
export const PROCEEDINGS_FORMS = ['misconduct_meeting', 'misconduct_hearing', 'accelerated_hearing'] as const;
export type ProceedingsForm = (typeof PROCEEDINGS_FORMS)[number];

// Outcomes since the 2020 reforms: there is no "management advice".
export const OUTCOMES = ['no_misconduct', 'written_warning', 'final_written_warning', 'reduction_in_rank', 'dismissal_without_notice', 'would_have_been_dismissed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const RESTRICTION_KINDS = ['suspension', 'redeployment', 'restricted_duties'] as const;
export const PARTY_KINDS = ['complainant', 'witness'] as const;
