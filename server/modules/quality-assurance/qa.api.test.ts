// Quality-assurance dip sampling on both databases: the draw reproduced from its seed, stratified as documented,
// within the reviewer's reach; reviews against the checklist; disagreement rates with Wilson intervals on a
// hand-made set; decision-makers seeing and answering disagreements about their own decisions only; audit.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TChecklist, TChecklists, TChecklistVersions, TDecisionReview, TDecisionReviews, TQaReport, TReproduction, TSample, TSampleItem, TSampleList } from '../../../shared/qa-contracts.js';
import { cliContext } from '../../context.js';
import { queryRows } from '../../db/client.js';
import { createUser } from '../users/user.service.js';
import { as, createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../testing/test-app.js';
import { allAnswers, plantCaseDecision, plantVettingDecision } from './qa-fixtures.js';

let t: TestApp;
let manager: Session;
let auditor: Session;
let chief: Session;
let officerA: Session;
let officerB: Session;
let authority: Session;
let ids: { officerA: string; officerB: string; manager: string; authority: string; wmpOfficer: string };

/** Deterministic ids, so the draws below are the same on every run and engine. */
const idOf = (n: number) => `00000000-0000-4000-a000-${String(n).padStart(12, '0')}`;
const userId = async (email: string) => (await queryRows<{ id: string }>(t.database.db, sql`select id from app_user where email = ${email}`))[0]?.id ?? '';

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const ctx = cliContext();
  const make = (email: string, role: 'vetting_officer' | 'auditor', forceId: string | null) =>
    createUser({ db, ctx, input: { email, displayName: email.split('@')[0] ?? email, roles: [role], forceId, password: TEST_PASSWORD } });
  const [a, b, wmp] = [await make('officer.a@test.warrant', 'vetting_officer', 'MPS'), await make('officer.b@test.warrant', 'vetting_officer', 'MPS'), await make('officer.wmp@test.warrant', 'vetting_officer', 'WMP')];
  await make('auditor.national@test.warrant', 'auditor', null);
  ids = { officerA: a.id, officerB: b.id, wmpOfficer: wmp.id, manager: await userId(t.emailOf('vetting_manager')), authority: await userId(t.emailOf('appropriate_authority')) };
  manager = await t.loginAs('vetting_manager');
  chief = await t.loginAs('chief_officer');
  authority = await t.loginAs('appropriate_authority');
  auditor = await t.login('auditor.national@test.warrant');
  officerA = await t.login('officer.a@test.warrant');
  officerB = await t.login('officer.b@test.warrant');

  // MPS vetting decisions of 2025: 30 granted (half by each officer), 8 refused, 3 granted with conditions; and some
  // that must never be drawn: 2024 decisions, and another force's.
  const person = t.people.inForce.id;
  let n = 0;
  const plant = (outcome: 'granted' | 'refused' | 'granted_with_conditions', count: number, extra: Partial<Parameters<typeof plantVettingDecision>[1]> = {}) => Promise.all(
    Array.from({ length: count }, (_, i) => { n += 1; return plantVettingDecision(db, { id: idOf(n), forceId: 'MPS', personId: person, deciderId: i % 2 === 0 ? ids.officerA : ids.officerB, outcome, decidedOn: '2025-05-01', ...extra }); }));
  await plant('granted', 30);
  await plant('refused', 8, { adverseCategories: ['financial', 'dishonesty'] });
  await plant('granted_with_conditions', 3, { adverseCategories: ['intelligence'] });
  await plant('refused', 4, { decidedOn: '2024-12-31' });
  await plant('granted', 10, { forceId: 'WMP', personId: t.people.outOfForce.id, deciderId: ids.wmpOfficer });
});
afterAll(() => t.close());

async function draw(session: Session, body: Record<string, unknown>, status = 201) {
  const res = await t.app.inject({ method: 'POST', url: '/api/qa/samples', headers: as(session), payload: {
    name: 'Vetting dip sample', population: 'vetting_decision', forceId: 'MPS', periodFrom: '2025-01-01', periodTo: '2025-12-31', ...body,
  } });
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as TSample;
}

const drawnIds = (sample: TSample) => Object.fromEntries(sample.strata.map((s) => [s.key, sample.sampleItems.filter((i) => i.stratum === s.key).map((i) => i.entityId).sort()]));

