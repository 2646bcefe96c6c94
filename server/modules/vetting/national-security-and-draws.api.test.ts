// National security clearances (CTC, SC, DV) are recorded, never managed; randomised re-vetting draws are listed.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TNationalSecurityClearance, TPersonVetting, TRandomRevettingDrawList, TVettingApplication } from '../../../shared/vetting-contracts.js';
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
let aa: Session;
let auditor: Session;
let wmpOfficer: Session;
const today = todayInEngland();
let counter = 0;

beforeAll(async () => {
  t = await createTestApp();
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'vo.wmp.ns@test.warrant', displayName: 'WMP Vetting', roles: ['vetting_officer'], forceId: 'WMP', password: TEST_PASSWORD } });
  [officer, manager, aa, auditor] = await Promise.all([t.loginAs('vetting_officer'), t.loginAs('vetting_manager'), t.loginAs('appropriate_authority'), t.loginAs('auditor')]);
  wmpOfficer = await t.login('vo.wmp.ns@test.warrant');
});
afterAll(() => t.close());

async function newPerson(): Promise<TPerson> {
  counter += 1;
  return createPerson({ db: t.database.db, ctx: cliContext(), input: {
    givenNames: 'Cleared', familyName: `Nationally${String.fromCharCode(65 + (counter % 26))}${counter}z`, sex: 'male', dateOfBirth: '1985-02-0' + ((counter % 9) + 1), otherNames: [],
    employment: { forceId: 'MPS', role: 'police_officer', startDate: '2015-01-01' },
  } });
}

const post = (session: Session, url: string, payload: unknown) => t.app.inject({ method: 'POST', url, headers: as(session), payload: payload as Record<string, unknown> });
const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });

function ok<T>(res: Awaited<ReturnType<typeof post>>, status = 200): T {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as T;
}

const sc = (personId: string, extra: Record<string, unknown> = {}) => ({
  forceId: 'MPS', personId, level: 'SC', grantedOn: addMonths(today, -14), expiresOn: addDays(today, 20), sponsor: 'Counter Terrorism Policing, NSV/2025/0413', ...extra,
});

/** An RV clearance granted through Warrant's own application. */
async function grantRv(personId: string): Promise<TVettingApplication> {
  let a = ok<TVettingApplication>(await post(officer, '/api/vetting/applications', { forceId: 'MPS', personId, level: 'RV', kind: 'new_joiner', openedOn: addDays(today, -20) }), 201);
  for (const check of a.checks.filter((c) => c.required && c.result === null)) {
    a = ok(await post(officer, `/api/vetting/applications/${a.id}/checks`, { version: a.version, checkType: check.checkType, result: 'clear' }));
  }
  return ok(await post(officer, `/api/vetting/applications/${a.id}/decision`, { version: a.version, outcome: 'granted', decidedOn: addDays(today, -1), rationale: 'Clear' }));
}

const allegation = (personId: string) => ({
  forceId: 'MPS', source: 'conduct_matter', summary: 'Allegation', receivedOn: addDays(today, -1),
  subjects: [{ personId, allegations: [{ description: 'x', standard: 'discreditable_conduct', iopcCategory: 'sexual_conduct', tags: ['sexual_assault'] }] }],
});

