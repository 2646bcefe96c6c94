// Walks a demo subject's matter through the statutory workflow (cases/workflow.ts) as the case service would,
// with the dates a real matter takes, and returns the rows it would have written. Every step is checked against
// the transition table, so the demo can never hold a matter in a state the product could not have reached.
import type { CaseToAnswerDecision, Outcome, ProceedingsForm, Severity } from '../../../shared/case-vocabulary.js';
import type { allegations, caseEvents, caseSubjects, restrictions } from '../../db/schema.js';
import { addDays, addMonths, addWorkingDays } from '../clock/working-days.js';
import { transitionFor, type SubjectState, type TransitionAction } from '../cases/workflow.js';
import { at, daysBetween, workingDayOnOrAfter } from './demo-dates.js';
import type { Random } from './random.js';

type RestrictionKind = 'suspension' | 'redeployment' | 'restricted_duties';
type IopcDecision = 'local' | 'directed' | 'independent' | 'returned';

export type Step = { gap?: number; on?: string } & (
  | { do: 'record_complaint' | 'handle_outside_schedule_3' | 'complete_reflective_practice' | 'submit_investigation_report' | 'close' | 'withdraw' }
  | { do: 'assess_severity'; severity: Severity; likely?: ProceedingsForm }
  | { do: 'decide_iopc_referral'; referred: boolean; criteria: string[]; iopcDecision: IopcDecision | null }
  | { do: 'start_investigation'; type: 'local' | 'directed' | 'independent'; assigned: boolean }
  | { do: 'serve_regulation_17_notice' }
  | { do: 'decide_case_to_answer'; decision: CaseToAnswerDecision; bring: boolean; departs?: boolean }
  | { do: 'arrange_proceedings'; form: ProceedingsForm; hearingAfter?: number }
  | { do: 'record_outcome'; outcome: Outcome; years?: number }
  | { do: 'lodge_appeal'; to: 'internal' | 'police_appeals_tribunal' }
  | { do: 'decide_appeal'; result: 'dismissed' | 'allowed' | 'varied'; varied?: Outcome }
  | { do: 'restrict'; kind: RestrictionKind; conditions: string; reviewAfter: number; endsWith?: Step['do'] }
  | { do: 'leave_service'; reason: string }
);

/** Typical days between one step and the one before it. */
const GAPS: Record<Step['do'], [number, number]> = {
  record_complaint: [4, 14], handle_outside_schedule_3: [5, 15], assess_severity: [6, 21], complete_reflective_practice: [21, 56],
  decide_iopc_referral: [2, 8], start_investigation: [3, 14], serve_regulation_17_notice: [7, 28], submit_investigation_report: [70, 200],
  decide_case_to_answer: [14, 42], arrange_proceedings: [10, 28], record_outcome: [21, 45], lodge_appeal: [2, 6], decide_appeal: [35, 90],
  close: [14, 28], withdraw: [10, 50], restrict: [0, 3], leave_service: [0, 0],
};

