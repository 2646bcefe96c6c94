import { describe, expect, it } from 'vitest';
import { caseProgress, receivedProgress } from './progress.js';

describe('what the complainant is told', () => {
  it("gives a case's stage in plain English", () => {
    expect(caseProgress(['under_investigation'])).toEqual({ stage: 'recorded_as_case', headline: 'Recorded as a complaint', explanation: 'Your complaint is being investigated.' });
  });

  it('reports the least advanced open subject of a case with several', () => {
    expect(caseProgress(['proceedings_arranged', 'recorded', 'closed']).explanation).toBe('The force has formally recorded your complaint and is assessing how serious it is.');
  });

  it('calls a case closed only when every subject is closed or withdrawn', () => {
    expect(caseProgress(['closed', 'withdrawn'])).toMatchObject({ stage: 'closed', headline: 'Closed' });
    expect(caseProgress(['closed', 'under_appeal']).stage).toBe('recorded_as_case');
  });

  it('says the force is being worked out while the complaint is in triage', () => {
    expect(receivedProgress(null).explanation).toMatch(/which police force/);
    expect(receivedProgress('Kent Police').explanation).toMatch(/Kent Police/);
  });
});