describe('national security clearances', () => {
  it('records an SC clearance, which the vetting file shows as a national security clearance with its sponsor', async () => {
    const person = await newPerson();
    const recorded = ok<TNationalSecurityClearance>(await post(officer, '/api/vetting/national-security-clearances', sc(person.id)), 201);
    expect(recorded).toMatchObject({ personId: person.id, forceId: 'MPS', level: 'SC', expiresOn: addDays(today, 20), sponsor: 'Counter Terrorism Policing, NSV/2025/0413' });
    const [row] = await queryRows<{ level: string; application_id: string | null }>(t.database.db, sql`select level, application_id from vetting_clearance where id = ${recorded.id}`);
    expect(row).toEqual({ level: 'SC', application_id: null });
    const file = ok<TPersonVetting>(await get(officer, `/api/people/${person.id}/vetting`));
    expect(file.clearances).toEqual([expect.objectContaining({ id: recorded.id, level: 'SC', nationalSecurity: true, sponsor: 'Counter Terrorism Policing, NSV/2025/0413', status: 'expiring' })]);
    // PSD sees that the person holds it, not the sponsor's reference.
    const status = ok<TPersonVetting>(await get(aa, `/api/people/${person.id}/vetting`));
    expect(status.clearances[0]).toMatchObject({ nationalSecurity: true, sponsor: null });
    const [audit] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_event where action = 'vetting.national_security_clearance.record' and entity_id = ${recorded.id}`);
    expect(audit?.n).toBe(1);
  });

  it('refuses an unknown level, naming the field, and writes nothing', async () => {
    const person = await newPerson();
    for (const level of ['TS', 'RV']) {
      const res = await post(officer, '/api/vetting/national-security-clearances', sc(person.id, { level }));
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().errors[0]).toMatchObject({ path: 'level' });
    }
    const expiresFirst = await post(officer, '/api/vetting/national-security-clearances', sc(person.id, { expiresOn: addMonths(today, -15) }));
    expect(expiresFirst.statusCode).toBe(400);
    expect(expiresFirst.json().errors[0]).toMatchObject({ path: 'expiresOn' });
    const rows = await queryRows<{ id: string }>(t.database.db, sql`select id from vetting_clearance where person_id = ${person.id}`);
    expect(rows).toEqual([]);
  });

  it('refuses recording one in another force (403), and refuses a role without vetting:record', async () => {
    const person = await newPerson();
    expect((await post(wmpOfficer, '/api/vetting/national-security-clearances', sc(person.id))).statusCode).toBe(403);
    expect((await post(auditor, '/api/vetting/national-security-clearances', sc(person.id))).statusCode).toBe(403);
    expect((await post(aa, '/api/vetting/national-security-clearances', sc(person.id))).statusCode).toBe(403);
  });

  it('never opens a triggered review of an SC clearance on a sexual-misconduct allegation, while an RV clearance gets one', async () => {
    const scOnly = await newPerson();
    ok(await post(officer, '/api/vetting/national-security-clearances', sc(scOnly.id)), 201);
    const both = await newPerson();
    const scOfBoth = ok<TNationalSecurityClearance>(await post(officer, '/api/vetting/national-security-clearances', sc(both.id, { level: 'DV', expiresOn: null })), 201);
    const rv = await grantRv(both.id);
    ok(await post(aa, '/api/cases', allegation(scOnly.id)), 201);
    ok(await post(aa, '/api/cases', allegation(both.id)), 201);
    expect(await queryRows(t.database.db, sql`select id from vetting_review where person_id = ${scOnly.id}`)).toEqual([]);
    const reviews = await queryRows<{ clearance_id: string; trigger: string }>(t.database.db, sql`select clearance_id, trigger from vetting_review where person_id = ${both.id}`);
    expect(reviews).toEqual([{ clearance_id: rv.clearanceId, trigger: 'allegation' }]);
    expect(reviews.some((r) => r.clearance_id === scOfBoth.id)).toBe(false);
    // Nor can a vetting officer open one by hand, or record an integrity review, on the strength of an SC alone.
    const manual = await post(officer, '/api/vetting/reviews', { personId: scOnly.id, trigger: 'arrest', detail: 'Arrested' });
    expect(manual.statusCode).toBe(409);
    const integrity = await post(officer, '/api/vetting/integrity-reviews', { personId: scOnly.id, completedOn: today, declarations: { changesInCircumstances: 'None', associations: 'None', finances: 'None', businessInterests: 'None' }, supervisorAppraisal: 'Fine', concernsRaised: true });
    expect(integrity.statusCode).toBe(409);
  });

  it('leaves national security clearances off the integrity, reminder and re-vetting lists', async () => {
    await grantRv((await newPerson()).id);
    const person = await newPerson();
    const recorded = ok<TNationalSecurityClearance>(await post(officer, '/api/vetting/national-security-clearances', sc(person.id, { level: 'CTC' })), 201);
    const overdue = ok<{ items: { personId: string }[] }>(await get(officer, '/api/vetting/integrity-reviews/overdue'));
    expect(overdue.items.some((i) => i.personId === person.id)).toBe(false);
    const expiring = ok<{ items: { id: string }[] }>(await get(officer, '/api/vetting/clearances?status=expiring'));
    expect(expiring.items.some((i) => i.id === recorded.id)).toBe(false);
    const { eligibleForRevetting } = await import('./vetting.repo.js');
    const eligible = await eligibleForRevetting(t.database.db, 'MPS', today);
    expect(eligible.some((c) => c.id === recorded.id)).toBe(false);
    expect(eligible.length).toBeGreaterThan(0);
    expect(eligible.every((c) => ['RV', 'MV', 'NPPV1', 'NPPV2', 'NPPV3'].includes(c.level))).toBe(true);
  });
});

describe('randomised re-vetting draws', () => {
  it('lists the draws made in the force, to the force and to auditors, and audits the read', async () => {
    await grantRv((await newPerson()).id);
    const draw = ok<{ eligible: number; selected: number; reviewIds: string[] }>(await post(manager, '/api/vetting/random-revetting', { forceId: 'MPS', year: 2023, share: 0.05 }), 201);
    expect(draw.reviewIds).toHaveLength(draw.selected);
    const mine = ok<TRandomRevettingDrawList>(await get(officer, '/api/vetting/random-revetting'));
    expect(mine.items).toEqual([{ forceId: 'MPS', forceName: 'Metropolitan Police Service', year: 2023, share: 0.05, eligible: draw.eligible, selected: draw.selected, drawnByName: 'vetting_manager', drawnAt: expect.any(String) }]);
    expect(ok<TRandomRevettingDrawList>(await get(wmpOfficer, '/api/vetting/random-revetting')).items).toEqual([]);
    expect((await get(wmpOfficer, '/api/vetting/random-revetting?forceId=MPS')).statusCode).toBe(403);
    expect(ok<TRandomRevettingDrawList>(await get(auditor, '/api/vetting/random-revetting')).items.map((i) => [i.forceId, i.year])).toEqual([['MPS', 2023]]);
    expect((await get(aa, '/api/vetting/random-revetting')).statusCode).toBe(403);
    const [audit] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_event where action = 'vetting.random_revetting.list'`);
    expect(audit?.n).toBe(3);
  });

  it('filters the review list to those the random draw opened', async () => {
    const list = ok<{ items: { trigger: string }[] }>(await get(manager, '/api/vetting/reviews?open=true&trigger=random_revetting'));
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((i) => i.trigger === 'random_revetting')).toBe(true);
    expect((await get(manager, '/api/vetting/reviews?trigger=tea_leaves')).statusCode).toBe(400);
  });
});
