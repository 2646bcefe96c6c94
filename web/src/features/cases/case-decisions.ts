// Reads a decision form (/cases/:id/subjects/:subjectId/:action) into the transition request for that action:
// exactly the fields the action takes, plus the date decided, the rationale and the case version every write
// carries. Field names are API paths with dots as dashes (see case-form-errors.ts).
import type { TTransitionRequest } from '../../../../shared/case-contracts.js';
import { CASE_TO_ANSWER_DECISIONS, INVESTIGATION_TYPES, OUTCOMES, PROCEEDINGS_FORMS, SEVERITIES } from '../../../../shared/case-vocabulary.js';
import { checkDate, dateParts } from '../../components/date-input.js';
import { formString, type FormError } from '../../components/form-errors.js';
import { codesOf } from '../people/people.labels.js';
import { fieldError, fieldId } from './case-form-errors.js';
import { APPEAL_RESULT_LABELS, APPEAL_TO_LABELS, IOPC_DECISION_LABELS, isOneOf, type TransitionAction } from './cases.labels.js';

export const DECISION_DATE_FIELDS = ['decidedOn', 'noticeServedOn', 'proceedingsOn', 'publicNoticeOn'];

/** Every field a decision form may have, named as an error message names it. */
export const DECISION_FIELD_LABELS: Readonly<Record<string, string>> = {
  decidedOn: 'Date decided',
  rationale: 'Rationale',
  historyAcknowledged: 'History',
  complainantAgreed: 'Complainant’s agreement',
  severity: 'Severity',
  likelyProceedings: 'Likely proceedings',
  referred: 'Referral',
  criteria: 'Referral criteria',
  iopcDecision: 'IOPC decision',
  investigationType: 'Type of investigation',
  investigatorId: 'Investigator',
  decision: 'Decision',
  bringProceedings: 'Proceedings',
  allegationFindings: 'Findings',
  departsFromNorm: 'Departure from comparable cases',
  form: 'Form of proceedings',
  noticeServedOn: 'Date notice served',
  proceedingsOn: 'Date of the meeting or hearing',
  'panel.chair': 'Chair',
  'panel.layMembers.0': 'First lay member',
  'panel.layMembers.1': 'Second lay member',
  'panel.legalAdviser': 'Legally qualified adviser',
  publicNoticeOn: 'Date of the public notice',
  specialConditionsCertified: 'Special conditions',
  outcome: 'Outcome',
  finalWrittenWarningYears: 'Length of the final written warning',
  appealTo: 'Appeal to',
  result: 'Appeal result',
  variedOutcome: 'Varied outcome',
};

/** Server paths shown at another field: the panel as a whole at its chair, a finding at the first finding. */
export const DECISION_FIELD_ALIASES: Readonly<Record<string, string>> = {
  panel: 'panel.chair',
  'panel.layMembers': 'panel.layMembers.0',
};

export type DecisionContext = {
  /** The subject's allegations in page order, for per-allegation case-to-answer findings. */
  allegationIds: readonly string[];
  /** The signed-in user, who may assign the investigation to themselves. */
  userId: string;
};

type Parsed = { request: TTransitionRequest; errors: [] } | { request: null; errors: FormError[] };

const YES_NO = ['yes', 'no'] as const;

