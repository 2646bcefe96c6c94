// The decision on an application, from its form to "check your answers" to the API. The form's answers are kept as
// a draft in session storage between the two pages (and to fill the form in again after "Change"); nothing is
// sent until the decider confirms on the check-answers page.
import type { TVettingApplication, TVettingDecision } from '../../../../shared/vetting-contracts.js';
import { ADVERSE_CATEGORY_LABELS, DECISION_OUTCOME_LABELS, DECISION_OUTCOMES, type DecisionOutcome } from '../../../../shared/vetting-vocabulary.js';
import { formatDate } from '../../components/format.js';
import { readForm, type Parsed } from './vetting-form-reader.js';

export const DECISION_DATE_FIELDS = ['decidedOn', 'conditionsReviewOn'];

export const DECISION_FIELD_LABELS: Readonly<Record<string, string>> = {
  outcome: 'Decision',
  conditions: 'Conditions',
  conditionsReviewOn: 'Date the conditions are reviewed',
  rebuttal: 'Rebuttal',
  rationale: 'Rationale',
  decidedOn: 'Date decided',
};

/** Labels for this application's form: one weighing per adverse item, named by its number on the page. */
export function decisionFieldLabels(items: readonly unknown[]): Record<string, string> {
  return { ...Object.fromEntries(items.map((_, index) => [`weighings.${index}`, `Weighing of adverse item ${index + 1}`])), ...DECISION_FIELD_LABELS };
}

/** The server names the weighings as a whole ("weighings") or by position ("weighings.1.itemId"). */
export const DECISION_FIELD_ALIASES: Readonly<Record<string, string>> = { weighings: 'weighings.0' };

export const MAX_CONDITIONS = 20;

const isGrant = (outcome: DecisionOutcome | null): boolean => outcome === 'granted' || outcome === 'granted_with_conditions';

/** One condition per line; blank lines are dropped. */
export function conditionsFrom(text: string): string[] {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
}

const PAGE_ORDER = ['weighings', 'outcome', 'conditions', 'conditionsReviewOn', 'rebuttal', 'rationale', 'decidedOn'];

type DecisionContext = Pick<TVettingApplication, 'version' | 'openedOn' | 'adverseItems'>;

/**
 * Reads the decision form in page order: how each adverse item was weighed, the decision (and its conditions),
 * the rebuttal a presumption of refusal needs before a grant, the rationale and the date.
 */
export function parseDecisionForm(form: FormData, application: DecisionContext): Parsed<TVettingDecision> {
  const read = readForm(form, DECISION_DATE_FIELDS);
  const weighings = application.adverseItems.map((item, index) => ({
    itemId: item.id,
    weighing: read.text(`weighings.${index}`, `Enter how you weighed adverse item ${index + 1} (${ADVERSE_CATEGORY_LABELS[item.category].toLowerCase()})`, { length: 5_000, message: `The weighing of adverse item ${index + 1} must be 5,000 characters or fewer` }),
  }));
  const outcome = read.choice('outcome', DECISION_OUTCOMES, 'Select the decision');
  const withConditions = outcome === 'granted_with_conditions';
  const conditionsText = read.text('conditions');
  const conditions = withConditions ? conditionsFrom(conditionsText) : [];
  if (withConditions && conditions.length === 0) read.add('conditions', 'Enter at least one risk-mitigation condition');
  if (conditions.length > MAX_CONDITIONS) read.add('conditions', `Enter no more than ${MAX_CONDITIONS} conditions`);
  if (conditions.some((condition) => condition.length > 2_000)) read.add('conditions', 'Each condition must be 2,000 characters or fewer');
  const presumption = application.adverseItems.some((item) => item.presumptionOfRefusal);
  const rebuttal = presumption ? read.text('rebuttal', isGrant(outcome) ? 'Enter why the presumption of refusal is rebutted, or refuse the application' : undefined) : '';
  const rationale = read.text('rationale', 'Enter the reasons for your decision', { length: 10_000, message: 'Rationale must be 10,000 characters or fewer' });
  const decidedOn = read.date('decidedOn', {
    label: 'Date decided',
    required: 'Enter the date of the decision',
    notInFuture: true,
    notBefore: { iso: application.openedOn, message: `Date decided must not be before the application was opened (${formatDate(application.openedOn)})` },
  });
  const conditionsReviewOn = withConditions
    ? read.date('conditionsReviewOn', {
      label: 'Date the conditions are reviewed',
      required: 'Enter the date the conditions are reviewed',
      after: { iso: decidedOn, message: 'Date the conditions are reviewed must be after the date decided' },
    })
    : null;
  const version = read.version();
  // The review date is checked against the date decided, which comes later on the page: list errors in page order.
  read.errors.sort((a, b) => PAGE_ORDER.indexOf(a.field.replace(/^weighings\..*/, 'weighings')) - PAGE_ORDER.indexOf(b.field.replace(/^weighings\..*/, 'weighings')));
  return read.finish(() => {
    if (!outcome || !decidedOn || version === null) return null;
    if (withConditions && !conditionsReviewOn) return null;
    return {
      version,
      outcome,
      decidedOn,
      rationale,
      weighings,
      // A refusal needs no rebuttal: drop one typed before the decider changed their mind.
      rebuttal: isGrant(outcome) && rebuttal ? rebuttal : null,
      conditions,
      conditionsReviewOn: withConditions ? conditionsReviewOn : null,
    };
  });
}

