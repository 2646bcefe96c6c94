// Vetting through the API on both databases: minimum checks, second approval, presumption of refusal, appeals,
// expiry, triggered review and withdrawal, integrity reviews, role views, decision consistency.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPersonVetting, TVettingApplication, TVettingReview } from '../../../shared/vetting-contracts.js';
import type { TPerson } from '../../../shared/contracts.js';
import { cliContext } from '../../context.js';
import { queryRows } from '../../db/client.js';
import { addDays, addMonths, todayInEngland } from '../clock/working-days.js';
import { createPerson } from '../people/person.service.js';
import { createUser } from '../users/user.service.js';
import { as, createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
let officer: Session;
let manager: Session;
let secondManager: Session;
let aa: Session;
let hr: Session;
let wmpOfficer: Session;
const today = todayInEngland();
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'vm2@test.warrant', displayName: 'Second Manager', roles: ['vetting_manager'], forceId: 'MPS', password: TEST_PASSWORD } });
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'vo.wmp@test.warrant', displayName: 'WMP Vetting', roles: ['vetting_officer'], forceId: 'WMP', password: TEST_PASSWORD } });
  [officer, manager, aa, hr] = await Promise.all([t.loginAs('vetting_officer'), t.loginAs('vetting_manager'), t.loginAs('appropriate_authority'), t.loginAs('hr')]);
  secondManager = await t.login('vm2@test.warrant');
  wmpOfficer = await t.login('vo.wmp@test.warrant');
});
afterAll(() => t.close());

async function newPerson(forceId = 'MPS'): Promise<TPerson> {
  counter += 1;
  return createPerson({ db: t.database.db, ctx: cliContext(), input: {
    givenNames: 'Applicant', familyName: `Vetted${String.fromCharCode(65 + (counter % 26))}${counter}x`, sex: 'female', dateOfBirth: '1990-04-0' + ((counter % 9) + 1), otherNames: [],
    employment: { forceId, role: 'police_officer', startDate: '2024-01-01' },
  } });
}

const post = (session: Session, url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: as(session), payload: payload as Record<string, unknown> });

