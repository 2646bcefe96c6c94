import { describe, expect, it } from 'vitest';
import { CHECK_TYPES, TRANSFEREE_CHECKLIST } from '../../../../shared/vetting-vocabulary.js';
import { applicationTasks, decisionBlockers } from './application-tasks.js';
import { adverseItem, application, APPLICATION_ID, check } from './vetting-fixtures.js';

const statuses = (tasks: ReturnType<typeof applicationTasks>) => Object.fromEntries(tasks.map((task) => [task.name, task.status.text]));
const byKey = (tasks: ReturnType<typeof applicationTasks>, key: string) => {
  const task = tasks.find((t) => t.key === key);
  if (!task) throw new Error(`no task ${key}`);
  return task;
};
const allRecorded = () => CHECK_TYPES.map((type) => check(type, { result: 'clear' }));

describe('applicationTasks', () => {
  it('lists a new application’s checks as not started, except the two Warrant fills in, and the decision as unable to start', () => {
    const tasks = applicationTasks(application());
    expect(statuses(tasks)).toEqual({
      'Police National Computer (PNC)': 'Not started',
      'Police National Database (PND)': 'Not started',
      'Force intelligence systems': 'Not started',
      'Professional-standards history (all forces)': 'Clear',
      'Barred and Advisory Lists': 'Clear',
      'Financial and credit check': 'Not started',
      'Family and associates': 'Not started',
      'Previous employers and forces': 'Not started',
      'Identity and address history': 'Not started',
      'Social media and open source': 'Not started',
      'Adverse information': 'None recorded',
      Decision: 'Cannot start yet',
    });
    // The prefilled checks have no link (they cannot be typed in) and say where they came from.
    expect(byKey(tasks, 'check-professional_standards')).toMatchObject({ href: null, hint: 'Filled in from Warrant’s records in every force: No complaint or conduct case in any force.' });
    expect(byKey(tasks, 'check-pnc').href).toBe(`/vetting/applications/${APPLICATION_ID}/checks/pnc`);
    expect(byKey(tasks, 'decision')).toMatchObject({ href: null, status: { kind: 'cannot-start' } });
    expect(byKey(tasks, 'decision').hint).toContain('Still to do: Police National Computer (PNC); Police National Database (PND); Force intelligence systems');
  });

  it('shows each result as its tag, with the reason a check could not be completed', () => {
    const tasks = applicationTasks(application({
      checks: [check('pnc', { result: 'adverse', notes: 'Caution 2015', recordedByName: 'Demo vetting officer' }), check('pnd', { result: 'not_completed', reason: 'PND unavailable' })],
    }));
    expect(byKey(tasks, 'check-pnc')).toMatchObject({ hint: 'Caution 2015. Recorded by Demo vetting officer', status: { text: 'Adverse', tagClass: 'govuk-tag govuk-tag--red' } });
    expect(byKey(tasks, 'check-pnd')).toMatchObject({ hint: 'Why: PND unavailable', status: { text: 'Could not complete', tagClass: 'govuk-tag govuk-tag--yellow' } });
    // An adverse check with nothing recorded yet asks for the adverse information.
    expect(byKey(tasks, 'adverse').status).toMatchObject({ text: 'Not started', kind: 'tag' });
  });

  it('opens the decision once every check has a result, and counts the adverse items with their presumptions', () => {
    const tasks = applicationTasks(application({
      checks: allRecorded(), missingChecks: [], adverseItems: [adverseItem(), adverseItem({ id: '44444444-4444-4444-8444-444444444444', category: 'dishonesty', disposal: 'conviction', presumptionOfRefusal: true })],
    }));
    expect(byKey(tasks, 'adverse')).toMatchObject({ status: { text: '2 items' }, hint: '1 item raises a presumption of refusal' });
    expect(byKey(tasks, 'decision')).toMatchObject({ href: `/vetting/applications/${APPLICATION_ID}/decision`, status: { text: 'Not started' } });
  });

  it('keeps the decision closed for a transferee until the checklist is complete', () => {
    const checklist = TRANSFEREE_CHECKLIST.map((item, index) => ({ item, required: true, note: index < 2 ? 'Received' : null }));
    const app = application({ kind: 'transferee', checks: allRecorded(), missingChecks: [], transfereeChecklist: checklist, allowedActions: ['record_check', 'add_adverse_item', 'update_checklist', 'decide'] });
    const tasks = applicationTasks(app);
    expect(byKey(tasks, 'checklist')).toMatchObject({ hint: '2 of 7 items completed', status: { text: 'In progress' }, href: `/vetting/applications/${APPLICATION_ID}/transferee-checklist` });
    expect(decisionBlockers(app)).toEqual([
      'Complete the transferee checklist. Still to do: No live investigation, restriction or suspension, or its details recorded; Sickness and attendance record received; Performance and development (incl. unsatisfactory performance) record received; Reference from the previous force received; Notifiable associations and business interests declared',
    ]);
    expect(byKey(tasks, 'decision').status.text).toBe('Cannot start yet');
  });

  it('shows a grant waiting for its second approval, then granted, and a refusal with its appeal window', () => {
    const decision = {
      outcome: 'granted_with_conditions' as const, decidedByName: 'Demo vetting officer', decidedBy: null, decidedOn: '2026-03-10', rationale: 'r', rebuttal: null,
      conditions: ['Annual financial declaration'], conditionsReviewOn: '2026-09-10', approvedByName: null, approvedOn: null, appealDueBy: null,
    };
    const waiting = applicationTasks(application({ state: 'awaiting_approval', checks: allRecorded(), missingChecks: [], decision, allowedActions: [] }));
    expect(byKey(waiting, 'decision')).toMatchObject({ href: null, status: { text: 'Awaiting second approval' } });
    // Once decided, no check can be changed: the tasks lose their links.
    expect(waiting.filter((task) => task.href !== null)).toEqual([]);
    const granted = applicationTasks(application({ state: 'granted', checks: allRecorded(), missingChecks: [], decision, allowedActions: [] }));
    expect(byKey(granted, 'decision')).toMatchObject({ hint: 'Granted with risk-mitigation conditions', status: { text: 'Granted', tagClass: 'govuk-tag govuk-tag--green' } });
    const refused = applicationTasks(application({ state: 'refused', checks: allRecorded(), missingChecks: [], decision: { ...decision, outcome: 'refused', conditions: [], appealDueBy: '2026-03-24' }, allowedActions: [] }));
    expect(byKey(refused, 'decision')).toMatchObject({ hint: 'The applicant may appeal until 24 March 2026', status: { text: 'Refused' } });
  });

  it('gives no links to someone who may read but not record', () => {
    const tasks = applicationTasks(application({ allowedActions: [] }));
    expect(tasks.filter((task) => task.href !== null)).toEqual([]);
  });
});
