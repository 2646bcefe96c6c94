// Cases through the API on both databases: intake, the workflow's rules, history, restriction, concurrency.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCase, TCaseList, TSubjectHistory } from '../../../shared/case-contracts.js';
import { queryRows } from '../../db/client.js';
import { as, createTestApp, type Session, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let aa: Session;
let investigator: Session;
let cc: Session;

beforeAll(async () => {
  t = await createTestApp();
  [aa, investigator, cc] = await Promise.all([t.loginAs('appropriate_authority'), t.loginAs('psd_investigator'), t.loginAs('counter_corruption')]);
});
afterAll(() => t.close());

const allegation = (tags: string[] = []) => ({ description: 'Sent <script>alert(1)</script> messages to a colleague', standard: 'discreditable_conduct', iopcCategory: 'individual_behaviours', tags });

async function createCase(session: Session, overrides: Record<string, unknown> = {}): Promise<TCase> {
  const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(session), payload: {
    forceId: 'MPS', source: 'conduct_matter', summary: 'Messages in a group chat', receivedOn: '2025-01-06',
    subjects: [{ personId: t.people.inForce.id, allegations: [allegation(['misogyny'])] }], ...overrides,
  } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TCase;
}

async function step(session: Session, c: TCase, body: Record<string, unknown>, subjectIndex = 0) {
  const subject = c.subjects[subjectIndex];
  return t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${subject?.id}/transitions`, headers: as(session), payload: { version: c.version, rationale: 'Recorded reasons', ...body } });
}

async function stepOk(session: Session, c: TCase, body: Record<string, unknown>): Promise<TCase> {
  const res = await step(session, c, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TCase;
}

const REG17 = { conductDescribed: true, severityStated: true, proceedingsLikely: true, rightToPoliceFriend: true, rightToLegalAdvice: true, rightToRespond: true, harmfulInformationWithheld: false };

/** A gross-misconduct matter taken to the point where proceedings are to be arranged. */
async function toAwaitingProceedings(decision = 'case_to_answer_gross_misconduct'): Promise<TCase> {
  let c = await createCase(aa);
  c = await stepOk(aa, c, { action: 'assess_severity', severity: 'gross_misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' });
  c = await stepOk(aa, c, { action: 'decide_iopc_referral', referred: true, criteria: ['discriminatory_aggravation'], iopcDecision: 'local', decidedOn: '2025-01-13' });
  c = await stepOk(investigator, c, { action: 'start_investigation', investigationType: 'local', decidedOn: '2025-01-14' });
  const notice = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjects[0]?.id}/regulation-17-notice`, headers: as(investigator), payload: { version: c.version, servedOn: '2025-01-15', contents: REG17 } });
  expect(notice.statusCode, notice.body).toBe(200);
  c = notice.json() as TCase;
  c = await stepOk(investigator, c, { action: 'submit_investigation_report', decidedOn: '2025-06-02' });
  return stepOk(aa, c, { action: 'decide_case_to_answer', decision, bringProceedings: true, historyAcknowledged: true, decidedOn: '2025-06-09' });
}

