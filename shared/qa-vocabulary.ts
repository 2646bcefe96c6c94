// Vocabularies of quality-assurance dip sampling (server/modules/quality-assurance). Zod-free so the web app can
// import them. How the sample is drawn and how each stratum is worked out: docs/voices.md.
import { CASE_TO_ANSWER_DECISIONS, SEVERITIES, type CaseToAnswerDecision, type Severity } from './case-vocabulary.js';

export const QA_POPULATIONS = ['vetting_decision', 'case_decision'] as const;
export type QaPopulation = (typeof QA_POPULATIONS)[number];
export const QA_POPULATION_LABELS: Record<QaPopulation, string> = {
  vetting_decision: 'Vetting decisions',
  case_decision: 'Case decisions (severity assessments and case-to-answer decisions)',
};

/** What each population can be cut into strata by. */
export const VETTING_STRATIFIERS = ['force', 'outcome', 'adverseCategory', 'level'] as const;
export const CASE_STRATIFIERS = ['force', 'decisionType', 'tag', 'iopcCategory'] as const;
export const STRATIFIERS = ['force', 'outcome', 'adverseCategory', 'level', 'decisionType', 'tag', 'iopcCategory'] as const;
export type Stratifier = (typeof STRATIFIERS)[number];
export const STRATIFIERS_BY_POPULATION: Record<QaPopulation, readonly Stratifier[]> = {
  vetting_decision: VETTING_STRATIFIERS,
  case_decision: CASE_STRATIFIERS,
};
export const STRATIFIER_LABELS: Record<Stratifier, string> = {
  force: 'Force',
  outcome: 'Decision',
  adverseCategory: 'Adverse information category',
  level: 'Vetting level',
  decisionType: 'Decision',
  tag: 'Thematic tag',
  iopcCategory: 'IOPC category',
};

/**
 * Filters narrow the population before it is cut into strata. Each filter key is also a stratifier; a decision with
 * several values (adverse categories, tags, IOPC categories) passes when any of them is listed.
 */
export const FILTERS_BY_POPULATION: Record<QaPopulation, readonly Stratifier[]> = {
  vetting_decision: ['outcome', 'adverseCategory', 'level'],
  case_decision: ['decisionType', 'tag', 'iopcCategory'],
};

/** The value of a multi-valued stratifier for a decision that has none (no adverse information, no tag). */
export const NO_VALUE = 'none';

/**
 * The decision a case subject is sampled for: the latest of its severity assessment and its case-to-answer decision,
 * with what was decided.
 */
export const CASE_DECISION_TYPES = [...CASE_TO_ANSWER_DECISIONS, ...SEVERITIES.map((s) => `severity_${s}` as const)] as const;
export type CaseDecisionType = CaseToAnswerDecision | `severity_${Severity}`;
export const CASE_DECISION_TYPE_LABELS: Record<CaseDecisionType, string> = {
  case_to_answer_misconduct: 'Case to answer: misconduct',
  case_to_answer_gross_misconduct: 'Case to answer: gross misconduct',
  no_case_to_answer: 'No case to answer',
  rprp: 'Reflective practice (at the case-to-answer stage)',
  severity_no_further_action: 'Severity assessed: no further action',
  severity_practice_requiring_improvement: 'Severity assessed: practice requiring improvement',
  severity_misconduct: 'Severity assessed: misconduct',
  severity_gross_misconduct: 'Severity assessed: gross misconduct',
};

export const QA_ANSWERS = ['yes', 'no', 'not_applicable'] as const;
export type QaAnswer = (typeof QA_ANSWERS)[number];
export const QA_ANSWER_LABELS: Record<QaAnswer, string> = { yes: 'Yes', no: 'No', not_applicable: 'Not applicable' };

export const QA_VERDICTS = ['agree', 'disagree'] as const;
export type QaVerdict = (typeof QA_VERDICTS)[number];
export const QA_VERDICT_LABELS: Record<QaVerdict, string> = { agree: 'Agree with the decision', disagree: 'Disagree with the decision' };

export const QA_LIMITS = {
  name: 200,
  seed: 100,
  reasons: 5_000,
  response: 5_000,
  /** A checklist question, and how many one checklist may have. */
  question: 500,
  questions: 20,
  sizePerStratum: 500,
  /** The most decisions one sample may hold: a dip sample is read by people, item by item. */
  maxItems: 2_000,
} as const;