export function parseDecisionForm(action: TransitionAction, form: FormData, context: DecisionContext): Parsed {
  const errors: FormError[] = [];
  const add = (path: string, message: string, parts?: FormError['parts']) => {
    const error = fieldError(path, message, DECISION_DATE_FIELDS);
    errors.push(parts ? { ...error, href: `#${fieldId(path)}-${parts[0] ?? 'day'}`, parts } : error);
  };
  const date = (path: string, label: string, requiredMessage: string | undefined, notInFuture: boolean): string | null => {
    const checked = checkDate(dateParts(form, fieldId(path)), { label, ...(requiredMessage ? { requiredMessage } : {}), ...(notInFuture ? { notInFuture: 'today-or-past' as const } : {}) });
    if (checked.error !== undefined) {
      add(path, checked.error, checked.parts);
      return null;
    }
    return checked.iso;
  };
  const choice = <T extends string>(path: string, values: readonly T[], message: string): T | null => {
    const value = formString(form, fieldId(path));
    if (isOneOf(values, value)) return value;
    add(path, message);
    return null;
  };
  const optionalChoice = <T extends string>(path: string, values: readonly T[]): T | null => {
    const value = formString(form, fieldId(path));
    return isOneOf(values, value) ? value : null;
  };
  const ticked = (path: string): boolean => formString(form, fieldId(path)) === 'true';
  const acknowledged = (): true | null => {
    if (ticked('historyAcknowledged')) return true;
    add('historyAcknowledged', 'Confirm you have read the subject’s full history, including cases with no case to answer and withdrawn cases');
    return null;
  };

  const version = Number(formString(form, 'version'));
  const decidedOn = date('decidedOn', 'Date decided', 'Enter the date of the decision', true);
  const rationale = formString(form, 'rationale');
  const rationaleMissing = !rationale;

  const finish = (build: () => TTransitionRequest | null): Parsed => {
    // Asked for after the action's own fields, so the error summary lists errors in page order.
    if (rationaleMissing) add('rationale', 'Enter the reasons for your decision');
    const request = build();
    if (errors.length > 0 || !request) return { request: null, errors };
    return { request, errors: [] };
  };
  const base = () => (decidedOn && Number.isInteger(version) && version > 0 ? { version, decidedOn, rationale } : null);

  switch (action) {
    case 'record_complaint':
    case 'complete_reflective_practice':
    case 'submit_investigation_report':
    case 'close':
    case 'withdraw':
    case 'reopen':
      return finish(() => {
        const common = base();
        return common && { action, ...common };
      });
    case 'handle_outside_schedule_3': {
      const agreed = ticked('complainantAgreed');
      if (!agreed) add('complainantAgreed', 'Confirm the complainant agrees to the complaint being handled outside Schedule 3');
      return finish(() => {
        const common = base();
        return common && agreed ? { action, ...common, complainantAgreed: true } : null;
      });
    }
    case 'assess_severity': {
      const ack = acknowledged();
      const severity = choice('severity', SEVERITIES, 'Select the severity');
      const likelyProceedings = optionalChoice('likelyProceedings', PROCEEDINGS_FORMS);
      return finish(() => {
        const common = base();
        return common && ack && severity ? { action, ...common, historyAcknowledged: ack, severity, likelyProceedings } : null;
      });
    }
    case 'decide_iopc_referral': {
      const referred = choice('referred', YES_NO, 'Select whether the matter is referred to the IOPC');
      const criteria = form.getAll('criteria').filter((value): value is string => typeof value === 'string' && value !== '');
      const iopcDecision = optionalChoice('iopcDecision', codesOf(IOPC_DECISION_LABELS));
      return finish(() => {
        const common = base();
        return common && referred ? { action, ...common, referred: referred === 'yes', criteria, iopcDecision } : null;
      });
    }
    case 'start_investigation': {
      const investigationType = choice('investigationType', INVESTIGATION_TYPES, 'Select the type of investigation');
      const investigatorId = formString(form, 'investigatorId') || null;
      return finish(() => {
        const common = base();
        return common && investigationType ? { action, ...common, investigationType, investigatorId } : null;
      });
    }
    case 'decide_case_to_answer': {
      const ack = acknowledged();
      const decision = choice('decision', CASE_TO_ANSWER_DECISIONS, 'Select the decision');
      const isCaseToAnswer = decision === 'case_to_answer_misconduct' || decision === 'case_to_answer_gross_misconduct';
      const bring = isCaseToAnswer ? choice('bringProceedings', YES_NO, 'Select whether proceedings will be brought') : null;
      const allegationFindings = context.allegationIds.flatMap((allegationId, index) => {
        const finding = optionalChoice(`allegationFindings.${index}`, YES_NO);
        return finding ? [{ allegationId, caseToAnswer: finding === 'yes' }] : [];
      });
      return finish(() => {
        const common = base();
        if (!common || !ack || !decision || (isCaseToAnswer && !bring)) return null;
        return { action, ...common, historyAcknowledged: ack, decision, bringProceedings: bring === 'yes', allegationFindings, departsFromNorm: ticked('departsFromNorm') };
      });
    }
    case 'arrange_proceedings': {
      const proceedingsForm = choice('form', PROCEEDINGS_FORMS, 'Select the form of proceedings');
      const noticeServedOn = date('noticeServedOn', 'Date notice served', 'Enter the date the notice of proceedings was served', true);
      const proceedingsOn = date('proceedingsOn', 'Date of the meeting or hearing', 'Enter the date of the meeting or hearing', false);
      const isHearing = proceedingsForm !== null && proceedingsForm !== 'misconduct_meeting';
      const panelFields = [
        ['panel.chair', 'Enter the name of the chair'],
        ['panel.layMembers.0', 'Enter the name of the first independent lay member'],
        ['panel.layMembers.1', 'Enter the name of the second independent lay member'],
        ['panel.legalAdviser', 'Enter the name of the legally qualified adviser'],
      ] as const;
      const [chair, layMember1, layMember2, legalAdviser] = panelFields.map(([path]) => formString(form, fieldId(path)));
      const hasPanel = [chair, layMember1, layMember2, legalAdviser].some(Boolean);
      if (isHearing || hasPanel) {
        panelFields.forEach(([path, message]) => {
          if (!formString(form, fieldId(path))) add(path, message);
        });
      }
      const publicNoticeOn = date('publicNoticeOn', 'Date of the public notice', isHearing ? 'Enter the date the public notice of the hearing was published' : undefined, false);
      return finish(() => {
        const common = base();
        if (!common || !proceedingsForm || !noticeServedOn || !proceedingsOn) return null;
        const panel = chair && layMember1 && layMember2 && legalAdviser ? { chair, layMembers: [layMember1, layMember2], legalAdviser } : null;
        return { action, ...common, form: proceedingsForm, noticeServedOn, proceedingsOn, panel, publicNoticeOn, specialConditionsCertified: ticked('specialConditionsCertified') };
      });
    }
    case 'record_outcome': {
      const outcome = choice('outcome', OUTCOMES, 'Select the outcome');
      const years = Number(formString(form, 'finalWrittenWarningYears'));
      const finalWrittenWarningYears = outcome === 'final_written_warning' && Number.isInteger(years) && years >= 2 && years <= 5 ? years : null;
      return finish(() => {
        const common = base();
        return common && outcome ? { action, ...common, outcome, finalWrittenWarningYears, departsFromNorm: ticked('departsFromNorm') } : null;
      });
    }
    case 'lodge_appeal': {
      const appealTo = choice('appealTo', codesOf(APPEAL_TO_LABELS), 'Select where the appeal is made');
      return finish(() => {
        const common = base();
        return common && appealTo ? { action, ...common, appealTo } : null;
      });
    }
    case 'decide_appeal': {
      const result = choice('result', codesOf(APPEAL_RESULT_LABELS), 'Select the result of the appeal');
      const variedOutcome = result === 'varied' ? choice('variedOutcome', OUTCOMES, 'Select the outcome as varied on appeal') : null;
      return finish(() => {
        const common = base();
        if (!common || !result || (result === 'varied' && !variedOutcome)) return null;
        return { action, ...common, result, variedOutcome };
      });
    }
  }
}