describe('intake', () => {
  it('logs a public complaint and records a conduct matter, with a reference per force and year', async () => {
    const complaint = await createCase(aa, { source: 'public_complaint', parties: [{ kind: 'complainant', name: 'Member of Public', email: 'mop@example.test' }] });
    expect(complaint.subjects[0]?.state).toBe('logged');
    expect(complaint.reference).toMatch(/^MPS-2025-\d{6}$/);
    expect(complaint.parties).toEqual([expect.objectContaining({ kind: 'complainant', name: 'Member of Public' })]);
    const matter = await createCase(aa);
    expect(matter.subjects[0]?.state).toBe('recorded');
    expect(Number(matter.reference.slice(-6))).toBe(Number(complaint.reference.slice(-6)) + 1);
    expect(matter.subjects[0]?.allegations[0]).toMatchObject({ tags: ['misogyny'], tagDefinitionsVersion: 1, description: 'Sent <script>alert(1)</script> messages to a colleague' });
  });

  it('hides complainant details from roles that do not work the case', async () => {
    const c = await createCase(aa, { source: 'public_complaint', parties: [{ kind: 'complainant', name: 'Hidden Person' }] });
    const chief = await t.loginAs('chief_officer');
    const res = await t.app.inject({ method: 'GET', url: `/api/cases/${c.id}`, headers: as(chief) });
    expect(res.statusCode).toBe(200);
    expect((res.json() as TCase).parties).toBeNull();
    expect(res.body).not.toContain('Hidden Person');
  });

  it('refuses unknown people, future dates and incidents after receipt, writing nothing', async () => {
    const [before] = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from misconduct_case`);
    const cases: [Record<string, unknown>, string][] = [
      [{ subjects: [{ personId: '7f1d3c1e-2b7a-4c55-9a0e-0d7f1b2c3d4e', allegations: [allegation()] }] }, 'subjects.0.personId'],
      [{ receivedOn: '2999-01-01' }, 'receivedOn'],
      [{ subjects: [{ personId: t.people.inForce.id, allegations: [{ ...allegation(), occurredOn: '2025-02-01' }] }] }, 'subjects.0.allegations.0.occurredOn'],
      [{ subjects: [{ personId: t.people.inForce.id, allegations: [{ ...allegation(), standard: 'rudeness' }] }] }, 'subjects.0.allegations.0.standard'],
      [{ forceId: 'WMP' }, ''],
    ];
    for (const [override, path] of cases) {
      const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(aa), payload: {
        forceId: 'MPS', source: 'conduct_matter', summary: 'x', receivedOn: '2025-01-06', subjects: [{ personId: t.people.inForce.id, allegations: [allegation()] }], ...override,
      } });
      expect(res.statusCode, JSON.stringify(override)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      if (path) expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    }
    const [after] = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from misconduct_case`);
    expect(after?.n).toBe(before?.n);
  });
});