async function review(session: Session, itemId: string, verdict: 'agree' | 'disagree', reasons?: string, status = 200) {
  const res = await t.app.inject({ method: 'POST', url: `/api/qa/items/${itemId}/review`, headers: as(session), payload: { answers: await allAnswers(t.database.db, 'vetting_decision', verdict === 'agree' ? 'yes' : 'no'), verdict, ...(reasons ? { reasons } : {}) } });
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as TSampleItem;
}

describe('drawing a sample', () => {
  it('draws the same decisions from the same seed, and different ones from another seed', async () => {
    const first = await draw(manager, { stratifyBy: ['outcome'], sizePerStratum: 5, seed: 'MPS 2025 Q2' });
    const second = await draw(manager, { stratifyBy: ['outcome'], sizePerStratum: 5, seed: 'MPS 2025 Q2' });
    const other = await draw(manager, { stratifyBy: ['outcome'], sizePerStratum: 5, seed: 'MPS 2025 Q3' });
    expect(first.seed).toBe('MPS 2025 Q2');
    expect(drawnIds(second)).toEqual(drawnIds(first));
    expect(drawnIds(other)['outcome=granted']).not.toEqual(drawnIds(first)['outcome=granted']);
    const reproduction = (await t.app.inject({ method: 'GET', url: `/api/qa/samples/${first.id}/reproduction`, headers: as(manager) })).json() as TReproduction;
    expect(reproduction).toMatchObject({ reproduced: true, original: 13, drawnAgain: 13, missing: 0, extra: 0 });
  });

  it('records a random seed when none is given, and the draw can be repeated from it', async () => {
    const sample = await draw(manager, { sizePerStratum: 6 });
    expect(sample.seed).toMatch(/^[0-9a-f]{16}$/);
    const again = await draw(manager, { sizePerStratum: 6, seed: sample.seed });
    expect(drawnIds(again)).toEqual(drawnIds(sample));
  });

  it('gives each stratum its size, all of a smaller stratum, and only decisions of the force and period', async () => {
    const sample = await draw(manager, { stratifyBy: ['outcome'], sizePerStratum: 5, seed: 'strata' });
    expect(sample.strata.map((s) => [s.key, s.population, s.drawn])).toEqual([
      ['outcome=granted', 30, 5], ['outcome=granted_with_conditions', 3, 3], ['outcome=refused', 8, 5],
    ]);
    expect(sample.sampleItems.every((i) => i.forceId === 'MPS' && i.decidedOn === '2025-05-01')).toBe(true);
    expect(sample.sampleItems.filter((i) => i.stratum === 'outcome=refused').every((i) => i.decision === 'refused')).toBe(true);
  });

  it('gives each stratum its proportion, rounded up', async () => {
    const sample = await draw(manager, { stratifyBy: ['outcome'], proportion: 0.1, seed: 'share' });
    expect(sample.strata.map((s) => s.drawn)).toEqual([3, 1, 1]);
  });

  it('stratifies by adverse category (the first in the vocabulary’s order) and filters before cutting', async () => {
    const sample = await draw(manager, { stratifyBy: ['adverseCategory'], filters: { outcome: ['refused', 'granted_with_conditions'] }, sizePerStratum: 50, seed: 'adverse' });
    expect(sample.strata.map((s) => [s.key, s.drawn])).toEqual([['adverseCategory=dishonesty', 8], ['adverseCategory=intelligence', 3]]);
  });

  it('refuses a filter or stratifier of the other population, a missing size, and an empty population', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/qa/samples', headers: as(manager), payload: { name: 'x', population: 'vetting_decision', forceId: 'MPS', periodFrom: '2025-01-01', periodTo: '2025-12-31', stratifyBy: ['tag'], sizePerStratum: 5 } })).json())
      .toMatchObject({ errors: [{ path: 'stratifyBy.0' }] });
    expect((await draw(manager, { stratifyBy: [] }, 400) as unknown as { errors: { path: string }[] }).errors[0]?.path).toBe('sizePerStratum');
    expect((await draw(manager, { sizePerStratum: 5, proportion: 0.5 }, 400) as unknown as { errors: { path: string }[] }).errors[0]?.path).toBe('sizePerStratum');
    expect((await draw(manager, { sizePerStratum: 5, periodFrom: '2020-01-01', periodTo: '2020-12-31' }, 400) as unknown as { errors: { path: string }[] }).errors[0]?.path).toBe('periodFrom');
  });

  it('keeps a vetting manager to vetting decisions of their own force; an auditor samples every force', async () => {
    expect((await t.app.inject({ method: 'POST', url: '/api/qa/samples', headers: as(manager), payload: { name: 'x', population: 'vetting_decision', forceId: 'WMP', periodFrom: '2025-01-01', periodTo: '2025-12-31', sizePerStratum: 5 } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/qa/samples', headers: as(manager), payload: { name: 'x', population: 'vetting_decision', forceId: null, periodFrom: '2025-01-01', periodTo: '2025-12-31', sizePerStratum: 5 } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/qa/samples', headers: as(manager), payload: { name: 'x', population: 'case_decision', forceId: 'MPS', periodFrom: '2025-01-01', periodTo: '2025-12-31', sizePerStratum: 5 } })).statusCode).toBe(403);
    const national = await draw(auditor, { forceId: null, stratifyBy: ['force'], sizePerStratum: 4, seed: 'national' });
    expect(national.strata.map((s) => [s.key, s.population, s.drawn])).toEqual([['force=MPS', 41, 4], ['force=WMP', 10, 4]]);
    const managerList = (await t.app.inject({ method: 'GET', url: '/api/qa/samples', headers: as(manager) })).json() as TSampleList;
    expect(managerList.items.some((s) => s.id === national.id)).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: `/api/qa/samples/${national.id}`, headers: as(manager) })).statusCode).toBe(404);
  });

  it('audits the draw with its seed and parameters', async () => {
    const sample = await draw(manager, { sizePerStratum: 2, seed: 'audited' });
    const [event] = await queryRows<{ detail: { seed: string; drawn: number; populationSize: number } }>(t.database.db, sql`select detail from audit_event where action = 'qa.sample.draw' and entity_id = ${sample.id}`);
    expect(event?.detail).toMatchObject({ seed: 'audited', drawn: 2, populationSize: 41 });
  });
});