const RATIONALE: Partial<Record<TransitionAction, readonly string[]>> = {
  record_complaint: ['Alleges conduct that, if proved, could justify disciplinary proceedings: recorded under Schedule 3.', 'The complainant did not agree to handling outside Schedule 3; recorded.'],
  handle_outside_schedule_3: ['The complainant accepted an explanation and an apology from the officer’s supervisor.', 'Resolved by a call from the duty inspector; the complainant agreed to handling outside Schedule 3.'],
  complete_reflective_practice: ['Reflective practice discussion held with the line manager; the development plan is agreed and recorded.'],
  start_investigation: ['Terms of reference agreed with the appropriate authority.', 'Investigation opened; the officer and their federation representative informed.'],
  submit_investigation_report: ['Final report with the evidence, the officer’s account and the investigator’s opinion on case to answer.'],
  lodge_appeal: ['The officer appealed the outcome within time.'],
  close: ['No appeal lodged; learning shared with the team.', 'Outcome and learning recorded; matter closed.', 'Explanation accepted by the complainant; nothing further to do.'],
  withdraw: ['The complainant withdrew the complaint in writing.', 'Further enquiries showed the officer was not the one involved.'],
};
const SEVERITY_RATIONALE: Record<Severity, string> = {
  no_further_action: 'Even if proved, the conduct would not amount to misconduct or practice requiring improvement.',
  practice_requiring_improvement: 'A learning matter: the officer’s practice fell short, but not to the level of misconduct.',
  misconduct: 'If proved, a breach of the Standards that would justify disciplinary action short of dismissal.',
  gross_misconduct: 'If proved, so serious that dismissal would be justified.',
};
const CASE_TO_ANSWER_RATIONALE: Record<CaseToAnswerDecision, string> = {
  case_to_answer_misconduct: 'There is sufficient evidence on which a panel could find misconduct.',
  case_to_answer_gross_misconduct: 'There is sufficient evidence on which a panel could find gross misconduct.',
  no_case_to_answer: 'The evidence does not support the allegation: body-worn video and witnesses contradict it.',
  rprp: 'The evidence shows practice requiring improvement rather than misconduct: reflective practice.',
};
const OUTCOME_RATIONALE: Record<Outcome, string> = {
  no_misconduct: 'The panel found the conduct did not amount to misconduct.',
  written_warning: 'Misconduct found; a written warning, taking account of the officer’s record and admissions.',
  final_written_warning: 'Misconduct found; the aggravating features call for a final written warning.',
  reduction_in_rank: 'Gross misconduct found; reduction in rank, given the strong mitigation.',
  dismissal_without_notice: 'Gross misconduct found; the breach of trust is such that only dismissal protects the public.',
  would_have_been_dismissed: 'Gross misconduct found; the former officer would have been dismissed had they still been serving.',
};

export type EventRow = typeof caseEvents.$inferInsert;
export type SubjectRowInsert = typeof caseSubjects.$inferInsert & { id: string };
export type ListReportRequest = { list: 'barred' | 'advisory'; eventOn: string; outcome?: string; leavingReason?: string; submittedAfter: number | null };
export type WalkedSubject = {
  subject: SubjectRowInsert;
  events: EventRow[];
  restrictions: (typeof restrictions.$inferInsert)[];
  listReports: ListReportRequest[];
  allegationCaseToAnswer: (typeof allegations.$inferInsert)['caseToAnswer'];
  investigatorId: string | null;
  /** The dates the investigation was open (for reports to the local policing body). */
  investigation: { from: string; to: string | null } | null;
  outcomes: { outcome: Outcome; on: string }[];
  lastOn: string;
};

export type Walk = {
  random: Random; today: string; caseId: string; subjectId: string; personId: string; forceId: string; receivedOn: string; initial: SubjectState;
  steps: readonly Step[]; deciders: { decides: string; investigates: string; hr: string }; panelNames: () => string; nextMinute: () => number;
  /** Latest day the last step may fall on: an open matter has sat a while in its state. */
  latest: string;
};

/** The dates of every step: gaps from the one before, squeezed to end by `latest`, moved to working days. */
function datesOf(w: Walk): string[] {
  const gaps = w.steps.map((s) => s.gap ?? w.random.int(...GAPS[s.do]));
  const total = gaps.reduce((a, b) => a + b, 0);
  const room = Math.max(daysBetween(w.receivedOn, w.latest), 0);
  // A story with a fixed date keeps its gaps; the others are squeezed to fit before `latest`.
  const scale = w.steps.some((s) => s.on !== undefined) || total <= room ? 1 : room / total;
  const dates: string[] = [];
  let previous = w.receivedOn;
  w.steps.forEach((step, i) => {
    let day = step.on ?? addDays(previous, Math.floor((gaps[i] ?? 0) * scale));
    if (step.on === undefined) {
      const working = workingDayOnOrAfter(day);
      day = working <= w.latest ? working : day <= w.latest ? day : w.latest;
    }
    previous = day < previous ? previous : day;
    dates.push(previous);
  });
  return dates;
}