describe('workflow rules', () => {
  it('refuses an out-of-order step with 409 naming the current state and the allowed steps', async () => {
    const c = await createCase(aa, { source: 'public_complaint' });
    const res = await step(aa, c, { action: 'decide_case_to_answer', decision: 'no_case_to_answer', bringProceedings: false, historyAcknowledged: true, decidedOn: '2025-01-10' });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toBe("You cannot decide case to answer while the subject's matter is logged, not yet recorded. What can happen now: record the complaint under schedule 3; handle outside schedule 3; withdraw");
    expect(res.json().errors).toEqual([{ path: 'action', message: 'current state logged; allowed: record_complaint, handle_outside_schedule_3, withdraw' }]);
  });

  it('will not save a severity assessment until the history is acknowledged, and records the acknowledgement', async () => {
    const c = await createCase(aa);
    const refused = await step(aa, c, { action: 'assess_severity', severity: 'misconduct', decidedOn: '2025-01-10' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].path).toBe('historyAcknowledged');
    const saved = await stepOk(aa, c, { action: 'assess_severity', severity: 'misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' });
    expect(saved.events.at(-1)).toMatchObject({ action: 'assess_severity', fromState: 'recorded', toState: 'assessed', historyAcknowledged: true, rationale: 'Recorded reasons' });
    const audit = await queryRows<{ detail: { historyAcknowledged: boolean } }>(t.database.db, sql`select detail from audit_event where action = 'case.assess_severity' and entity_id = ${c.subjects[0]?.id}`);
    expect(audit[0]?.detail.historyAcknowledged).toBe(true);
  });

  it('refuses a decision from a role that may not make it', async () => {
    const c = await createCase(aa);
    const res = await step(investigator, c, { action: 'assess_severity', severity: 'misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' });
    expect(res.statusCode).toBe(403);
  });

  it('says when IOPC referral is mandatory and refuses not to refer', async () => {
    let c = await createCase(aa);
    expect(c.subjects[0]?.suggestedReferralCriteria).toEqual([{ code: 'discriminatory_aggravation', label: 'Aggravated by discriminatory behaviour', mandatory: true }]);
    c = await stepOk(aa, c, { action: 'assess_severity', severity: 'gross_misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' });
    const res = await step(aa, c, { action: 'decide_iopc_referral', referred: false, criteria: ['discriminatory_aggravation'], decidedOn: '2025-01-11' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'referred', message: expect.stringContaining('mandatory') });
  });

  it('needs the Regulation 17 notice before the report, with the response due 10 working days later', async () => {
    let c = await createCase(aa);
    c = await stepOk(aa, c, { action: 'assess_severity', severity: 'misconduct', historyAcknowledged: true, decidedOn: '2025-04-14' });
    c = await stepOk(aa, c, { action: 'decide_iopc_referral', referred: false, criteria: [], decidedOn: '2025-04-14' });
    c = await stepOk(investigator, c, { action: 'start_investigation', investigationType: 'local', decidedOn: '2025-04-15' });
    expect((await step(investigator, c, { action: 'submit_investigation_report', decidedOn: '2025-04-16' })).statusCode).toBe(409);
    const res = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjects[0]?.id}/regulation-17-notice`, headers: as(investigator), payload: { version: c.version, servedOn: '2025-04-16', contents: REG17 } });
    // Served Wed 16 April 2025: Good Friday 18 and Easter Monday 21 April are not working days.
    expect((res.json() as TCase).subjects[0]?.regulation17ResponseDue).toBe('2025-05-02');
  });

  it('sends gross misconduct to a hearing with a full panel and a public notice', async () => {
    const c = await toAwaitingProceedings();
    expect((await step(aa, c, { action: 'arrange_proceedings', form: 'misconduct_meeting', noticeServedOn: '2025-06-10', proceedingsOn: '2025-07-10', decidedOn: '2025-06-10' })).json().errors[0].path).toBe('form');
    expect((await step(aa, c, { action: 'arrange_proceedings', form: 'misconduct_hearing', noticeServedOn: '2025-06-10', proceedingsOn: '2025-07-10', decidedOn: '2025-06-10' })).json().errors[0].path).toBe('panel');
    const accelerated = await step(aa, c, { action: 'arrange_proceedings', form: 'accelerated_hearing', specialConditionsCertified: true, noticeServedOn: '2025-06-10', proceedingsOn: '2025-07-10', decidedOn: '2025-06-10', publicNoticeOn: '2025-06-11', panel: { chair: 'Chief Constable', layMembers: ['Lay One', 'Lay Two'], legalAdviser: 'LQA' } });
    expect(accelerated.json().errors[0]).toMatchObject({ path: 'proceedingsOn', message: expect.stringContaining('10 to 15 working days') });
    const ok = await stepOk(aa, c, { action: 'arrange_proceedings', form: 'misconduct_hearing', noticeServedOn: '2025-06-10', proceedingsOn: '2025-07-10', publicNoticeOn: '2025-06-20', decidedOn: '2025-06-10', panel: { chair: 'Chief Constable', layMembers: ['Lay One', 'Lay Two'], legalAdviser: 'LQA' } });
    expect(ok.subjects[0]).toMatchObject({ state: 'proceedings_arranged', proceedingsForm: 'misconduct_hearing', proceedingsOn: '2025-07-10' });
    // An outcome cannot be dated before the hearing.
    expect((await step(aa, ok, { action: 'record_outcome', outcome: 'written_warning', decidedOn: '2025-07-01' })).json().errors[0].path).toBe('decidedOn');
  });

  it('limits a meeting to a final written warning and computes when warnings stop being live', async () => {
    let c = await toAwaitingProceedings('case_to_answer_misconduct');
    c = await stepOk(aa, c, { action: 'arrange_proceedings', form: 'misconduct_meeting', noticeServedOn: '2025-06-10', proceedingsOn: '2025-07-10', decidedOn: '2025-06-10' });
    expect((await step(aa, c, { action: 'record_outcome', outcome: 'dismissal_without_notice', decidedOn: '2025-07-10' })).json().errors[0].path).toBe('outcome');
    c = await stepOk(aa, c, { action: 'record_outcome', outcome: 'written_warning', decidedOn: '2025-07-10' });
    expect(c.subjects[0]).toMatchObject({ outcome: 'written_warning', liveUntil: '2027-01-10' });
    // Internal appeal notice is due within 7 working days of the outcome.
    expect((await step(aa, c, { action: 'lodge_appeal', appealTo: 'internal', decidedOn: '2025-07-22' })).json().errors[0].path).toBe('decidedOn');
    expect((await step(aa, c, { action: 'lodge_appeal', appealTo: 'police_appeals_tribunal', decidedOn: '2025-07-14' })).json().errors[0].path).toBe('appealTo');
    c = await stepOk(aa, c, { action: 'lodge_appeal', appealTo: 'internal', decidedOn: '2025-07-18' });
    c = await stepOk(aa, c, { action: 'decide_appeal', result: 'dismissed', decidedOn: '2025-08-01' });
    expect(c.subjects[0]).toMatchObject({ state: 'closed', outcome: 'written_warning' });
  });

  it('reports a dismissal to the Barred List within 5 working days, with the fields the College needs', async () => {
    let c = await toAwaitingProceedings();
    c = await stepOk(aa, c, { action: 'arrange_proceedings', form: 'misconduct_hearing', noticeServedOn: '2025-06-10', proceedingsOn: '2025-07-10', publicNoticeOn: '2025-06-20', decidedOn: '2025-06-10', panel: { chair: 'Chief Constable', layMembers: ['Lay One', 'Lay Two'], legalAdviser: 'LQA' } });
    c = await stepOk(aa, c, { action: 'record_outcome', outcome: 'dismissal_without_notice', decidedOn: '2025-07-11' });
    const reports = await queryRows<{ list: string; due_on: string; details: Record<string, unknown> }>(t.database.db, sql`select list, due_on, details from list_report where case_id = ${c.id}`);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ list: 'barred', due_on: '2025-07-18' });
    const entries = await queryRows<{ list: string; given_names: string; other_family_names: string[]; review_eligible_on: string; source: string }>(t.database.db, sql`select list, given_names, other_family_names, review_eligible_on, source from list_entry where source_case_id = ${c.id}`);
    // Gross misconduct: the entry may be reviewed after 5 years.
    expect(entries).toEqual([{ list: 'barred', given_names: 'Zoë', other_family_names: ['Kowalski'], review_eligible_on: '2030-07-11', source: 'warrant' }]);
    expect(reports[0]?.details).toMatchObject({ fullName: "Zoë O'Brien-Smith", dateOfBirth: '1985-03-14', force: 'MPS', rank: 'Sergeant', warrantOrStaffNumber: 'MP4411', standardsBreached: ['discreditable_conduct'], outcome: 'dismissal_without_notice', date: '2025-07-11' });
  });
});

describe('history that cannot be ignored', () => {
  it("shows the subject's other cases in every force, including no case to answer, with live warnings", async () => {
    let earlier = await createCase(aa);
    earlier = await stepOk(aa, earlier, { action: 'assess_severity', severity: 'no_further_action', historyAcknowledged: true, decidedOn: '2025-01-08' });
    const current = await createCase(aa);
    const res = await t.app.inject({ method: 'GET', url: `/api/cases/${current.id}/subjects/${current.subjects[0]?.id}/history`, headers: as(aa) });
    expect(res.statusCode).toBe(200);
    const history = res.json() as TSubjectHistory;
    expect(history.items.map((i) => i.caseReference)).toContain(earlier.reference);
    expect(history.items.map((i) => i.caseId)).not.toContain(current.id);
    expect(history.items.find((i) => i.caseReference === earlier.reference)).toMatchObject({ state: 'closed', severity: 'no_further_action' });
  });
});

describe('restricted cases', () => {
  it('are invisible to everyone but counter-corruption: page, list, count, filters and history', async () => {
    const restricted = await createCase(cc, { restricted: true, summary: 'Corruption intelligence', subjects: [{ personId: t.people.inForce.id, allegations: [allegation(['corruption'])] }] });
    // Numbered in a series of its own, so no gap in the ordinary series gives it away.
    expect(restricted.reference).toMatch(/^MPS-R-2025-\d{6}$/);
    expect((await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(aa), payload: { forceId: 'MPS', source: 'conduct_matter', summary: 'x', receivedOn: '2025-01-06', restricted: true, subjects: [{ personId: t.people.inForce.id, allegations: [allegation()] }] } })).statusCode).toBe(403);
    for (const role of ['appropriate_authority', 'psd_investigator', 'chief_officer', 'auditor'] as const) {
      const s = await t.loginAs(role);
      expect((await t.app.inject({ method: 'GET', url: `/api/cases/${restricted.id}`, headers: as(s) })).statusCode, role).toBe(404);
      const list = (await t.app.inject({ method: 'GET', url: '/api/cases?tag=corruption&pageSize=100', headers: as(s) })).json() as TCaseList;
      expect(list.items.map((i) => i.id), role).not.toContain(restricted.id);
      expect(list.total, role).toBe(0);
      const people = await t.app.inject({ method: 'GET', url: `/api/people/${t.people.inForce.id}/cases`, headers: as(s) });
      if (people.statusCode === 200) expect(people.body, role).not.toContain(restricted.reference);
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/cases/${restricted.id}`, headers: as(cc) })).statusCode).toBe(200);
    const ccList = (await t.app.inject({ method: 'GET', url: '/api/cases?tag=corruption', headers: as(cc) })).json() as TCaseList;
    expect(ccList.items.map((i) => i.id)).toContain(restricted.id);
  });
});

