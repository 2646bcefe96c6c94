// The whole transition table, written out by hand from the regulations: every (state, action) pair not
// listed here must be refused. A change to workflow.ts that adds or drops a step fails this test.
import { describe, expect, it } from 'vitest';
import { allowedActions, SUBJECT_STATES, TRANSITION_ACTIONS, transitionFor } from './workflow.js';

const OPEN = ['logged', 'outside_schedule_3', 'recorded', 'assessed', 'reflective_practice', 'referral_decided', 'under_investigation', 'report_submitted', 'awaiting_proceedings', 'proceedings_arranged', 'outcome_recorded', 'under_appeal'];

const LEGAL: Record<string, string[]> = {
  logged: ['record_complaint', 'handle_outside_schedule_3', 'withdraw'],
  outside_schedule_3: ['close', 'withdraw'],
  recorded: ['assess_severity', 'withdraw'],
  assessed: ['decide_iopc_referral', 'withdraw'],
  reflective_practice: ['complete_reflective_practice', 'withdraw'],
  referral_decided: ['start_investigation', 'withdraw'],
  under_investigation: ['submit_investigation_report', 'withdraw'],
  report_submitted: ['decide_case_to_answer', 'withdraw'],
  awaiting_proceedings: ['arrange_proceedings', 'withdraw'],
  proceedings_arranged: ['record_outcome', 'withdraw'],
  outcome_recorded: ['lodge_appeal', 'close', 'withdraw'],
  under_appeal: ['decide_appeal', 'withdraw'],
  closed: ['reopen'],
  withdrawn: ['reopen'],
};

describe('workflow transition table', () => {
  for (const state of SUBJECT_STATES) {
    for (const action of TRANSITION_ACTIONS) {
      const legal = (LEGAL[state] ?? []).includes(action);
      it(`${legal ? 'allows' : 'refuses'} ${action} from ${state}`, () => {
        expect(allowedActions(state).includes(action)).toBe(legal);
      });
    }
  }

  it('leaves every open state by some step, and can withdraw from each', () => {
    for (const state of OPEN) {
      expect(allowedActions(state as (typeof SUBJECT_STATES)[number])).toContain('withdraw');
    }
  });

  it('sends severity and case-to-answer decisions only where the regulations allow', () => {
    expect(transitionFor('assess_severity').to).toEqual(['assessed', 'reflective_practice', 'closed']);
    expect(transitionFor('decide_case_to_answer').to).toEqual(['awaiting_proceedings', 'reflective_practice', 'closed']);
    expect(transitionFor('reopen').to).toEqual(['recorded']);
  });

  it('demands the history be acknowledged at severity assessment and case to answer, and nowhere else', () => {
    expect(TRANSITION_ACTIONS.filter((a) => transitionFor(a).needsHistoryAcknowledgement)).toEqual(['assess_severity', 'decide_case_to_answer']);
  });

  it('gives investigators the investigation steps and appropriate authorities the decisions', () => {
    expect(TRANSITION_ACTIONS.filter((a) => transitionFor(a).permission === 'case:investigate')).toEqual(['complete_reflective_practice', 'start_investigation', 'submit_investigation_report']);
  });
});