describe('reviewing and the report', () => {
  it('needs an answer to every question and reasons to disagree; the decider cannot review their own decision', async () => {
    const sample = await draw(chief, { sizePerStratum: 3, seed: 'checklist' });
    const item = sample.sampleItems[0];
    if (!item) throw new Error('no item');
    const partial = await t.app.inject({ method: 'POST', url: `/api/qa/items/${item.id}/review`, headers: as(chief), payload: { answers: { 'checks-complete': 'yes' }, verdict: 'agree' } });
    expect(partial.statusCode).toBe(400);
    expect((partial.json() as { errors: { path: string }[] }).errors[0]?.path).toMatch(/^answers\./);
    const noReasons = await review(chief, item.id, 'disagree', undefined, 400) as unknown as { errors: { path: string }[] };
    expect(noReasons.errors[0]?.path).toBe('reasons');
    const [row] = await queryRows<{ decider_id: string }>(t.database.db, sql`select decider_id from dip_sample_item where id = ${item.id}`);
    await t.database.db.execute(sql`update dip_sample_item set decider_id = ${ids.manager} where id = ${item.id}`);
    expect((await review(manager, item.id, 'agree', undefined, 409) as unknown as { code: string }).code).toBe('CONFLICT');
    await t.database.db.execute(sql`update dip_sample_item set decider_id = ${row?.decider_id ?? null} where id = ${item.id}`);
    const reviewed = await review(chief, item.id, 'agree');
    expect(reviewed.review).toMatchObject({ verdict: 'agree', reviewerName: 'chief_officer' });
  });

  it('reports disagreement rates per stratum with Wilson intervals, and lists the disagreements', async () => {
    const sample = await draw(manager, { stratifyBy: ['outcome'], sizePerStratum: 5, seed: 'report' });
    const items = (stratum: string) => sample.sampleItems.filter((i) => i.stratum === stratum);
    // Granted: 5 reviewed, 2 disagreements (40.0%, 11.8% to 76.9%). Refused: 4 reviewed, none. Conditions: none reviewed.
    for (const [i, item] of items('outcome=granted').entries()) await review(manager, item.id, i < 2 ? 'disagree' : 'agree', i < 2 ? `Reason ${i}: adverse information not weighed` : undefined);
    for (const item of items('outcome=refused').slice(0, 4)) await review(manager, item.id, 'agree');
    const report = (await t.app.inject({ method: 'GET', url: `/api/qa/samples/${sample.id}/report`, headers: as(manager) })).json() as TQaReport;
    const row = (key: string) => report.strata.find((s) => s.key === key);
    const granted = row('outcome=granted');
    expect(granted).toMatchObject({ drawn: 5, reviewed: { value: 5 }, agreed: { value: 3 }, disagreed: { value: 2 } });
    expect(granted?.disagreementRate.value).toBe(0.4);
    expect(granted?.disagreementRate.lower).toBeCloseTo(0.1176, 3);
    expect(granted?.disagreementRate.upper).toBeCloseTo(0.7693, 3);
    expect(row('outcome=refused')?.disagreementRate).toMatchObject({ value: 0, lower: 0 });
    expect(row('outcome=refused')?.disagreementRate.upper).toBeCloseTo(0.4899, 3);
    expect(row('outcome=granted_with_conditions')?.disagreementRate.value).toBeNull();
    expect(report.total).toMatchObject({ drawn: 13, reviewed: { value: 9 }, disagreed: { value: 2 } });
    expect(report.disagreements.map((d) => d.reasons).sort()).toEqual(['Reason 0: adverse information not weighed', 'Reason 1: adverse information not weighed']);

    const published = (await t.app.inject({ method: 'GET', url: `/api/qa/samples/${sample.id}/report?view=publication`, headers: as(manager) })).json() as TQaReport;
    expect(published.strata.find((s) => s.key === 'outcome=granted')?.disagreed).toEqual({ value: null, suppressed: 'primary' });
    expect(published.disagreements).toEqual([]);
  });
});

