import { describe, expect, it } from 'vitest';
import { parseDecisionForm } from './case-decisions.js';

const context = { allegationIds: ['a1', 'a2'], userId: 'u1' };

function form(values: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

const common = { version: '4', 'decidedOn-day': '10', 'decidedOn-month': '3', 'decidedOn-year': '2026', rationale: ' Reasons ' };
const base = { version: 4, decidedOn: '2026-03-10', rationale: 'Reasons' };

describe('parseDecisionForm', () => {
  it('needs the history acknowledged before a severity assessment', () => {
    const parsed = parseDecisionForm('assess_severity', form({ ...common, severity: 'gross_misconduct' }), context);
    expect(parsed.errors.map((e) => [e.field, e.href])).toEqual([['historyAcknowledged', '#historyAcknowledged']]);
    expect(parseDecisionForm('assess_severity', form({ ...common, severity: 'gross_misconduct', historyAcknowledged: 'true' }), context).request).toEqual({
      action: 'assess_severity', ...base, severity: 'gross_misconduct', historyAcknowledged: true, likelyProceedings: null,
    });
  });

  it('asks for the date and the rationale of every decision', () => {
    const parsed = parseDecisionForm('close', form({ version: '4', 'decidedOn-day': '', 'decidedOn-month': '', 'decidedOn-year': '', rationale: '' }), context);
    expect(parsed.errors.map((e) => e.message)).toEqual(['Enter the date of the decision', 'Enter the reasons for your decision']);
  });

  it('refuses a decision dated in the future', () => {
    const parsed = parseDecisionForm('close', form({ ...common, 'decidedOn-year': '2999' }), context);
    expect(parsed.errors.map((e) => e.message)).toEqual(['Date decided must be today or in the past']);
  });

  it('records a referral with the criteria ticked', () => {
    expect(parseDecisionForm('decide_iopc_referral', form({ ...common, referred: 'yes', criteria: ['discriminatory_aggravation'], iopcDecision: '' }), context).request).toEqual({
      action: 'decide_iopc_referral', ...base, referred: true, criteria: ['discriminatory_aggravation'], iopcDecision: null,
    });
  });

  it('assigns the investigation to the signed-in investigator when they say they lead it', () => {
    expect(parseDecisionForm('start_investigation', form({ ...common, investigationType: 'local', investigatorId: 'u2' }), context).request).toMatchObject({ investigatorId: 'u2' });
    expect(parseDecisionForm('start_investigation', form({ ...common, investigationType: 'local' }), context).request).toMatchObject({ investigatorId: null });
  });

  it('reads a case-to-answer decision with a finding per allegation', () => {
    const parsed = parseDecisionForm('decide_case_to_answer', form({
      ...common, decision: 'case_to_answer_misconduct', bringProceedings: 'yes', 'allegationFindings-1': 'no', historyAcknowledged: 'true', departsFromNorm: 'true',
    }), context);
    expect(parsed.request).toEqual({
      action: 'decide_case_to_answer', ...base, historyAcknowledged: true, decision: 'case_to_answer_misconduct', bringProceedings: true,
      allegationFindings: [{ allegationId: 'a2', caseToAnswer: false }], departsFromNorm: true,
    });
  });

  it('asks whether proceedings will be brought only when there is a case to answer', () => {
    const noCase = parseDecisionForm('decide_case_to_answer', form({ ...common, decision: 'no_case_to_answer', historyAcknowledged: 'true' }), context);
    expect(noCase.request).toMatchObject({ decision: 'no_case_to_answer', bringProceedings: false });
    const caseToAnswer = parseDecisionForm('decide_case_to_answer', form({ ...common, decision: 'case_to_answer_gross_misconduct', historyAcknowledged: 'true' }), context);
    expect(caseToAnswer.errors.map((e) => e.field)).toEqual(['bringProceedings']);
  });

  it('needs the whole panel and the public notice for a hearing', () => {
    const hearing = {
      ...common, form: 'misconduct_hearing',
      'noticeServedOn-day': '1', 'noticeServedOn-month': '3', 'noticeServedOn-year': '2026',
      'proceedingsOn-day': '1', 'proceedingsOn-month': '4', 'proceedingsOn-year': '2026',
      'panel-chair': 'Chair', 'panel-layMembers-0': 'Lay 1', 'panel-layMembers-1': '', 'panel-legalAdviser': 'Adviser',
      'publicNoticeOn-day': '', 'publicNoticeOn-month': '', 'publicNoticeOn-year': '',
    };
    expect(parseDecisionForm('arrange_proceedings', form(hearing), context).errors.map((e) => e.field)).toEqual(['panel.layMembers.1', 'publicNoticeOn']);
    const complete = { ...hearing, 'panel-layMembers-1': 'Lay 2', 'publicNoticeOn-day': '15', 'publicNoticeOn-month': '3', 'publicNoticeOn-year': '2026' };
    expect(parseDecisionForm('arrange_proceedings', form(complete), context).request).toEqual({
      action: 'arrange_proceedings', ...base, form: 'misconduct_hearing', noticeServedOn: '2026-03-01', proceedingsOn: '2026-04-01',
      panel: { chair: 'Chair', layMembers: ['Lay 1', 'Lay 2'], legalAdviser: 'Adviser' }, publicNoticeOn: '2026-03-15', specialConditionsCertified: false,
    });
  });

  it('keeps the length of a final written warning only for a final written warning', () => {
    expect(parseDecisionForm('record_outcome', form({ ...common, outcome: 'final_written_warning', finalWrittenWarningYears: '3' }), context).request).toMatchObject({ finalWrittenWarningYears: 3 });
    expect(parseDecisionForm('record_outcome', form({ ...common, outcome: 'written_warning', finalWrittenWarningYears: '3' }), context).request).toMatchObject({ finalWrittenWarningYears: null });
  });

  it('needs the varied outcome of an appeal that varied it', () => {
    expect(parseDecisionForm('decide_appeal', form({ ...common, result: 'varied', variedOutcome: '' }), context).errors.map((e) => e.field)).toEqual(['variedOutcome']);
  });
});
