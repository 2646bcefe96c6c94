// The data wash on both databases: hits against the lists and other forces' open cases, resumable after a
// crash with the same report, and the review queue that decides each hit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../../context.js';
import { as, createTestApp, type TestApp } from '../../testing/test-app.js';
import { createPerson } from '../people/person.service.js';
import { importListEntries } from './list-entry.service.js';
import { runWash, startWashRun } from './data-wash.service.js';
import { listReviews } from './data-wash.repo.js';
import { eq } from 'drizzle-orm';
import { employments, personAddresses, personLinks } from '../../db/schema.js';
import { createUser } from '../users/user.service.js';
import { TEST_PASSWORD } from '../../testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ctx = cliContext();
  // A barred officer re-hired elsewhere under a nickname and a married surname recorded as previous name.
  await importListEntries({ db, ctx, rows: [{ list: 'barred', given_names: 'Robert', family_name: 'Danvers', date_of_birth: '1981-02-03', reason: 'Dishonesty', decided_on: '2022-05-05', last_force: 'KEN' }] });
  await createPerson({ db, ctx, input: { givenNames: 'Bob', familyName: 'Danvers', dateOfBirth: '1981-02-03', sex: 'male', otherNames: [], employment: { forceId: 'MPS', role: 'police_staff', startDate: '2024-01-08' } } });
  for (let i = 0; i < 6; i++) {
    await createPerson({ db, ctx, input: { givenNames: `Filler${i}`, familyName: `Person${i}`, dateOfBirth: '1990-01-0' + (i + 1), sex: 'female', otherNames: [], employment: { forceId: i % 2 ? 'MPS' : 'WMP', role: 'police_staff', startDate: '2020-01-01' } } });
  }
  // The WMP officer of the fixture has an open case in MPS.
  const aa = await t.loginAs('appropriate_authority');
  const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(aa), payload: {
    forceId: 'MPS', source: 'conduct_matter', summary: 'Seen at an MPS incident', receivedOn: '2025-02-02',
    subjects: [{ personId: t.people.outOfForce.id, allegations: [{ description: 'x', standard: 'discreditable_conduct', iopcCategory: 'other' }] }],
  } });
  expect(res.statusCode).toBe(201);
  // A WMP officer who left while under investigation, and joined MPS months later under a married surname she did
  // not declare; her new application declared the postcode WMP's HR record holds.
  const left = await createPerson({ db, ctx, input: { givenNames: 'Grace', familyName: 'Whitfield', dateOfBirth: '1988-06-14', sex: 'female', otherNames: [], employment: { forceId: 'WMP', role: 'police_officer', startDate: '2012-03-01' } } });
  const wmpAa = await (async () => {
    await createUser({ db, ctx, input: { email: 'aa.wash.wmp@test.warrant', displayName: 'WMP AA', roles: ['appropriate_authority'], forceId: 'WMP', password: TEST_PASSWORD } });
    return t.login('aa.wash.wmp@test.warrant');
  })();
  const wmpCase = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(wmpAa), payload: {
    forceId: 'WMP', source: 'conduct_matter', summary: 'Misuse of police systems', receivedOn: '2024-06-03',
    subjects: [{ personId: left.id, allegations: [{ description: 'x', standard: 'confidentiality', iopcCategory: 'information' }] }],
  } });
  expect(wmpCase.statusCode, wmpCase.body).toBe(201);
  wmpCaseReference = (wmpCase.json() as { reference: string }).reference;
  await db.update(employments).set({ endDate: '2024-09-30', leavingReason: 'resigned' }).where(eq(employments.personId, left.id));
  const joined = await createPerson({ db, ctx, input: { givenNames: 'Grace', familyName: 'Okafor', dateOfBirth: '1988-06-14', sex: 'female', otherNames: [], employment: { forceId: 'MPS', role: 'police_officer', startDate: '2025-01-06' } } });
  await db.insert(personAddresses).values([
    { personId: left.id, postcode: 'XB3 4DE', fromDate: '2015-01-01', toDate: null, source: 'hr_record' },
    { personId: joined.id, postcode: 'XB3 4DE', fromDate: '2015-01-01', toDate: '2024-12-01', source: 'vetting_declaration' },
    { personId: joined.id, postcode: 'XA9 9ZZ', fromDate: '2024-12-02', toDate: null, source: 'hr_record' },
  ]);
  reRegistration = { left: left.id, joined: joined.id };
});
afterAll(() => t.close());
let wmpCaseReference = '';
let reRegistration = { left: '', joined: '' };

