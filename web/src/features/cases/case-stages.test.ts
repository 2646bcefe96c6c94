import { describe, expect, it } from 'vitest';
import type { TCaseEvent, TCaseSubject } from './cases.api.js';
import { subjectStages } from './case-stages.js';

const subject = (state: string, extra: Partial<TCaseSubject> = {}): TCaseSubject => ({
  id: 's1', personId: 'p1', name: 'A Person', currentForceName: null, formerOfficer: false, state, stateEnteredAt: '2026-01-01T00:00:00Z', allowedActions: [],
  severity: null, suggestedReferralCriteria: [], iopcReferred: null, investigationType: null, regulation17ServedOn: null, regulation17ResponseDue: null,
  caseToAnswer: null, proceedingsForm: null, proceedingsOn: null, outcome: null, outcomeOn: null, liveUntil: null, allegations: [], restrictions: [], ...extra,
});
const event = (action: string): TCaseEvent => ({
  id: action, subjectId: 's1', action, fromState: null, toState: null, decidedBy: null, decidedOn: '2026-01-01', rationale: null, historyAcknowledged: false, data: null, at: '2026-01-01T00:00:00Z',
});
const statuses = (s: TCaseSubject, actions: string[], isComplaint = false) => Object.fromEntries(subjectStages(s, actions.map(event), isComplaint).map((stage) => [stage.name, stage.status]));

describe('subjectStages', () => {
  it('shows a new conduct matter waiting for its severity assessment', () => {
    expect(statuses(subject('recorded'), [])).toEqual({
      'Assess severity': 'to_do',
      'Decide IOPC referral': 'cannot_start_yet',
      'Start the investigation': 'cannot_start_yet',
      'Serve the Regulation 17 notice': 'cannot_start_yet',
      'Submit the investigation report': 'cannot_start_yet',
      'Decide case to answer': 'cannot_start_yet',
      'Arrange the meeting or hearing': 'cannot_start_yet',
      'Record the outcome': 'cannot_start_yet',
      Appeal: 'cannot_start_yet',
      Close: 'cannot_start_yet',
    });
  });

  it('starts a complaint with deciding how it is handled', () => {
    expect(statuses(subject('logged'), [], true)['Decide how the complaint is handled']).toBe('to_do');
  });

  it('asks for the Regulation 17 notice before the report during an investigation', () => {
    const during = statuses(subject('under_investigation'), ['assess_severity', 'decide_iopc_referral', 'start_investigation']);
    expect([during['Start the investigation'], during['Serve the Regulation 17 notice'], during['Submit the investigation report']]).toEqual(['completed', 'to_do', 'cannot_start_yet']);
    const served = statuses(subject('under_investigation', { regulation17ServedOn: '2026-02-01' }), ['assess_severity', 'decide_iopc_referral', 'start_investigation', 'serve_regulation_17_notice']);
    expect([served['Serve the Regulation 17 notice'], served['Submit the investigation report']]).toEqual(['completed', 'to_do']);
  });

  it('offers an appeal as optional after the outcome, and marks skipped stages not needed once closed', () => {
    expect(statuses(subject('outcome_recorded'), ['record_outcome']).Appeal).toBe('optional');
    const closedEarly = statuses(subject('closed'), ['assess_severity']);
    expect([closedEarly['Assess severity'], closedEarly['Decide IOPC referral'], closedEarly.Close]).toEqual(['completed', 'not_needed', 'completed']);
  });

  it('shows reflective practice only for a matter that went that way', () => {
    expect(statuses(subject('recorded'), [])['Reflective practice']).toBeUndefined();
    const reflective = statuses(subject('reflective_practice'), ['assess_severity']);
    expect([reflective['Reflective practice'], reflective['Decide IOPC referral'], reflective.Close]).toEqual(['to_do', 'not_needed', 'cannot_start_yet']);
  });

  it('starts again after a re-opening', () => {
    expect(statuses(subject('recorded'), ['assess_severity', 'close', 'reopen'])['Assess severity']).toBe('to_do');
  });

  it('says a withdrawn matter was withdrawn', () => {
    expect(statuses(subject('withdrawn'), ['withdraw']).Close).toBe('withdrawn');
  });
});