describe('the decision-makers', () => {
  it('see disagreements about their own decisions only, and respond to them once', async () => {
    const sample = await draw(manager, { sizePerStratum: 10, seed: 'deciders' });
    const byA = sample.sampleItems.filter((i) => i.deciderName === 'officer.a');
    const byB = sample.sampleItems.filter((i) => i.deciderName === 'officer.b');
    const [a1, a2] = byA;
    const [b1] = byB;
    if (!a1 || !a2 || !b1) throw new Error('the draw should hold decisions of both officers');
    await review(manager, a1.id, 'disagree', 'The financial check was not completed');
    await review(manager, a2.id, 'agree');
    await review(manager, b1.id, 'disagree', 'Rationale does not support a grant');

    const listOf = async (session: Session) => ((await t.app.inject({ method: 'GET', url: '/api/qa/decision-reviews', headers: as(session) })).json() as TDecisionReviews).items;
    const seenByA = (await listOf(officerA)).filter((r) => r.sampleName === sample.name);
    expect(seenByA.map((r) => r.itemId)).toContain(a1.id);
    expect(seenByA.map((r) => r.itemId)).not.toContain(a2.id);
    expect(seenByA.map((r) => r.itemId)).not.toContain(b1.id);
    expect(seenByA.find((r) => r.itemId === a1.id)).toMatchObject({ reasons: 'The financial check was not completed', reviewerName: 'vetting_manager', response: null });
    expect(seenByA.find((r) => r.itemId === a1.id)?.answers[0]).toMatchObject({ answer: 'no' });
    expect((await listOf(officerB)).map((r) => r.itemId)).toContain(b1.id);
    expect((await listOf(authority)).some((r) => r.itemId === a1.id)).toBe(false);

    const respond = (session: Session, itemId: string) => t.app.inject({ method: 'POST', url: `/api/qa/items/${itemId}/response`, headers: as(session), payload: { response: 'The check was done by phone; I have now recorded it.' } });
    expect((await respond(officerA, b1.id)).statusCode).toBe(404);
    expect((await respond(officerA, a2.id)).statusCode).toBe(404);
    const answered = await respond(officerA, a1.id);
    expect(answered.statusCode, answered.body).toBe(200);
    expect((answered.json() as TDecisionReview).response).toBe('The check was done by phone; I have now recorded it.');
    expect((await respond(officerA, a1.id)).statusCode).toBe(409);
    // Once answered, the review stands as it was answered.
    expect((await review(manager, a1.id, 'agree', undefined, 409) as unknown as { code: string }).code).toBe('CONFLICT');
    const item = (await t.app.inject({ method: 'GET', url: `/api/qa/items/${a1.id}`, headers: as(manager) })).json() as TSampleItem;
    expect(item.response?.text).toBe('The check was done by phone; I have now recorded it.');
    const report = (await t.app.inject({ method: 'GET', url: `/api/qa/samples/${sample.id}/report`, headers: as(manager) })).json() as TQaReport;
    expect(report.disagreements.find((d) => d.id === a1.id)?.response).toBe('The check was done by phone; I have now recorded it.');
  });
});