// Read through the repo: listing through the service needs a signed-in user (the CLI context has none).
const hitsOf = async (runId: string) => (await listReviews(t.database.db, { forceId: null, washRunId: runId }))
  .map((r) => `${r.kind}:${r.personId}:${r.listEntryId ?? r.caseSubjectId}`).sort();

describe('data wash', () => {
  it('finds the re-hired barred officer, the officer with an open case in another force, and the leaver under investigation who joined again as someone else', async () => {
    const run = await startWashRun({ db: t.database.db, ctx: cliContext(), forceId: null });
    const done = await runWash({ db: t.database.db, runId: run.id, batchSize: 3 });
    expect(done).toMatchObject({ status: 'completed', processed: run.total, total: 10, hits: 3 });
    const admin = await t.loginAs('vetting_manager');
    const res = await t.app.inject({ method: 'GET', url: `/api/match-reviews?washRunId=${run.id}`, headers: as(admin) });
    const reviews = res.json() as { kind: string; band: string | null; score: number | null; personId: string; otherPersonId: string | null; reasons: { field: string; agreement: string }[] }[];
    // The vetting manager is in MPS: the WMP officer's hit belongs to WMP and is not shown.
    expect(reviews.map((r) => r.kind).sort()).toEqual(['list_hit', 'register_duplicate']);
    expect(reviews.find((r) => r.kind === 'list_hit')?.reasons?.map((r) => r.agreement)).toEqual(['exact', 'nickname or other spelling', 'exact']);
    const record = reviews.find((r) => r.kind === 'register_duplicate');
    expect(record).toMatchObject({ personId: reRegistration.joined, otherPersonId: reRegistration.left, band: 'match', score: 15 });
    expect(record?.reasons.filter((r) => r.field === 'address' || r.field === 'case').map((r) => r.agreement)).toEqual([
      'the same postcode in both histories (XB3 4DE)',
      `the other record is a subject of open case ${wmpCaseReference} in WMP`,
    ]);
  });

  it('opens one possible match with the person it is about, and answers 404 for another force\'s', async () => {
    const vm = await t.loginAs('vetting_manager');
    const all = await listReviews(t.database.db, { forceId: null, status: 'open' });
    const own = all.find((r) => r.kind === 'list_hit');
    const elsewhere = all.find((r) => r.kind === 'open_case_elsewhere');
    expect(own?.forceId).toBe('MPS');
    expect(elsewhere?.forceId).toBe('WMP');
    const res = await t.app.inject({ method: 'GET', url: `/api/match-reviews/${own?.id}`, headers: as(vm) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: own?.id, kind: 'list_hit', status: 'open', band: 'match', score: 11.5,
      person: { givenNames: 'Bob', familyName: 'Danvers', dateOfBirth: '1981-02-03' },
      reasons: [{ field: 'family_name', agreement: 'exact', weight: 4 }, { field: 'given_name', agreement: 'nickname or other spelling', weight: 2.5 }, { field: 'date_of_birth', agreement: 'exact', weight: 5 }],
    });
    expect((await t.app.inject({ method: 'GET', url: `/api/match-reviews/${elsewhere?.id}`, headers: as(vm) })).statusCode).toBe(404);
  });

  it('resumes after a crash and produces the same report, with nothing counted twice', async () => {
    const clean = await startWashRun({ db: t.database.db, ctx: cliContext(), forceId: null });
    await runWash({ db: t.database.db, runId: clean.id, batchSize: 2 });
    const crashed = await startWashRun({ db: t.database.db, ctx: cliContext(), forceId: null });
    const partial = await runWash({ db: t.database.db, runId: crashed.id, batchSize: 2, stopAfterBatches: 2 });
    expect(partial).toMatchObject({ status: 'running', processed: 4 });
    const resumed = await runWash({ db: t.database.db, runId: crashed.id, batchSize: 2 });
    expect(resumed).toMatchObject({ status: 'completed', processed: 10, hits: 3 });
    const norm = (hits: string[], id: string) => hits.map((h) => h.replace(id, 'run'));
    expect(await hitsOf(clean.id)).toHaveLength(3);
    expect(norm(await hitsOf(crashed.id), crashed.id)).toEqual(norm(await hitsOf(clean.id), clean.id));
  });

  it('lets a reviewer confirm a hit once, with a reason, and refuses a second decision', async () => {
    const vm = await t.loginAs('vetting_manager');
    const open = (await t.app.inject({ method: 'GET', url: '/api/match-reviews?status=open', headers: as(vm) })).json() as { id: string; kind: string }[];
    const id = open.find((r) => r.kind === 'list_hit')?.id;
    const first = await t.app.inject({ method: 'POST', url: `/api/match-reviews/${id}/decision`, headers: as(vm), payload: { decision: 'confirm', reason: 'Same person: DOB and prior force confirmed with Kent' } });
    expect(first.json()).toMatchObject({ status: 'confirmed', decisionReason: 'Same person: DOB and prior force confirmed with Kent' });
    const second = await t.app.inject({ method: 'POST', url: `/api/match-reviews/${id}/decision`, headers: as(vm), payload: { decision: 'reject', reason: 'x' } });
    expect(second.statusCode).toBe(409);
  });

  it('links the two records when the re-registration is confirmed, and does not raise it again', async () => {
    const vm = await t.loginAs('vetting_manager');
    const open = (await t.app.inject({ method: 'GET', url: '/api/match-reviews?status=open', headers: as(vm) })).json() as { id: string; kind: string }[];
    const review = open.find((r) => r.kind === 'register_duplicate');
    const decided = await t.app.inject({ method: 'POST', url: `/api/match-reviews/${review?.id}/decision`, headers: as(vm), payload: { decision: 'confirm', reason: 'Marriage certificate seen; same warrant history' } });
    expect(decided.statusCode, decided.body).toBe(200);
    const links = await t.database.db.select().from(personLinks).where(eq(personLinks.personId, reRegistration.joined));
    expect(links.map((l) => l.linkedPersonId)).toEqual([reRegistration.left]);
    const run = await startWashRun({ db: t.database.db, ctx: cliContext(), forceId: 'MPS' });
    await runWash({ db: t.database.db, runId: run.id });
    expect((await hitsOf(run.id)).filter((h) => h.startsWith('register_duplicate'))).toEqual([]);
  });

  it('keeps a force-scoped user to their own force', async () => {
    const vm = await t.loginAs('vetting_manager');
    const all = await t.app.inject({ method: 'POST', url: '/api/wash-runs', headers: as(vm), payload: { forceId: null } });
    expect(all.json()).toMatchObject({ errors: [{ path: 'forceId' }] });
    const other = await t.app.inject({ method: 'POST', url: '/api/wash-runs', headers: as(vm), payload: { forceId: 'WMP' } });
    expect(other.statusCode).toBe(403);
    const own = await t.app.inject({ method: 'POST', url: '/api/wash-runs', headers: as(vm), payload: { forceId: 'MPS' } });
    expect(own.statusCode).toBe(202);
    const id = (own.json() as { id: string }).id;
    for (let i = 0; i < 50; i++) {
      const run = (await t.app.inject({ method: 'GET', url: `/api/wash-runs/${id}`, headers: as(vm) })).json() as { status: string; processed: number };
      if (run.status !== 'running') {
        expect(run).toMatchObject({ status: 'completed', processed: 6 });
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the wash did not finish');
  });
});