describe('concurrency', () => {
  it('gives the second of two edits from the same version 409 with the current version', async () => {
    const c = await createCase(aa);
    const [first, second] = await Promise.all([
      step(aa, c, { action: 'assess_severity', severity: 'misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' }),
      step(aa, c, { action: 'withdraw', decidedOn: '2025-01-10' }),
    ]);
    const statuses = [first.statusCode, second.statusCode].sort();
    expect(statuses).toEqual([200, 409]);
    const loser = first.statusCode === 409 ? first : second;
    expect(loser.json()).toMatchObject({ code: 'STALE_VERSION', errors: [{ path: 'version', message: `current version is ${c.version + 1}` }] });
    const [events] = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from case_event where case_id = ${c.id}`);
    expect(events?.n).toBe(2);
  });
});

describe('clocks, oversight and consistency', () => {
  it('dates the local policing body report 12 months after receipt while investigating, then 6 months after each report', async () => {
    let c = await createCase(aa);
    c = await stepOk(aa, c, { action: 'assess_severity', severity: 'misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' });
    c = await stepOk(aa, c, { action: 'decide_iopc_referral', referred: false, criteria: [], decidedOn: '2025-01-10' });
    expect(c.clocks.localPolicingBodyReportDue).toBeNull();
    c = await stepOk(investigator, c, { action: 'start_investigation', investigationType: 'local', decidedOn: '2025-01-13' });
    expect(c.clocks.localPolicingBodyReportDue).toBe('2026-01-06');
    const res = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/local-policing-body-reports`, headers: as(aa), payload: { version: c.version, decidedOn: '2026-01-05', rationale: 'Progress report sent' } });
    expect((res.json() as TCase).clocks.localPolicingBodyReportDue).toBe('2026-07-06');
    const overdue = (await t.app.inject({ method: 'GET', url: '/api/cases?overdue=true&pageSize=100', headers: as(aa) })).json() as TCaseList;
    expect(overdue.items.find((i) => i.id === c.id)).toMatchObject({ overdue: true, nextDue: { on: '2026-07-06', what: 'report to the local policing body' } });
    const summary = (await t.app.inject({ method: 'GET', url: '/api/cases/overdue', headers: as(aa) })).json() as { byForce: { forceId: string; overdue: number }[]; timeInStage: { state: string; open: number }[] };
    expect(summary.byForce.find((f) => f.forceId === 'MPS')?.overdue).toBeGreaterThanOrEqual(1);
    expect(summary.timeInStage.find((s) => s.state === 'under_investigation')?.open).toBeGreaterThanOrEqual(1);
  });

  it('shows comparable closed matters with the spread of their outcomes', async () => {
    let closed = await createCase(aa);
    closed = await stepOk(aa, closed, { action: 'assess_severity', severity: 'misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' });
    closed = await stepOk(aa, closed, { action: 'withdraw', decidedOn: '2025-01-11' });
    let done = await toAwaitingProceedings('case_to_answer_misconduct');
    done = await stepOk(aa, done, { action: 'arrange_proceedings', form: 'misconduct_meeting', noticeServedOn: '2025-06-10', proceedingsOn: '2025-07-10', decidedOn: '2025-06-10' });
    done = await stepOk(aa, done, { action: 'record_outcome', outcome: 'final_written_warning', decidedOn: '2025-07-10' });
    done = await stepOk(aa, done, { action: 'close', decidedOn: '2025-07-31' });
    let current = await createCase(aa);
    current = await stepOk(aa, current, { action: 'assess_severity', severity: 'gross_misconduct', historyAcknowledged: true, decidedOn: '2025-01-10' });
    const res = await t.app.inject({ method: 'GET', url: `/api/cases/${current.id}/subjects/${current.subjects[0]?.id}/comparables`, headers: as(aa) });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { total: number; outcomes: { value: string; count: number }[]; recent: { reference: string }[] };
    // Closed matters at the same severity (gross misconduct) sharing a Standard or tag; not withdrawn ones,
    // not other severities.
    expect(body.recent.map((r) => r.reference)).toContain(done.reference);
    expect(body.recent.map((r) => r.reference)).not.toContain(closed.reference);
    expect(body.outcomes.find((o) => o.value === 'final_written_warning')?.count).toBeGreaterThanOrEqual(1);
    expect(body.total).toBe(body.outcomes.reduce((sum, o) => sum + o.count, 0));
    for (const item of body.recent) expect(item).toMatchObject({ severity: 'gross_misconduct' });
  });
});