describe('case decisions', () => {
  it('samples severity and case-to-answer decisions by decision and tag, never restricted cases, and the deciding authority answers', async () => {
    const db = t.database.db;
    const person = t.people.inForce.id;
    for (let i = 0; i < 6; i++) await plantCaseDecision(db, { forceId: 'MPS', personId: person, deciderId: ids.authority, decision: 'no_case_to_answer', decidedOn: '2025-03-01', tags: i < 4 ? ['racism', 'misogyny'] : [] });
    for (let i = 0; i < 3; i++) await plantCaseDecision(db, { forceId: 'MPS', personId: person, deciderId: ids.authority, decision: 'severity_misconduct', decidedOn: '2025-03-01', tags: ['use_of_force'] });
    const hidden = await plantCaseDecision(db, { forceId: 'MPS', personId: person, deciderId: ids.authority, decision: 'no_case_to_answer', decidedOn: '2025-03-01', restricted: true });
    const sample = await draw(chief, { population: 'case_decision', stratifyBy: ['decisionType', 'tag'], sizePerStratum: 10, seed: 'cases' });
    expect(sample.strata.map((s) => [s.key, s.drawn])).toEqual([
      ['decisionType=no_case_to_answer;tag=misogyny', 4], ['decisionType=no_case_to_answer;tag=none', 2], ['decisionType=severity_misconduct;tag=use_of_force', 3],
    ]);
    expect(sample.sampleItems.some((i) => i.entityId === hidden)).toBe(false);
    const item = sample.sampleItems[0];
    if (!item) throw new Error('no item');
    const detail = (await t.app.inject({ method: 'GET', url: `/api/qa/items/${item.id}`, headers: as(chief) })).json() as TSampleItem;
    expect(detail.details).toMatchObject({ kind: 'case', decisions: [{ action: 'decide_case_to_answer', deciderName: 'appropriate_authority', rationale: 'Planted rationale' }] });
    expect(detail.checklist.population).toBe('case_decision');
    const answers = await allAnswers(db, 'case_decision', 'no');
    await t.app.inject({ method: 'POST', url: `/api/qa/items/${item.id}/review`, headers: as(chief), payload: { answers, verdict: 'disagree', reasons: 'History in another force not considered' } });
    const seen = ((await t.app.inject({ method: 'GET', url: '/api/qa/decision-reviews', headers: as(authority) })).json() as TDecisionReviews).items;
    expect(seen.find((r) => r.itemId === item.id)).toMatchObject({ entityType: 'case_subject', reasons: 'History in another force not considered', decision: 'no_case_to_answer' });
    expect(((await t.app.inject({ method: 'GET', url: '/api/qa/decision-reviews', headers: as(officerA) })).json() as TDecisionReviews).items.some((r) => r.itemId === item.id)).toBe(false);
  });

  it('audits each read of a sampled decision', async () => {
    const sample = await draw(manager, { sizePerStratum: 1, seed: 'read' });
    const item = sample.sampleItems[0];
    await t.app.inject({ method: 'GET', url: `/api/qa/items/${item?.id ?? ''}`, headers: as(manager) });
    const events = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_event where entity_type = 'dip_sample_item' and entity_id = ${item?.id ?? ''}`);
    expect(events.map((e) => e.action)).toEqual(['qa.item.read']);
  });
});

// Last in the file: it changes the vetting checklist that the tests above answer.
describe('changing a checklist', () => {
  const vettingChecklist = async (session: Session) =>
    ((await t.app.inject({ method: 'GET', url: '/api/qa/checklists', headers: as(session) })).json() as TChecklists).items.find((c) => c.population === 'vetting_decision');

  it('adds a version and retires the old one; drawn samples keep their questions, and a question worded as before keeps its id', async () => {
    const before = await vettingChecklist(auditor);
    if (!before) throw new Error('no vetting checklist');
    const [q0, q1, q2, q3, q4] = before.questions;
    const earlier = await draw(manager, { sizePerStratum: 1, seed: 'before the change' });

    const res = await t.app.inject({ method: 'POST', url: '/api/qa/checklists', headers: as(auditor), payload: {
      population: 'vetting_decision', replaces: before.id, name: 'Vetting decision review (2026)',
      questions: [q0?.text, '  Was the applicant’s social media checked?  ', q3?.text.toUpperCase()],
    } });
    expect(res.statusCode, res.body).toBe(201);
    const created = res.json() as TChecklist;
    expect(created.questions).toEqual([
      { id: q0?.id, text: q0?.text },
      { id: 'was-the-applicant-s-social', text: 'Was the applicant’s social media checked?' },
      { id: q3?.id, text: q3?.text.toUpperCase() },
    ]);
    expect((await vettingChecklist(manager))?.id).toBe(created.id);

    // The earlier sample is still reviewed against the questions it was drawn with.
    const oldItem = (await t.app.inject({ method: 'GET', url: `/api/qa/items/${earlier.sampleItems[0]?.id ?? ''}`, headers: as(auditor) })).json() as TSampleItem;
    expect(oldItem.checklist.id).toBe(before.id);
    expect(oldItem.checklist.questions.map((q) => q.id)).toEqual([q0, q1, q2, q3, q4].map((q) => q?.id));

    // A new sample uses the new version: the old answers no longer fit it.
    const later = await draw(manager, { sizePerStratum: 1, seed: 'after the change' });
    const itemId = later.sampleItems[0]?.id ?? '';
    const stale = await t.app.inject({ method: 'POST', url: `/api/qa/items/${itemId}/review`, headers: as(auditor), payload: { answers: await allAnswers(t.database.db, 'vetting_decision'), verdict: 'agree' } });
    expect(stale.statusCode).toBe(400);
    expect((stale.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('answers.was-the-applicant-s-social');
    const answers = Object.fromEntries(created.questions.map((q) => [q.id, 'yes']));
    expect((await t.app.inject({ method: 'POST', url: `/api/qa/items/${itemId}/review`, headers: as(auditor), payload: { answers, verdict: 'agree' } })).statusCode).toBe(200);

    const versions = ((await t.app.inject({ method: 'GET', url: '/api/qa/checklists/versions', headers: as(auditor) })).json() as TChecklistVersions).items
      .filter((v) => v.population === 'vetting_decision');
    expect(versions.map((v) => [v.id, v.active, v.samples])).toEqual([[created.id, true, 1], [before.id, false, expect.any(Number)]]);
    expect(versions[1]?.samples).toBeGreaterThanOrEqual(1);

    const [event] = await queryRows<{ detail: { replaced: string; kept: string[]; removed: string[] } }>(t.database.db, sql`
      select detail from audit_event where action = 'qa.checklist.replace' and entity_id = ${created.id}`);
    expect(event?.detail).toMatchObject({ replaced: before.id, kept: [q0?.id, q3?.id], removed: [q1?.id, q2?.id, q4?.id] });
  });

  it('refuses a replacement of a version no longer active, empty and repeated questions, and anyone without national reach', async () => {
    const current = await vettingChecklist(auditor);
    const [retired] = ((await t.app.inject({ method: 'GET', url: '/api/qa/checklists/versions', headers: as(auditor) })).json() as TChecklistVersions).items
      .filter((v) => v.population === 'vetting_decision' && !v.active);
    const post = (session: Session, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url: '/api/qa/checklists', headers: as(session), payload: {
      population: 'vetting_decision', replaces: current?.id, name: 'Vetting decision review', questions: ['Were the checks complete?'], ...payload,
    } });
    const stale = await post(auditor, { replaces: retired?.id });
    expect(stale.statusCode).toBe(409);
    expect((stale.json() as { detail: string }).detail).toMatch(/not the active checklist/);
    const pathOf = async (payload: Record<string, unknown>) => {
      const res = await post(auditor, payload);
      expect(res.statusCode).toBe(400);
      return (res.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
    };
    expect(await pathOf({ questions: [] })).toEqual(['questions']);
    expect(await pathOf({ questions: ['Was it fair?', '  was it FAIR?'] })).toEqual(['questions.1']);
    expect(await pathOf({ questions: ['Was it fair?', ' '] })).toEqual(['questions.1']);
    expect((await post(manager, {})).statusCode).toBe(403);
    expect((await post(chief, {})).statusCode).toBe(403);
    expect((await vettingChecklist(auditor))?.id).toBe(current?.id);
  });
});
