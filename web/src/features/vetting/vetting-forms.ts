// The smaller vetting forms read into API requests: a check, an adverse item, the transferee checklist, the second
// approval, appeals, review steps, a new review, the annual integrity review, the HR action and a new application.
import type {
  TAddAdverseItem, TDecideAppeal, TLodgeAppeal, TOpenApplication, TOpenReview, TRecordCheck, TRecordIntegrityReview, TReviewStep,
  TTransfereeChecklistUpdate, TVettingApproval,
} from '../../../../shared/vetting-contracts.js';
import {
  ADVERSE_CATEGORIES, ADVERSE_DISPOSALS, APPLICATION_KINDS, CHECK_RESULTS, TRANSFEREE_CHECKLIST, type CheckType, type TransfereeChecklistItem,
} from '../../../../shared/vetting-vocabulary.js';
import { formatDate } from '../../components/format.js';
import type { THrActionRequest } from './vetting.api.js';
import { isOneOf, readForm, type Parsed } from './vetting-form-reader.js';

const YES_NO = ['yes', 'no'] as const;

export const CHECK_FIELD_LABELS = { result: 'Result', reason: 'Reason', notes: 'Notes', checkType: 'Check' };

export function parseCheckForm(form: FormData, checkType: CheckType): Parsed<TRecordCheck> {
  const read = readForm(form, []);
  const result = read.choice('result', CHECK_RESULTS, 'Select the result of the check');
  const reason = read.text('reason', result === 'not_completed' ? 'Enter why the check could not be completed' : undefined, { length: 2_000, message: 'Reason must be 2,000 characters or fewer' });
  const notes = read.text('notes', undefined, { length: 10_000, message: 'Notes must be 10,000 characters or fewer' });
  const version = read.version();
  return read.finish(() => (result && version !== null ? { version, checkType, result, reason: result === 'not_completed' ? reason : null, notes: notes || null } : null));
}

export const ADVERSE_ITEM_DATE_FIELDS = ['occurredOn'];
export const ADVERSE_ITEM_FIELD_LABELS = { category: 'Category', disposal: 'Conviction or caution', occurredOn: 'Date', source: 'Source', description: 'Description' };

export function parseAdverseItemForm(form: FormData): Parsed<TAddAdverseItem> {
  const read = readForm(form, ADVERSE_ITEM_DATE_FIELDS);
  const category = read.choice('category', ADVERSE_CATEGORIES, 'Select the category of adverse information');
  const disposal = read.choice('disposal', ADVERSE_DISPOSALS, 'Select whether it led to a conviction or a caution');
  const occurredOn = read.date('occurredOn', { label: 'Date', notInFuture: true });
  const source = read.text('source', 'Enter where the information came from', { length: 500, message: 'Source must be 500 characters or fewer' });
  const description = read.text('description', 'Describe the adverse information', { length: 10_000, message: 'Description must be 10,000 characters or fewer' });
  const version = read.version();
  return read.finish(() => (category && disposal && version !== null ? { version, category, disposal, occurredOn, source, description } : null));
}

export const checklistPath = (item: TransfereeChecklistItem): string => `items.${item}`;

export function parseChecklistForm(form: FormData): Parsed<TTransfereeChecklistUpdate> {
  const read = readForm(form, []);
  const items = TRANSFEREE_CHECKLIST.flatMap((item) => {
    const note = read.text(checklistPath(item), undefined, { length: 2_000, message: 'Each note must be 2,000 characters or fewer' });
    return note ? [{ item, note }] : [];
  });
  if (items.length === 0) read.add(checklistPath(TRANSFEREE_CHECKLIST[0]), 'Record what was received for at least one item');
  const version = read.version();
  return read.finish(() => (version !== null && items.length > 0 ? { version, items } : null));
}

export const DECIDED_ON = ['decidedOn'];
export const APPROVAL_FIELD_LABELS = { approve: 'Second approval', decidedOn: 'Date decided', rationale: 'Rationale' };

export function parseApprovalForm(form: FormData, decidedOn: string | null): Parsed<TVettingApproval> {
  const read = readForm(form, DECIDED_ON);
  const approve = read.choice('approve', YES_NO, 'Select whether you approve the grant');
  const rationale = read.text('rationale', approve === 'no' ? 'Enter why you are sending the decision back' : 'Enter the reasons for your approval', { length: 10_000, message: 'Rationale must be 10,000 characters or fewer' });
  const date = read.date('decidedOn', {
    label: 'Date decided',
    required: 'Enter the date of your approval',
    notInFuture: true,
    notBefore: { iso: decidedOn, message: `Date decided must not be before the decision (${formatDate(decidedOn)})` },
  });
  const version = read.version();
  return read.finish(() => (approve && date && version !== null ? { version, approve: approve === 'yes', decidedOn: date, rationale } : null));
}

