import { describe, expect, it } from 'vitest';
import type { TCaseEvent } from './cases.api.js';
import { eventDetails } from './case.page.js';

const event = (action: string, data: Record<string, unknown>): TCaseEvent => ({
  id: 'e1', subjectId: 's1', action, fromState: null, toState: null, decidedBy: 'A User', decidedOn: '2026-07-20', rationale: null, historyAcknowledged: false, data, at: '2026-07-20T10:00:00Z',
});

describe('eventDetails', () => {
  it('says what an outcome decided, in words', () => {
    expect(eventDetails(event('record_outcome', { outcome: 'final_written_warning', liveUntil: '2029-07-20', finalWrittenWarningYears: 3, departsFromNorm: true }))).toEqual([
      'Outcome: Final written warning',
      'Live until 20 July 2029',
      'Departs from comparable cases',
    ]);
  });

  it('says what a referral and a hearing decided', () => {
    const labels = { discriminatory_aggravation: 'Aggravated by discriminatory behaviour' };
    expect(eventDetails(event('decide_iopc_referral', { referred: true, criteria: ['discriminatory_aggravation', 'voluntary'], iopcDecision: 'local' }), labels)).toEqual([
      'Referred to the IOPC',
      'Criteria: Aggravated by discriminatory behaviour, Voluntary',
      'IOPC decision: Returned for local investigation',
    ]);
    expect(eventDetails(event('arrange_proceedings', { form: 'misconduct_hearing', noticeServedOn: '2026-06-22', proceedingsOn: '2026-07-20', publicNoticeOn: '2026-07-01', panel: {} }))).toEqual([
      'Misconduct hearing on 20 July 2026; notice served 22 June 2026',
      'Public notice 1 July 2026',
    ]);
  });

  it('ignores details it does not know rather than show raw data', () => {
    expect(eventDetails(event('record_matter', { source: 'conduct_matter' }))).toEqual([]);
  });
});
