// How dip samples read on the page: strata in words, decisions, verdicts, and where to open the decision itself.
import { ADVERSE_CATEGORY_LABELS, CHECK_LABELS, DECISION_OUTCOME_LABELS } from '../../../../shared/vetting-vocabulary.js';
import { IOPC_CATEGORY_LABELS } from '../../../../shared/case-vocabulary.js';
import { CASE_DECISION_TYPE_LABELS, NO_VALUE, QA_VERDICT_LABELS, STRATIFIER_LABELS, STRATIFIERS, type QaVerdict, type Stratifier } from '../../../../shared/qa-vocabulary.js';
import { labelFor, tagLabel } from '../cases/cases.labels.js';

export const isStratifier = (value: string): value is Stratifier => (STRATIFIERS as readonly string[]).includes(value);

const NONE_LABELS: Partial<Record<Stratifier, string>> = {
  adverseCategory: 'No adverse information',
  tag: 'No thematic tag',
  iopcCategory: 'No category',
};

/** One stratifier's value in words: a force's name, a decision, a category. */
export function stratumValueLabel(by: Stratifier, value: string, forceNames: ReadonlyMap<string, string>): string {
  if (value === NO_VALUE) return NONE_LABELS[by] ?? 'None';
  switch (by) {
    case 'force':
      return forceNames.get(value) ?? value;
    case 'outcome':
      return labelFor(DECISION_OUTCOME_LABELS, value);
    case 'adverseCategory':
      return labelFor(ADVERSE_CATEGORY_LABELS, value);
    case 'decisionType':
      return labelFor(CASE_DECISION_TYPE_LABELS, value);
    case 'tag':
      return tagLabel(value);
    case 'iopcCategory':
      return labelFor(IOPC_CATEGORY_LABELS, value);
    case 'level':
      return value;
  }
}

/** "Force: West Midlands Police; Decision: Refused", or "Every decision" for an unstratified sample. */
export function stratumLabel(values: readonly { by: Stratifier; value: string }[], forceNames: ReadonlyMap<string, string>): string {
  if (values.length === 0) return 'Every decision';
  return values.map((v) => `${STRATIFIER_LABELS[v.by]}: ${stratumValueLabel(v.by, v.value, forceNames)}`).join('; ');
}

export function decisionLabel(entityType: 'vetting_application' | 'case_subject', decision: string): string {
  return entityType === 'vetting_application' ? labelFor(DECISION_OUTCOME_LABELS, decision) : labelFor(CASE_DECISION_TYPE_LABELS, decision);
}

export const checkLabel = (checkType: string): string => labelFor(CHECK_LABELS, checkType);

export const VERDICT_TAGS: Record<QaVerdict, string> = { agree: 'govuk-tag govuk-tag--green', disagree: 'govuk-tag govuk-tag--red' };
export const VERDICT_SHORT_LABELS: Record<QaVerdict, string> = { agree: 'Agreed', disagree: 'Disagreed' };
export { QA_VERDICT_LABELS };

/** The record the decision was made on, for a reader whose role may open it. */
export function recordPath(entityType: 'vetting_application' | 'case_subject', entityId: string, caseId: string | null): string | null {
  if (entityType === 'vetting_application') return `/vetting/applications/${entityId}`;
  return caseId ? `/cases/${caseId}` : null;
}

export const samplePath = (id: string): string => `/quality-assurance/${id}`;
export const itemPath = (id: string): string => `/quality-assurance/items/${id}`;