export const LODGE_APPEAL_FIELD_LABELS = { lodgedOn: 'Date lodged', grounds: 'Grounds of appeal' };

export function parseLodgeAppealForm(form: FormData, refusedOn: string | null): Parsed<TLodgeAppeal> {
  const read = readForm(form, ['lodgedOn']);
  const grounds = read.text('grounds', 'Enter the grounds of appeal', { length: 10_000, message: 'Grounds of appeal must be 10,000 characters or fewer' });
  const lodgedOn = read.date('lodgedOn', {
    label: 'Date lodged',
    required: 'Enter the date the appeal was lodged',
    notInFuture: true,
    notBefore: { iso: refusedOn, message: `Date lodged must not be before the refusal (${formatDate(refusedOn)})` },
  });
  const version = read.version();
  return read.finish(() => (lodgedOn && version !== null ? { version, lodgedOn, grounds } : null));
}

export const APPEAL_DECISION_FIELD_LABELS = { result: 'Result of the appeal', decidedOn: 'Date decided', rationale: 'Rationale' };

export function parseAppealDecisionForm(form: FormData): Parsed<TDecideAppeal> {
  const read = readForm(form, DECIDED_ON);
  const result = read.choice('result', ['upheld', 'dismissed'] as const, 'Select the result of the appeal');
  const rationale = read.text('rationale', 'Enter the reasons for the decision on the appeal', { length: 10_000, message: 'Rationale must be 10,000 characters or fewer' });
  const decidedOn = read.date('decidedOn', { label: 'Date decided', required: 'Enter the date the appeal was decided', notInFuture: true });
  const version = read.version();
  return read.finish(() => (result && decidedOn && version !== null ? { version, result, decidedOn, rationale } : null));
}

export const REVIEW_STEP_ACTIONS = [
  'maintain', 'serve_withdrawal_notice', 'record_representations', 'withdraw', 'appeal_to_panel', 'decide_panel_appeal', 'appeal_to_tribunal', 'decide_tribunal_appeal',
] as const;
export type ReviewStepAction = (typeof REVIEW_STEP_ACTIONS)[number];
export const isReviewStepAction = (value: string): value is ReviewStepAction => isOneOf(REVIEW_STEP_ACTIONS, value);

export const REVIEW_STEP_DATE_FIELDS = ['decidedOn', 'representationsDue'];
export const REVIEW_STEP_FIELD_LABELS = {
  decidedOn: 'Date', rationale: 'Rationale', representationsDue: 'Date representations are due', accompaniedBy: 'Accompanied by', result: 'Result', action: 'Step',
};

/** What the rationale box is called for each step: for most it is the reasons, for some what was said. */
export function rationaleLabel(action: ReviewStepAction): string {
  switch (action) {
    case 'record_representations': return 'Summary of the representations';
    case 'appeal_to_panel':
    case 'appeal_to_tribunal': return 'Grounds of appeal';
    default: return 'Rationale';
  }
}

export function parseReviewStepForm(form: FormData, action: ReviewStepAction, openedOn: string): Parsed<TReviewStep> {
  const read = readForm(form, REVIEW_STEP_DATE_FIELDS);
  const label = rationaleLabel(action);
  const accompaniedBy = action === 'record_representations' ? read.choice('accompaniedBy', ['none', 'police_friend', 'lawyer'] as const, 'Select who accompanied the officer') : null;
  const result = action === 'decide_panel_appeal' || action === 'decide_tribunal_appeal' ? read.choice('result', ['allowed', 'dismissed'] as const, 'Select the result of the appeal') : null;
  const rationale = read.text('rationale', `Enter the ${label.toLowerCase()}`, { length: 10_000, message: `${label} must be 10,000 characters or fewer` });
  const decidedOn = read.date('decidedOn', {
    label: 'Date',
    required: 'Enter the date',
    notInFuture: true,
    notBefore: { iso: openedOn, message: `Date must not be before the review was opened (${formatDate(openedOn)})` },
  });
  const representationsDue = action === 'serve_withdrawal_notice'
    ? read.date('representationsDue', {
      label: 'Date representations are due',
      required: 'Enter the date representations are due',
      after: { iso: decidedOn, message: 'Date representations are due must be after the notice is served' },
    })
    : null;
  const version = read.version();
  return read.finish((): TReviewStep | null => {
    if (!decidedOn || version === null) return null;
    const common = { version, decidedOn, rationale };
    switch (action) {
      case 'serve_withdrawal_notice':
        return representationsDue ? { action, ...common, representationsDue } : null;
      case 'record_representations':
        return accompaniedBy ? { action, ...common, accompaniedBy } : null;
      case 'decide_panel_appeal':
      case 'decide_tribunal_appeal':
        return result ? { action, ...common, result } : null;
      default:
        return { action, ...common };
    }
  });
}