describe('leaving while under investigation', () => {
  it('blocks resignation while a live allegation could lead to dismissal, and shows HR the block', async () => {
    const hr = await t.loginAs('hr');
    const { createPerson } = await import('../people/person.service.js');
    const { cliContext } = await import('../../context.js');
    const officer = await createPerson({ db: t.database.db, ctx: cliContext(), input: { givenNames: 'Resigning', familyName: 'Officer', sex: 'male', dateOfBirth: '1980-01-01', otherNames: [], employment: { forceId: 'MPS', role: 'police_officer', rank: 'Constable', collarNumber: 'MP9001', startDate: '2010-01-01' } } });
    const c = await createCase(aa, { subjects: [{ personId: officer.id, allegations: [allegation(['sexual_assault'])] }] });
    const person = (await t.app.inject({ method: 'GET', url: `/api/people/${officer.id}`, headers: as(hr) })).json() as { leavingBlocked: boolean; employments: { id: string }[] };
    expect(person.leavingBlocked).toBe(true);
    const employmentId = person.employments[0]?.id;
    const resign = await t.app.inject({ method: 'POST', url: `/api/people/${officer.id}/employments/${employmentId}/end`, headers: as(hr), payload: { endDate: '2025-02-01', leavingReason: 'resigned' } });
    expect(resign.statusCode).toBe(409);
    expect(resign.json()).toMatchObject({ errors: [{ path: 'leavingReason' }] });

    // Leaving another way: the case continues against a former officer, reported to the Advisory List.
    const left = await t.app.inject({ method: 'POST', url: `/api/people/${officer.id}/employments/${employmentId}/end`, headers: as(hr), payload: { endDate: '2025-02-01', leavingReason: 'other' } });
    expect(left.statusCode, left.body).toBe(200);
    const after = (await t.app.inject({ method: 'GET', url: `/api/cases/${c.id}`, headers: as(aa) })).json() as TCase;
    expect(after.subjects[0]).toMatchObject({ formerOfficer: true, state: 'recorded' });
    expect(after.events.map((e) => e.action)).toContain('subject_left_service');
    const reports = await queryRows<{ list: string; due_on: string }>(t.database.db, sql`select list, due_on from list_report where subject_id = ${after.subjects[0]?.id}`);
    // Left on a Saturday: 5 working days later is the next Friday.
    expect(reports).toEqual([{ list: 'advisory', due_on: '2025-02-07' }]);
  });
});