/** What the form shows when it is filled in again from a draft (after "Change" on check your answers). */
export type DecisionFormValues = {
  outcome: DecisionOutcome | '';
  weighings: Record<string, string>;
  rebuttal: string;
  conditions: string;
  conditionsReviewOn: string | null;
  rationale: string;
  decidedOn: string | null;
};

export function formValuesFrom(draft: TVettingDecision | null): DecisionFormValues {
  if (!draft) return { outcome: '', weighings: {}, rebuttal: '', conditions: '', conditionsReviewOn: null, rationale: '', decidedOn: null };
  return {
    outcome: draft.outcome,
    weighings: Object.fromEntries(draft.weighings.map((w) => [w.itemId, w.weighing])),
    rebuttal: draft.rebuttal ?? '',
    conditions: draft.conditions.join('\n'),
    conditionsReviewOn: draft.conditionsReviewOn ?? null,
    rationale: draft.rationale,
    decidedOn: draft.decidedOn,
  };
}

/** One row of "check your answers": what was asked, the answer, and where to change it. */
export type Answer = { key: string; label: string; value: string | string[]; changeHref: string; changeLabel: string };

export function decisionAnswers(draft: TVettingDecision, application: Pick<TVettingApplication, 'id' | 'adverseItems'>): Answer[] {
  const form = `/vetting/applications/${application.id}/decision`;
  const answers: Answer[] = [{ key: 'outcome', label: 'Decision', value: DECISION_OUTCOME_LABELS[draft.outcome], changeHref: `${form}#outcome`, changeLabel: 'the decision' }];
  if (draft.outcome === 'granted_with_conditions') {
    answers.push(
      { key: 'conditions', label: 'Conditions', value: draft.conditions, changeHref: `${form}#conditions`, changeLabel: 'the conditions' },
      { key: 'conditionsReviewOn', label: 'Conditions reviewed on', value: formatDate(draft.conditionsReviewOn), changeHref: `${form}#conditionsReviewOn-day`, changeLabel: 'the date the conditions are reviewed' },
    );
  }
  application.adverseItems.forEach((item, index) => {
    const weighing = draft.weighings.find((w) => w.itemId === item.id)?.weighing ?? 'Not weighed';
    answers.push({
      key: `weighings.${index}`,
      label: `Adverse item ${index + 1}: ${ADVERSE_CATEGORY_LABELS[item.category]}`,
      value: weighing,
      changeHref: `${form}#weighings-${index}`,
      changeLabel: `how you weighed adverse item ${index + 1}`,
    });
  });
  if (draft.rebuttal) answers.push({ key: 'rebuttal', label: 'Why the presumption of refusal is rebutted', value: draft.rebuttal, changeHref: `${form}#rebuttal`, changeLabel: 'the rebuttal' });
  answers.push(
    { key: 'rationale', label: 'Rationale', value: draft.rationale, changeHref: `${form}#rationale`, changeLabel: 'the rationale' },
    { key: 'decidedOn', label: 'Date decided', value: formatDate(draft.decidedOn), changeHref: `${form}#decidedOn-day`, changeLabel: 'the date decided' },
  );
  return answers;
}

/** Whether the decision goes to a second approver rather than taking effect at once. */
export const needsSecondApproval = (draft: Pick<TVettingDecision, 'outcome'>, application: Pick<TVettingApplication, 'adverseItems'>): boolean =>
  isGrant(draft.outcome) && application.adverseItems.length > 0;

// Session storage: survives a reload of the check-answers page, and is gone when the tab closes.
const draftKey = (applicationId: string): string => `warrant.vetting.decision.${applicationId}`;

function isDecisionDraft(value: unknown): value is TVettingDecision {
  if (typeof value !== 'object' || value === null) return false;
  const draft = value as Partial<Record<keyof TVettingDecision, unknown>>;
  return typeof draft.version === 'number'
    && typeof draft.outcome === 'string' && (DECISION_OUTCOMES as readonly string[]).includes(draft.outcome)
    && typeof draft.decidedOn === 'string' && typeof draft.rationale === 'string'
    && Array.isArray(draft.weighings) && Array.isArray(draft.conditions);
}

export function saveDecisionDraft(storage: Storage, applicationId: string, draft: TVettingDecision): void {
  storage.setItem(draftKey(applicationId), JSON.stringify(draft));
}

export function loadDecisionDraft(storage: Storage, applicationId: string): TVettingDecision | null {
  const text = storage.getItem(draftKey(applicationId));
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isDecisionDraft(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function clearDecisionDraft(storage: Storage, applicationId: string): void {
  storage.removeItem(draftKey(applicationId));
}