export function walkSubject(w: Walk): WalkedSubject {
  const dates = datesOf(w);
  const subject: SubjectRowInsert = { id: w.subjectId, caseId: w.caseId, forceId: w.forceId, personId: w.personId, state: w.initial, stateEnteredAt: at(w.receivedOn, 9 * 60) };
  const events: EventRow[] = [];
  const restrictionRows: WalkedSubject['restrictions'] = [];
  const listReports: ListReportRequest[] = [];
  const outcomes: WalkedSubject['outcomes'] = [];
  let allegationCaseToAnswer: boolean | null = null;
  let investigatorId: string | null = null;
  let investigation: WalkedSubject['investigation'] = null;
  let state: SubjectState = w.initial;
  const pick = (action: TransitionAction) => {
    const options = RATIONALE[action];
    return options ? w.random.pick(options) : null;
  };

  w.steps.forEach((step, i) => {
    const on = dates[i] ?? w.receivedOn;
    const event = (values: Omit<EventRow, 'caseId' | 'subjectId' | 'forceId' | 'decidedOn' | 'createdAt'>) =>
      events.push({ caseId: w.caseId, subjectId: w.subjectId, forceId: w.forceId, decidedOn: on, createdAt: at(on, 10 * 60 + w.nextMinute()), ...values });
    if (step.do === 'restrict') {
      const reviewOn = addDays(on, step.reviewAfter);
      const ending = step.endsWith === undefined ? -1 : w.steps.findIndex((s, j) => j > i && s.do === step.endsWith);
      restrictionRows.push({ caseId: w.caseId, subjectId: w.subjectId, forceId: w.forceId, kind: step.kind, conditions: step.conditions, decidedOn: on, reviewOn, endedOn: dates[ending] ?? null, decidedBy: w.deciders.decides });
      event({ action: `restriction_${step.kind}`, decidedBy: w.deciders.decides, rationale: step.conditions, data: { reviewOn } });
      return;
    }
    if (step.do === 'serve_regulation_17_notice') {
      if (state !== 'under_investigation') throw new Error(`demo: a Regulation 17 notice is served during the investigation, not while ${state}`);
      const responseDue = addWorkingDays(on, 10);
      Object.assign(subject, { regulation17ServedOn: on, regulation17ResponseDue: responseDue });
      event({
        action: 'serve_regulation_17_notice', decidedBy: w.deciders.investigates, rationale: null,
        data: { conductDescribed: true, severityStated: true, proceedingsLikely: true, rightToPoliceFriend: true, rightToLegalAdvice: true, rightToRespond: true, harmfulInformationWithheld: false, responseDue },
      });
      return;
    }
    if (step.do === 'leave_service') {
      // As cases/leaving.ts does when someone leaves with a matter open: a former officer, reported to the Advisory List.
      subject.formerOfficer = true;
      event({ action: 'subject_left_service', decidedBy: w.deciders.hr, rationale: null, data: { leavingReason: step.reason } });
      listReports.push({ list: 'advisory', eventOn: on, leavingReason: step.reason, submittedAfter: 3 });
      return;
    }
    const transition = transitionFor(step.do);
    if (!transition.from.includes(state)) throw new Error(`demo: cannot ${step.do} while ${state}`);
    const by = transition.permission === 'case:investigate' ? w.deciders.investigates : w.deciders.decides;
    let to: SubjectState = transition.to[0] ?? state;
    let data: Record<string, unknown> = {};
    let rationale = pick(step.do);
    switch (step.do) {
      case 'handle_outside_schedule_3': data = { complainantAgreed: true }; break;
      case 'assess_severity':
        to = step.severity === 'no_further_action' ? 'closed' : step.severity === 'practice_requiring_improvement' ? 'reflective_practice' : 'assessed';
        subject.severity = step.severity;
        data = { severity: step.severity, likelyProceedings: step.likely ?? null };
        rationale = SEVERITY_RATIONALE[step.severity];
        break;
      case 'decide_iopc_referral':
        subject.iopcReferred = step.referred;
        data = { referred: step.referred, criteria: step.criteria, iopcDecision: step.iopcDecision };
        rationale = step.referred ? 'Referred to the IOPC on the mandatory ground recorded.' : 'No mandatory referral criterion applies, and nothing calls for a voluntary referral.';
        break;
      case 'start_investigation':
        if (step.type !== 'local' && !subject.iopcReferred) throw new Error('demo: a directed or independent investigation needs an IOPC referral');
        investigatorId = step.assigned && step.type !== 'independent' ? w.deciders.investigates : null;
        subject.investigationType = step.type;
        data = { investigationType: step.type, investigatorId };
        investigation = { from: on, to: null };
        break;
      case 'submit_investigation_report':
        if (!subject.regulation17ServedOn) throw new Error('demo: the Regulation 17 notice comes before the report');
        if (investigation) investigation.to = on;
        break;
      case 'decide_case_to_answer': {
        const found = step.decision === 'case_to_answer_misconduct' || step.decision === 'case_to_answer_gross_misconduct';
        to = found && step.bring ? 'awaiting_proceedings' : step.decision === 'rprp' ? 'reflective_practice' : 'closed';
        subject.caseToAnswer = step.decision;
        allegationCaseToAnswer = found;
        data = { decision: step.decision, bringProceedings: step.bring, departsFromNorm: step.departs ?? false, allegationFindings: [] };
        rationale = CASE_TO_ANSWER_RATIONALE[step.decision];
        break;
      }
      case 'arrange_proceedings': {
        const next = w.steps[i + 1];
        // A meeting or hearing still waited for is listed in the weeks ahead.
        const listed = addDays(on, step.hearingAfter ?? w.random.int(21, 45));
        const proceedingsOn = next?.do === 'record_outcome' ? dates[i + 1] ?? on
          : workingDayOnOrAfter(listed > addDays(w.today, 7) ? listed : addDays(w.today, w.random.int(9, 30)));
        const isHearing = step.form !== 'misconduct_meeting';
        if (step.form === 'misconduct_meeting' && subject.caseToAnswer === 'case_to_answer_gross_misconduct') throw new Error('demo: gross misconduct goes to a hearing');
        Object.assign(subject, { proceedingsForm: step.form, proceedingsOn });
        const publicNoticeOn = isHearing ? (addDays(proceedingsOn, -14) < on ? on : addDays(proceedingsOn, -14)) : null;
        data = {
          form: step.form, noticeServedOn: on, proceedingsOn, publicNoticeOn, liveFinalWrittenWarning: false,
          panel: isHearing ? { chair: `Commander ${w.panelNames()}`, layMembers: [w.panelNames(), w.panelNames()], legalAdviser: w.panelNames() } : null,
        };
        rationale = isHearing ? 'Gross misconduct: a misconduct hearing, held in public.' : 'Misconduct only: a misconduct meeting.';
        break;
      }
      case 'record_outcome': {
        const years = step.years ?? 2;
        const liveUntil = step.outcome === 'written_warning' ? addMonths(on, 18) : step.outcome === 'final_written_warning' ? addMonths(on, 12 * years) : null;
        Object.assign(subject, { outcome: step.outcome, outcomeOn: on, liveUntil });
        data = { outcome: step.outcome, liveUntil, finalWrittenWarningYears: step.outcome === 'final_written_warning' ? years : null, departsFromNorm: false };
        rationale = OUTCOME_RATIONALE[step.outcome];
        if (step.outcome === 'dismissal_without_notice' || step.outcome === 'would_have_been_dismissed') listReports.push({ list: 'barred', eventOn: on, outcome: step.outcome, submittedAfter: 4 });
        outcomes.push({ outcome: step.outcome, on });
        break;
      }
      case 'lodge_appeal': data = { appealTo: step.to }; break;
      case 'decide_appeal': {
        const outcome = step.result === 'allowed' ? 'no_misconduct' : step.result === 'varied' ? step.varied ?? subject.outcome ?? null : subject.outcome ?? null;
        const liveUntil = outcome === 'written_warning' ? addMonths(on, 18) : outcome === 'final_written_warning' ? subject.liveUntil ?? addMonths(on, 24) : null;
        Object.assign(subject, { outcome, liveUntil });
        data = { result: step.result, outcome };
        rationale = step.result === 'dismissed' ? 'The appeal is dismissed: the outcome stands.' : 'The appeal succeeds in part.';
        break;
      }
      default: break;
    }
    const historyAcknowledged = transition.needsHistoryAcknowledgement;
    event({ action: step.do, fromState: state, toState: to, decidedBy: by, rationale, data, historyAcknowledged });
    subject.stateEnteredAt = at(on, 10 * 60);
    state = to;
  });
  subject.state = state;
  return {
    subject, events, restrictions: restrictionRows, listReports, allegationCaseToAnswer, investigatorId, investigation, outcomes,
    lastOn: dates[dates.length - 1] ?? w.receivedOn,
  };
}