export const OPEN_REVIEW_FIELD_LABELS = { trigger: 'What happened', detail: 'Details', openedOn: 'Date opened' };

export function parseOpenReviewForm(form: FormData, personId: string): Parsed<TOpenReview> {
  const read = readForm(form, ['openedOn']);
  const trigger = read.choice('trigger', ['arrest', 'change_of_circumstances'] as const, 'Select what happened');
  const detail = read.text('detail', 'Enter what happened', { length: 5_000, message: 'Details must be 5,000 characters or fewer' });
  const openedOn = read.date('openedOn', { label: 'Date opened', required: 'Enter the date the review is opened', notInFuture: true });
  return read.finish(() => (trigger && openedOn ? { personId, trigger, detail, openedOn } : null));
}

export const INTEGRITY_REVIEW_FIELD_LABELS = {
  completedOn: 'Date completed',
  'declarations.changesInCircumstances': 'Changes in circumstances',
  'declarations.associations': 'Associations',
  'declarations.finances': 'Finances',
  'declarations.businessInterests': 'Business interests',
  supervisorAppraisal: 'Supervisor’s appraisal',
  concernsRaised: 'Concerns',
};

export function parseIntegrityReviewForm(form: FormData, personId: string): Parsed<TRecordIntegrityReview> {
  const read = readForm(form, ['completedOn']);
  const declaration = (key: string, what: string) => read.text(`declarations.${key}`, `Enter what was declared about ${what}`, { length: 5_000, message: 'Each declaration must be 5,000 characters or fewer' });
  const changesInCircumstances = declaration('changesInCircumstances', 'changes in circumstances');
  const associations = declaration('associations', 'associations');
  const finances = declaration('finances', 'finances');
  const businessInterests = declaration('businessInterests', 'business interests');
  const supervisorAppraisal = read.text('supervisorAppraisal', 'Enter the supervisor’s appraisal', { length: 10_000, message: 'The appraisal must be 10,000 characters or fewer' });
  const concerns = read.choice('concernsRaised', YES_NO, 'Select whether concerns were raised');
  const completedOn = read.date('completedOn', { label: 'Date completed', required: 'Enter the date the review was completed', notInFuture: true });
  return read.finish(() => (concerns && completedOn
    ? { personId, completedOn, declarations: { changesInCircumstances, associations, finances, businessInterests }, supervisorAppraisal, concernsRaised: concerns === 'yes' }
    : null));
}

export const HR_ACTION_FIELD_LABELS = { actionOn: 'Date of the action', note: 'What was done' };

export function parseHrActionForm(form: FormData, withdrawnOn: string): Parsed<THrActionRequest> {
  const read = readForm(form, ['actionOn']);
  const note = read.text('note', 'Enter what HR did', { length: 5_000, message: 'What was done must be 5,000 characters or fewer' });
  const actionOn = read.date('actionOn', {
    label: 'Date of the action',
    required: 'Enter the date of the action',
    notInFuture: true,
    notBefore: { iso: withdrawnOn, message: `Date of the action must not be before the withdrawal (${formatDate(withdrawnOn)})` },
  });
  return read.finish(() => (actionOn ? { actionOn, note } : null));
}

export const OPEN_APPLICATION_FIELD_LABELS = { personId: 'Person', level: 'Vetting level', kind: 'Kind of application', forceId: 'Force', openedOn: 'Date opened' };

export function parseOpenApplicationForm(form: FormData, { levels, forceId }: { levels: readonly string[]; forceId: string | null }): Parsed<TOpenApplication> {
  const read = readForm(form, []);
  const personId = read.text('personId', 'Search for and select the person being vetted');
  const level = read.choice('level', levels, 'Select the vetting level');
  const kind = read.choice('kind', APPLICATION_KINDS, 'Select the kind of application');
  const force = forceId ?? read.text('forceId', 'Select the force');
  return read.finish(() => (personId && level && kind && force ? { personId, level, kind, forceId: force } : null));
}