async function ok<T>(res: Awaited<ReturnType<typeof post>>, status = 200): Promise<T> {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

async function open(personId: string, kind = 'new_joiner', level = 'RV'): Promise<TVettingApplication> {
  return ok(await post(officer, '/api/vetting/applications', { forceId: 'MPS', personId, level, kind, openedOn: addDays(today, -20) }), 201);
}

/** Records a clear result for every required check the vetting officer types in. */
async function completeChecks(app: TVettingApplication, except: string[] = []): Promise<TVettingApplication> {
  let a = app;
  for (const check of a.checks.filter((c) => c.required && c.result === null && !except.includes(c.checkType))) {
    a = await ok(await post(officer, `/api/vetting/applications/${a.id}/checks`, { version: a.version, checkType: check.checkType, result: 'clear' }));
  }
  return a;
}

const decision = (a: TVettingApplication, body: Record<string, unknown>) =>
  post(officer, `/api/vetting/applications/${a.id}/decision`, { version: a.version, decidedOn: addDays(today, -1), rationale: 'All checks considered', ...body });

describe('minimum checks', () => {
  it('opens with professional-standards history and the lists filled in from Warrant, and lists the level’s required checks', async () => {
    const a = await open((await newPerson()).id);
    expect(a.reference).toMatch(/^MPS-V-\d{4}-\d{6}$/);
    expect(a.state).toBe('checks_in_progress');
    const prefilled = a.checks.filter((c) => c.prefilled && c.result !== null).map((c) => [c.checkType, c.result]);
    expect(prefilled).toEqual([['professional_standards', 'clear'], ['barred_advisory_lists', 'clear']]);
    expect(a.missingChecks).toEqual(['pnc', 'pnd', 'force_intelligence', 'financial', 'family_associates', 'previous_employers', 'identity_address', 'open_source']);
  });

  it('refuses a decision while any required check has no result, naming the missing check, and writes nothing', async () => {
    const a = await completeChecks(await open((await newPerson()).id), ['open_source']);
    const res = await decision(a, { outcome: 'granted' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toEqual([{ path: 'checks.open_source', message: 'no result recorded' }]);
    const after = await ok<TVettingApplication>(await t.app.inject({ method: 'GET', url: `/api/vetting/applications/${a.id}`, headers: as(officer) }));
    expect(after.state).toBe('checks_in_progress');
    expect(after.version).toBe(a.version);
  });

  it('pre-fills an adverse professional-standards check from a case in another force', async () => {
    const person = await newPerson('WMP');
    const wmpAa = await createUser({ db: t.database.db, ctx: cliContext(), input: { email: `aa.wmp${counter}@test.warrant`, displayName: 'WMP AA', roles: ['appropriate_authority'], forceId: 'WMP', password: TEST_PASSWORD } });
    const session = await t.login(wmpAa.email);
    await ok(await post(session, '/api/cases', { forceId: 'WMP', source: 'conduct_matter', summary: 'Prior matter', receivedOn: '2024-05-01', subjects: [{ personId: person.id, allegations: [{ description: 'x', standard: 'confidentiality', iopcCategory: 'information', tags: [] }] }] }), 201);
    const a = await open(person.id, 'transferee');
    const check = a.checks.find((c) => c.checkType === 'professional_standards');
    expect(check?.result).toBe('adverse');
    expect(check?.notes).toContain('1 open');
    expect(a.history.cases.map((c) => c.forceName)).toEqual(['West Midlands Police']);
  });

  it('refuses a result for a check the level does not require, a typed-in prefilled check, and an unknown level', async () => {
    const a = await open((await newPerson()).id, 'new_joiner', 'NPPV1');
    const notRequired = await post(officer, `/api/vetting/applications/${a.id}/checks`, { version: a.version, checkType: 'financial', result: 'clear' });
    expect(notRequired.statusCode).toBe(400);
    expect(notRequired.json().errors[0].path).toBe('checkType');
    const prefilled = await post(officer, `/api/vetting/applications/${a.id}/checks`, { version: a.version, checkType: 'barred_advisory_lists', result: 'clear' });
    expect(prefilled.statusCode).toBe(400);
    const unknown = await post(officer, '/api/vetting/applications', { forceId: 'MPS', personId: a.personId, level: 'XX', kind: 'new_joiner' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({ path: 'level' });
    const unknownType = await post(officer, `/api/vetting/applications/${a.id}/checks`, { version: a.version, checkType: 'tea_leaves', result: 'clear' });
    expect(unknownType.statusCode).toBe(400);
    const noReason = await post(officer, `/api/vetting/applications/${a.id}/checks`, { version: a.version, checkType: 'pnc', result: 'not_completed' });
    expect(noReason.json().errors[0].path).toBe('reason');
  });

  it('needs the transferee checklist complete before a transferee decision', async () => {
    let a = await completeChecks(await open((await newPerson()).id, 'transferee'));
    const blocked = await decision(a, { outcome: 'granted' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().errors).toHaveLength(7);
    a = await ok(await t.app.inject({ method: 'PUT', url: `/api/vetting/applications/${a.id}/transferee-checklist`, headers: as(officer), payload: {
      version: a.version, items: ['previous_force_vetting_file', 'professional_standards_disclosure', 'live_investigations_and_restrictions', 'sickness_and_attendance', 'performance_and_development', 'reference_from_previous_force', 'notifiable_associations_and_business_interests'].map((item) => ({ item, note: 'Received' })),
    } }));
    const granted = await ok<TVettingApplication>(await decision(a, { outcome: 'granted' }));
    expect(granted.state).toBe('granted');
  });
});

describe('adverse information and the second approver', () => {
  async function withAdverse(category = 'financial', disposal = 'none'): Promise<TVettingApplication> {
    const a = await completeChecks(await open((await newPerson()).id));
    return ok(await post(officer, `/api/vetting/applications/${a.id}/adverse-items`, { version: a.version, category, disposal, occurredOn: '2019-03-01', source: 'Credit reference agency', description: 'County court judgment, since satisfied' }));
  }

  it('holds a grant despite adverse information for a second approval, which the decider cannot give', async () => {
    const a = await withAdverse();
    const itemId = a.adverseItems[0]?.id;
    const unweighed = await decision(a, { outcome: 'granted_with_conditions', conditions: ['Annual financial declaration'], conditionsReviewOn: addMonths(today, 6) });
    expect(unweighed.statusCode).toBe(400);
    expect(unweighed.json().errors[0].path).toBe('weighings');
    const decided = await ok<TVettingApplication>(await decision(a, {
      outcome: 'granted_with_conditions', weighings: [{ itemId, weighing: 'Satisfied, low value, disclosed' }], conditions: ['Annual financial declaration'], conditionsReviewOn: addMonths(today, 6),
    }));
    expect(decided.state).toBe('awaiting_approval');
    expect(decided.clearanceId).toBeNull();
    // The vetting officer has no approval right; the manager who decides may not approve their own decision.
    const byOfficer = await post(officer, `/api/vetting/applications/${a.id}/approval`, { version: decided.version, approve: true, decidedOn: today, rationale: 'ok' });
    expect(byOfficer.statusCode).toBe(403);
    const approved = await ok<TVettingApplication>(await post(manager, `/api/vetting/applications/${a.id}/approval`, { version: decided.version, approve: true, decidedOn: today, rationale: 'Agree with the conditions' }));
    expect(approved.state).toBe('granted');
    expect(approved.decision?.approvedByName).toBe('vetting_manager');
    expect(approved.decision?.conditions).toEqual(['Annual financial declaration']);
    expect(approved.clearanceId).not.toBeNull();
  });

  it('refuses self-approval by a manager who decided', async () => {
    const a = await withAdverse();
    const decided = await ok<TVettingApplication>(await post(manager, `/api/vetting/applications/${a.id}/decision`, {
      version: a.version, decidedOn: today, rationale: 'r', outcome: 'granted', weighings: [{ itemId: a.adverseItems[0]?.id, weighing: 'w' }],
    }));
    const self = await post(manager, `/api/vetting/applications/${a.id}/approval`, { version: decided.version, approve: true, decidedOn: today, rationale: 'mine' });
    expect(self.statusCode).toBe(403);
    expect(self.json().detail).toContain('different vetting manager');
    const other = await ok<TVettingApplication>(await post(secondManager, `/api/vetting/applications/${a.id}/approval`, { version: decided.version, approve: false, decidedOn: today, rationale: 'Weighing too thin' }));
    expect(other.state).toBe('checks_in_progress');
    expect(other.decision).toBeNull();
  });

  it('blocks a grant despite a conviction for dishonesty without a rebuttal, and accepts it with one', async () => {
    const a = await withAdverse('dishonesty', 'conviction');
    expect(a.adverseItems[0]?.presumptionOfRefusal).toBe(true);
    const weighings = [{ itemId: a.adverseItems[0]?.id, weighing: 'Theft aged 17, 15 years ago' }];
    const blocked = await decision(a, { outcome: 'granted', weighings });
    expect(blocked.statusCode).toBe(400);
    expect(blocked.json().errors[0].path).toBe('rebuttal');
    const decided = await ok<TVettingApplication>(await decision(a, { outcome: 'granted', weighings, rebuttal: 'Single offence as a juvenile, full disclosure, exemplary since' }));
    expect(decided.state).toBe('awaiting_approval');
  });

  it('lets only someone other than the decider decide an appeal against a refusal, inside the window', async () => {
    const a = await withAdverse('criminal_associates');
    const refused = await ok<TVettingApplication>(await post(manager, `/api/vetting/applications/${a.id}/decision`, {
      version: a.version, decidedOn: addDays(today, -2), rationale: 'Close associate of an organised crime group', outcome: 'refused', weighings: [{ itemId: a.adverseItems[0]?.id, weighing: 'Current and close' }],
    }));
    expect(refused.decision?.appealDueBy).toBe(addDays(today, 12));
    const lodged = await ok<TVettingApplication>(await post(officer, `/api/vetting/applications/${a.id}/appeal`, { version: refused.version, lodgedOn: today, grounds: 'The association has ended' }));
    const byDecider = await post(manager, `/api/vetting/applications/${a.id}/appeal/decision`, { version: lodged.version, result: 'upheld', decidedOn: today, rationale: 'x' });
    expect(byDecider.statusCode).toBe(403);
    const upheld = await ok<TVettingApplication>(await post(secondManager, `/api/vetting/applications/${a.id}/appeal/decision`, { version: lodged.version, result: 'dismissed', decidedOn: today, rationale: 'Association continues' }));
    expect(upheld.state).toBe('refused');
    expect(upheld.allowedActions).not.toContain('lodge_appeal');
  });

  it('refuses decisions out of order and dates out of order', async () => {
    const a = await withAdverse();
    const early = await decision(a, { outcome: 'refused', decidedOn: addDays(today, -30), weighings: [{ itemId: a.adverseItems[0]?.id, weighing: 'w' }] });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors[0].path).toBe('decidedOn');
    const approval = await post(manager, `/api/vetting/applications/${a.id}/approval`, { version: a.version, approve: true, decidedOn: today, rationale: 'r' });
    expect(approval.statusCode).toBe(409);
    expect(approval.json().errors[0].message).toContain('current state checks_in_progress');
  });
});

describe('lifecycle', () => {
  it('sets expiry per level and lists expiring clearances with the reminder due', async () => {
    const rv = await ok<TVettingApplication>(await decision(await completeChecks(await open((await newPerson()).id)), { outcome: 'granted' }));
    const [row] = await queryRows<{ expires_on: string; granted_on: string }>(t.database.db, sql`select expires_on, granted_on from vetting_clearance where id = ${rv.clearanceId}`);
    expect(row?.expires_on).toBe(addMonths(addDays(today, -1), 120));
    const nppv = await ok<TVettingApplication>(await decision(await completeChecks(await open((await newPerson()).id, 'new_joiner', 'NPPV1')), { outcome: 'granted' }));
    const [nrow] = await queryRows<{ expires_on: string }>(t.database.db, sql`select expires_on from vetting_clearance where id = ${nppv.clearanceId}`);
    expect(nrow?.expires_on).toBe(addMonths(addDays(today, -1), 36));
    // Bring one within 30 days and one within 90 days of expiry, one past it.
    await t.database.db.execute(sql`update vetting_clearance set expires_on = ${addDays(today, 20)} where id = ${rv.clearanceId}`);
    await t.database.db.execute(sql`update vetting_clearance set expires_on = ${addDays(today, 60)} where id = ${nppv.clearanceId}`);
    const expiring = await ok<{ items: { id: string; reminderDue: number | null; status: string }[] }>(await t.app.inject({ method: 'GET', url: '/api/vetting/clearances?status=expiring', headers: as(officer) }));
    expect(expiring.items.find((i) => i.id === rv.clearanceId)).toMatchObject({ reminderDue: 30, status: 'expiring' });
    expect(expiring.items.find((i) => i.id === nppv.clearanceId)).toMatchObject({ reminderDue: 90 });
    await t.database.db.execute(sql`update vetting_clearance set expires_on = ${addDays(today, -1)} where id = ${nppv.clearanceId}`);
    const lapsed = await ok<{ items: { id: string; status: string }[] }>(await t.app.inject({ method: 'GET', url: '/api/vetting/clearances?status=lapsed', headers: as(officer) }));
    expect(lapsed.items.find((i) => i.id === nppv.clearanceId)?.status).toBe('lapsed');
    expect(lapsed.items.some((i) => i.id === rv.clearanceId)).toBe(false);
  });

  it('opens a review when a cleared person faces a new sexual-misconduct allegation, and not for an untagged one', async () => {
    const person = await newPerson();
    await ok(await decision(await completeChecks(await open(person.id)), { outcome: 'granted' }));
    const caseBody = (tags: string[]) => ({ forceId: 'MPS', source: 'conduct_matter', summary: 'Allegation', receivedOn: addDays(today, -1), subjects: [{ personId: person.id, allegations: [{ description: 'x', standard: 'discreditable_conduct', iopcCategory: 'sexual_conduct', tags }] }] });
    await ok(await post(aa, '/api/cases', caseBody(['use_of_force'])), 201);
    const before = await queryRows<{ id: string }>(t.database.db, sql`select id from vetting_review where person_id = ${person.id}`);
    expect(before).toHaveLength(0);
    await ok(await post(aa, '/api/cases', caseBody(['sexual_harassment'])), 201);
    const reviews = await queryRows<{ id: string; trigger: string; trigger_detail: string; state: string }>(t.database.db, sql`select id, trigger, trigger_detail, state from vetting_review where person_id = ${person.id}`);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ trigger: 'allegation', state: 'open' });
    expect(reviews[0]?.trigger_detail).toContain('sexual harassment');
    // A second allegation joins the open review rather than opening another.
    const third = await ok<{ id: string; subjects: { id: string }[] }>(await post(aa, '/api/cases', caseBody(['domestic_abuse'])), 201);
    const history = await ok<{ vetting: { level: string; status: string }[] | null }>(await t.app.inject({ method: 'GET', url: `/api/cases/${third.id}/subjects/${third.subjects[0]?.id}/history`, headers: as(aa) }));
    expect(history.vetting).toEqual([{ level: 'RV', forceId: 'MPS', status: 'under_review', expiresOn: addMonths(addDays(today, -1), 120) }]);
    const again = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from vetting_review where person_id = ${person.id}`);
    expect(again[0]?.n).toBe(1);
    // PSD sees only that the person is under review; the trigger stays in the vetting file.
    const status = await ok<TPersonVetting>(await t.app.inject({ method: 'GET', url: `/api/people/${person.id}/vetting`, headers: as(aa) }));
    expect(status.view).toBe('status');
    expect(status.clearances[0]?.status).toBe('under_review');
    expect(status.clearances[0]?.conditions).toBeNull();
    expect(status.reviews[0]?.trigger).toBeNull();
    expect(status.applications).toEqual([]);
  });

  it('runs a withdrawal assessment to withdrawal, flags HR, and lets HR see the outcome only', async () => {
    const person = await newPerson();
    await ok(await decision(await completeChecks(await open(person.id)), { outcome: 'granted' }));
    let review = await ok<TVettingReview>(await post(officer, '/api/vetting/reviews', { personId: person.id, trigger: 'arrest', detail: 'Arrested on suspicion of fraud', openedOn: today }), 201);
    const step = async (session: Session, body: Record<string, unknown>, status = 200) => {
      const res = await post(session, `/api/vetting/reviews/${review.id}/steps`, { version: review.version, decidedOn: today, rationale: 'Reasons', ...body });
      expect(res.statusCode, res.body).toBe(status);
      if (status === 200) review = res.json() as TVettingReview;
      return res;
    };
    const tooEarly = await step(officer, { action: 'withdraw' }, 409);
    expect(tooEarly.json().errors[0].message).toContain('current state open');
    await step(officer, { action: 'serve_withdrawal_notice', representationsDue: addDays(today, 10) });
    await step(officer, { action: 'withdraw' }, 409);
    await step(officer, { action: 'record_representations', accompaniedBy: 'police_friend' });
    await step(officer, { action: 'withdraw' });
    expect(review.state).toBe('withdrawn');
    expect(review.hrActionRequired).toBe(true);
    const tribunalFirst = await step(officer, { action: 'appeal_to_tribunal' }, 409);
    expect(tribunalFirst.json().detail).toContain('panel first');
    const hrList = await ok<{ items: { id: string; personId: string }[] }>(await t.app.inject({ method: 'GET', url: '/api/vetting/hr-actions', headers: as(hr) }));
    expect(hrList.items.some((i) => i.id === review.id && i.personId === person.id)).toBe(true);
    const hrView = await ok<TPersonVetting>(await t.app.inject({ method: 'GET', url: `/api/people/${person.id}/vetting`, headers: as(hr) }));
    expect(hrView.view).toBe('outcome');
    expect(hrView.clearances[0]?.status).toBe('withdrawn');
    expect(hrView.reviews).toEqual([{ id: review.id, trigger: null, openedOn: today, state: 'withdrawn', hrActionRequired: true, hrActionRecordedOn: null }]);
    expect((await t.app.inject({ method: 'GET', url: `/api/vetting/reviews/${review.id}`, headers: as(hr) })).statusCode).toBe(403);
    await ok(await post(hr, `/api/vetting/reviews/${review.id}/hr-action`, { actionOn: today, note: 'Dismissed without notice' }));
    const after = await ok<{ items: { id: string }[] }>(await t.app.inject({ method: 'GET', url: '/api/vetting/hr-actions', headers: as(hr) }));
    expect(after.items.some((i) => i.id === review.id)).toBe(false);
  });

  it('opens a review when misconduct ends in a final written warning', async () => {
    const person = await newPerson();
    await ok(await decision(await completeChecks(await open(person.id)), { outcome: 'granted' }));
    const { openReviewForOutcome } = await import('./review.service.js');
    const [c] = await queryRows<{ id: string }>(t.database.db, sql`select id from misconduct_case limit 1`);
    const id = await t.database.db.transaction((tx) => openReviewForOutcome(tx, cliContext(), { caseId: c?.id ?? '', caseReference: 'MPS-2025-000001', personId: person.id, outcome: 'final_written_warning', outcomeOn: today }));
    expect(id).not.toBeNull();
    const none = await t.database.db.transaction((tx) => openReviewForOutcome(tx, cliContext(), { caseId: c?.id ?? '', caseReference: 'MPS-2025-000001', personId: person.id, outcome: 'no_misconduct', outcomeOn: today }));
    expect(none).toBeNull();
  });

  it('lists an overdue annual integrity review, and clears it once recorded', async () => {
    const person = await newPerson();
    const granted = await ok<TVettingApplication>(await decision(await completeChecks(await open(person.id)), { outcome: 'granted' }));
    await t.database.db.execute(sql`update vetting_clearance set granted_on = ${addMonths(today, -14)} where id = ${granted.clearanceId}`);
    const overdue = await ok<{ items: { personId: string; dueOn: string; daysOverdue: number }[] }>(await t.app.inject({ method: 'GET', url: '/api/vetting/integrity-reviews/overdue', headers: as(officer) }));
    const mine = overdue.items.find((i) => i.personId === person.id);
    expect(mine?.dueOn).toBe(addMonths(today, -2));
    expect(mine?.daysOverdue).toBeGreaterThan(27);
    await ok(await post(officer, '/api/vetting/integrity-reviews', { personId: person.id, completedOn: today, declarations: { changesInCircumstances: 'None', associations: 'None', finances: 'No change', businessInterests: 'None' }, supervisorAppraisal: 'No concerns', concernsRaised: false }), 201);
    const after = await ok<{ items: { personId: string }[] }>(await t.app.inject({ method: 'GET', url: '/api/vetting/integrity-reviews/overdue', headers: as(officer) }));
    expect(after.items.some((i) => i.personId === person.id)).toBe(false);
  });

  it('draws a random re-vetting sample once per force and year', async () => {
    const draw = await ok<{ eligible: number; selected: number; reviewIds: string[] }>(await post(manager, '/api/vetting/random-revetting', { forceId: 'MPS', year: Number(today.slice(0, 4)), share: 0.5 }), 201);
    expect(draw.eligible).toBeGreaterThan(0);
    expect(draw.selected).toBe(Math.ceil(draw.eligible * 0.5));
    expect(draw.reviewIds).toHaveLength(draw.selected);
    const again = await post(manager, '/api/vetting/random-revetting', { forceId: 'MPS', year: Number(today.slice(0, 4)), share: 0.5 });
    expect(again.statusCode).toBe(409);
    expect((await post(officer, '/api/vetting/random-revetting', { forceId: 'MPS', year: 2025, share: 0.1 })).statusCode).toBe(403);
  });
});

describe('scope', () => {
  it('hides another force’s application (404) and refuses opening one there (403)', async () => {
    const a = await open((await newPerson()).id);
    expect((await t.app.inject({ method: 'GET', url: `/api/vetting/applications/${a.id}`, headers: as(wmpOfficer) })).statusCode).toBe(404);
    expect((await post(wmpOfficer, '/api/vetting/applications', { forceId: 'MPS', personId: a.personId, level: 'RV', kind: 'new_joiner' })).statusCode).toBe(403);
  });
});