describe('restrictions', () => {
  it('records a suspension with a review date, continues it at review, then ends it', async () => {
    let c = await createCase(aa);
    const subjectId = c.subjects[0]?.id;
    let res = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${subjectId}/restrictions`, headers: as(aa), payload: { version: c.version, kind: 'suspension', conditions: 'Suspended; no access to force systems', decidedOn: '2025-01-07', reviewOn: '2025-02-07' } });
    c = res.json() as TCase;
    const restriction = c.subjects[0]?.restrictions[0];
    expect(restriction).toMatchObject({ kind: 'suspension', reviewOn: '2025-02-07', endedOn: null });
    const badReview = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/restrictions/${restriction?.id}/review`, headers: as(aa), payload: { version: c.version, reviewedOn: '2025-02-07', decision: 'continue', rationale: 'Risk remains' } });
    expect(badReview.json()).toMatchObject({ errors: [{ path: 'nextReviewOn' }] });
    res = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/restrictions/${restriction?.id}/review`, headers: as(aa), payload: { version: c.version, reviewedOn: '2025-02-07', decision: 'continue', nextReviewOn: '2025-03-07', rationale: 'Risk remains' } });
    c = res.json() as TCase;
    expect(c.subjects[0]?.restrictions[0]).toMatchObject({ reviewOn: '2025-03-07', endedOn: null });
    res = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/restrictions/${restriction?.id}/review`, headers: as(aa), payload: { version: c.version, reviewedOn: '2025-03-07', decision: 'end', rationale: 'Returned to restricted duties instead' } });
    c = res.json() as TCase;
    expect(c.subjects[0]?.restrictions[0]).toMatchObject({ endedOn: '2025-03-07' });
    expect(c.events.map((e) => e.action)).toEqual(expect.arrayContaining(['restriction_suspension', 'restriction_continued', 'restriction_ended']));
  });
});

describe('investigators', () => {
  it('lists who may lead an investigation in the force to those who start one, and refuses others', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/cases/investigators', headers: as(investigator) });
    expect(res.statusCode).toBe(200);
    const names = (res.json() as { items: { displayName: string; forceId: string }[] }).items;
    expect(names.map((n) => n.displayName).sort()).toEqual(['counter_corruption', 'psd_investigator']);
    expect(names.every((n) => n.forceId === 'MPS')).toBe(true);
    expect((await t.app.inject({ method: 'GET', url: '/api/cases/investigators', headers: as(aa) })).statusCode).toBe(403);
  });
});
