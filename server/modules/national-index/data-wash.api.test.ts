// The data wash on both databases: hits against the lists and other forces' open cases, resumable after a
// crash with the same report, and the review queue that decides each hit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliContext } from '../../context.js';
import { as, createTestApp, type TestApp } from '../../testing/test-app.js';
import { createPerson } from '../people/person.service.js';
import { importListEntries } from './list-entry.service.js';
import { runWash, startWashRun } from './data-wash.service.js';
import { listReviews } from './data-wash.repo.js';

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
});
afterAll(() => t.close());

// Read through the repo: listing through the service needs a signed-in user (the CLI context has none).
const hitsOf = async (runId: string) => (await listReviews(t.database.db, { forceId: null, washRunId: runId }))
  .map((r) => `${r.kind}:${r.personId}:${r.listEntryId ?? r.caseSubjectId}`).sort();

describe('data wash', () => {
  it('finds the re-hired barred officer and the officer with an open case in another force', async () => {
    const run = await startWashRun({ db: t.database.db, ctx: cliContext(), forceId: null });
    const done = await runWash({ db: t.database.db, runId: run.id, batchSize: 3 });
    expect(done).toMatchObject({ status: 'completed', processed: run.total, total: 9, hits: 2 });
    const admin = await t.loginAs('vetting_manager');
    const res = await t.app.inject({ method: 'GET', url: `/api/match-reviews?washRunId=${run.id}`, headers: as(admin) });
    const reviews = res.json() as { kind: string; band: string | null; reasons: { agreement: string }[] }[];
    // The vetting manager is in MPS: the WMP officer's hit belongs to WMP and is not shown.
    expect(reviews.map((r) => r.kind)).toEqual(['list_hit']);
    expect(reviews[0]?.reasons?.map((r) => r.agreement)).toEqual(['exact', 'nickname or other spelling', 'exact']);
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
    expect(resumed).toMatchObject({ status: 'completed', processed: 9, hits: 2 });
    const norm = (hits: string[], id: string) => hits.map((h) => h.replace(id, 'run'));
    expect(await hitsOf(clean.id)).toHaveLength(2);
    expect(norm(await hitsOf(crashed.id), crashed.id)).toEqual(norm(await hitsOf(clean.id), clean.id));
  });

  it('lets a reviewer confirm a hit once, with a reason, and refuses a second decision', async () => {
    const vm = await t.loginAs('vetting_manager');
    const open = (await t.app.inject({ method: 'GET', url: '/api/match-reviews?status=open', headers: as(vm) })).json() as { id: string }[];
    const id = open[0]?.id;
    const first = await t.app.inject({ method: 'POST', url: `/api/match-reviews/${id}/decision`, headers: as(vm), payload: { decision: 'confirm', reason: 'Same person: DOB and prior force confirmed with Kent' } });
    expect(first.json()).toMatchObject({ status: 'confirmed', decisionReason: 'Same person: DOB and prior force confirmed with Kent' });
    const second = await t.app.inject({ method: 'POST', url: `/api/match-reviews/${id}/decision`, headers: as(vm), payload: { decision: 'reject', reason: 'x' } });
    expect(second.statusCode).toBe(409);
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
        expect(run).toMatchObject({ status: 'completed', processed: 5 });
        return;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the wash did not finish');
  });
});
