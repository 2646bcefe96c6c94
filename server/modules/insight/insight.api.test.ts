// Insight through the API on both databases, on a small hand-made dataset whose figures are worked out by hand
// below. Threshold 5 (the default).
//
// MPS police officers employed in 2025: White 40 (30 men; W3 resigned 2025-03-31, still counted), Black 20
// (12 men; B0 and B1 dismissed 2025-10-01), Asian 3 (men), Mixed 10 (5 men), and the fixture's Zoë (woman, no ethnicity recorded: not stated).
// A White officer who left on 2024-12-31 has a 2025 case: outside the workforce, so not counted. MPS police
// staff: 6 White women. WMP: 10 White men (5 with one allegation each) and the fixture's Tunde.
// Cases received 2025-02-01 by MPS, allegations per person:
//   White W0 6 (two cases), W1 3, W2 2, W3 1, W4 1, W5 3, W6 2, W7 1: W0–W4 case to answer, meeting, written
//     warning; W5–W7 no case to answer (W5 and W6 closed, after 100 and 200 days).
//   Black B0 2, B1–B7 1: B0–B5 case to answer; B0–B4 meeting; B0, B1 dismissed without notice (and their
//     employment ended "dismissed"), B2–B4 final written warning; B6, B7 no case to answer.
//   Asian A0 1, not yet decided. Mixed M0–M5 1 each (M5 a woman), no case to answer.
//   A restricted (counter-corruption) case against another Black officer, and a 2024 case against a White one:
//   both left out.
// Severity assessed for W0–W5 after 10, 20, 30, 40, 50 and 60 days.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCaseToAnswer, TDisproportionality, TDisproportionalityTrend, TRepeatDistribution, TRepeatDrilldown, TTimeliness } from '../../../shared/insight-contracts.js';
import { queryRows } from '../../db/client.js';
import { allegations, caseEvents, cases, caseSubjects, employments, people, personCharacteristics } from '../../db/schema.js';
import { as, createTestApp, type Session, type TestApp } from '../../testing/test-app.js';

let t: TestApp;
const ids: string[] = [];
const personIdOf = new Map<string, string>();
let caseCounter = 0;

type Sex = 'male' | 'female';
type Ethnicity = 'white' | 'black' | 'asian' | 'mixed';

async function addPerson(label: string, ethnicity: Ethnicity, sex: Sex, job: { forceId?: string; role?: 'police_officer' | 'police_staff'; endDate?: string; leavingReason?: 'resigned' | 'retired' | 'dismissed' } = {}): Promise<string> {
  const id = randomUUID();
  const db = t.database.db;
  await db.insert(people).values({ id, givenNames: 'Person', familyName: label, sex });
  await db.insert(personCharacteristics).values({ personId: id, ethnicity });
  await db.insert(employments).values({
    personId: id, forceId: job.forceId ?? 'MPS', role: job.role ?? 'police_officer', startDate: '2010-01-01',
    endDate: job.endDate ?? null, leavingReason: job.leavingReason ?? null,
  });
  ids.push(id);
  personIdOf.set(label, id);
  return id;
}

type Matter = {
  allegationCount: number; forceId?: string; receivedOn?: string; restricted?: boolean;
  caseToAnswer?: 'case_to_answer_misconduct' | 'no_case_to_answer'; proceedings?: boolean;
  outcome?: 'written_warning' | 'final_written_warning' | 'dismissal_without_notice';
  category: string; standard: string; tags: string[]; severityAfterDays?: number; closedAfterDays?: number;
};

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function addMatter(personId: string, m: Matter): Promise<void> {
  const db = t.database.db;
  caseCounter += 1;
  const forceId = m.forceId ?? 'MPS';
  const receivedOn = m.receivedOn ?? '2025-02-01';
  const [c] = await db.insert(cases).values({ forceId, reference: `INSIGHT-${caseCounter}`, source: 'conduct_matter', restricted: m.restricted ?? false, summary: 'x', receivedOn }).returning({ id: cases.id });
  if (!c) throw new Error('no case');
  const [s] = await db.insert(caseSubjects).values({
    caseId: c.id, forceId, personId, state: m.closedAfterDays ? 'closed' : 'under_investigation',
    caseToAnswer: m.caseToAnswer ?? null, proceedingsForm: m.proceedings ? 'misconduct_meeting' : null, outcome: m.outcome ?? null,
  }).returning({ id: caseSubjects.id });
  if (!s) throw new Error('no subject');
  const decided = m.caseToAnswer === undefined ? null : m.caseToAnswer !== 'no_case_to_answer';
  await db.insert(allegations).values(Array.from({ length: m.allegationCount }, () => ({
    caseId: c.id, subjectId: s.id, forceId, description: 'x', standard: m.standard, iopcCategory: m.category, tags: m.tags, tagDefinitionsVersion: 1, caseToAnswer: decided,
  })));
  const events = [
    ...(m.severityAfterDays ? [{ action: 'assess_severity', toState: 'assessed', decidedOn: addDays(receivedOn, m.severityAfterDays) }] : []),
    ...(m.closedAfterDays ? [{ action: 'close', toState: 'closed', decidedOn: addDays(receivedOn, m.closedAfterDays) }] : []),
  ];
  for (const e of events) await db.insert(caseEvents).values({ caseId: c.id, subjectId: s.id, forceId, ...e });
}

const white = { category: 'individual_behaviours', standard: 'discreditable_conduct', tags: ['misogyny'] };
const black = { category: 'discriminatory_behaviour', standard: 'equality_diversity', tags: ['racism'] };

beforeAll(async () => {
  t = await createTestApp();
  ids.push(t.people.inForce.id, t.people.outOfForce.id);
  const w: string[] = [];
  for (let i = 0; i < 40; i++) {
    w.push(await addPerson(`W${String(i).padStart(2, '0')}`, 'white', i < 30 ? 'male' : 'female', i === 3 ? { endDate: '2025-03-31', leavingReason: 'resigned' } : {}));
  }
  const b: string[] = [];
  for (let i = 0; i < 19; i++) {
    b.push(await addPerson(`B${String(i).padStart(2, '0')}`, 'black', i < 11 ? 'male' : 'female', i < 2 ? { endDate: '2025-10-01', leavingReason: 'dismissed' } : {}));
  }
  const a: string[] = [];
  for (let i = 0; i < 3; i++) a.push(await addPerson(`A${i}`, 'asian', 'male'));
  const mx: string[] = [];
  for (let i = 0; i < 10; i++) mx.push(await addPerson(`M${i}`, 'mixed', i < 5 ? 'male' : 'female'));
  for (let i = 0; i < 6; i++) await addPerson(`S${i}`, 'white', 'female', { role: 'police_staff' });
  const gone = await addPerson('Gone', 'white', 'male', { endDate: '2024-12-31', leavingReason: 'retired' });
  const wmp: string[] = [];
  for (let i = 0; i < 10; i++) wmp.push(await addPerson(`WMP${i}`, 'white', 'male', { forceId: 'WMP' }));
  // The twentieth Black officer, in the workforce, whose only case is restricted.
  const restricted = await addPerson('Restricted', 'black', 'male');

  const whiteCounts = [6, 3, 2, 1, 1, 3, 2, 1];
  for (const [i, n] of whiteCounts.entries()) {
    const id = w[i] ?? '';
    const cta = i < 5;
    const matter: Matter = {
      ...white, allegationCount: i === 0 ? 4 : n, caseToAnswer: cta ? 'case_to_answer_misconduct' : 'no_case_to_answer', proceedings: cta,
      ...(cta ? { outcome: 'written_warning' as const } : {}), ...(i <= 5 ? { severityAfterDays: (i + 1) * 10 } : {}),
      ...(i === 5 ? { closedAfterDays: 100 } : {}), ...(i === 6 ? { closedAfterDays: 200 } : {}),
    };
    await addMatter(id, matter);
    if (i === 0) await addMatter(id, { ...white, allegationCount: 2, caseToAnswer: 'case_to_answer_misconduct', proceedings: true, outcome: 'written_warning' });
  }
  for (let i = 0; i < 8; i++) {
    await addMatter(b[i] ?? '', {
      ...black, allegationCount: i === 0 ? 2 : 1, caseToAnswer: i < 6 ? 'case_to_answer_misconduct' : 'no_case_to_answer', proceedings: i < 5,
      ...(i < 2 ? { outcome: 'dismissal_without_notice' as const } : i < 5 ? { outcome: 'final_written_warning' as const } : {}),
    });
  }
  await addMatter(a[0] ?? '', { allegationCount: 1, category: 'information', standard: 'confidentiality', tags: ['information_misuse'] });
  for (let i = 0; i < 6; i++) await addMatter(mx[i] ?? '', { allegationCount: 1, caseToAnswer: 'no_case_to_answer', category: 'individual_behaviours', standard: 'authority_respect_courtesy', tags: [] });
  for (let i = 0; i < 5; i++) await addMatter(wmp[i] ?? '', { ...white, forceId: 'WMP', allegationCount: 1 });
  await addMatter(restricted, { ...black, allegationCount: 3, restricted: true, caseToAnswer: 'case_to_answer_misconduct', proceedings: true, outcome: 'dismissal_without_notice', severityAfterDays: 1 });
  await addMatter(w[8] ?? '', { ...white, allegationCount: 1, receivedOn: '2024-06-01', caseToAnswer: 'case_to_answer_misconduct' });
  await addMatter(gone, { ...white, allegationCount: 1 });
});
afterAll(() => t.close());

async function get<T>(session: Session, url: string): Promise<{ status: number; body: T; raw: string; type: string }> {
  const res = await t.app.inject({ method: 'GET', url, headers: as(session) });
  return { status: res.statusCode, body: res.json() as T, raw: res.body, type: String(res.headers['content-type']) };
}

const stage = (table: TDisproportionality['byEthnicity'], name: string) => {
  const found = table.stages.find((s) => s.stage === name);
  if (!found) throw new Error(`no stage ${name}`);
  return found;
};
const row = (table: TDisproportionality['byEthnicity'], stageName: string, group: string) => {
  const found = stage(table, stageName).rows.find((r) => r.group === group);
  if (!found) throw new Error(`no group ${group}`);
  return found;
};

describe('disproportionality', () => {
  it('counts people at each stage for a force, year and role, and computes the RRI by hand', async () => {
    const { status, body } = await get<TDisproportionality>(await t.loginAs('chief_officer'), '/api/insight/disproportionality?year=2025&role=officers');
    expect(status).toBe(200);
    const e = body.byEthnicity;
    expect(body.meta.scope).toEqual({ forceId: 'MPS', forceName: expect.any(String), from: '2025-01-01', to: '2025-12-31', role: 'officers' });
    // Workforce: White 40 (the 2024 leaver is out), Black 20, total 74.
    expect(row(e, 'workforce', 'white').count).toEqual({ value: 40, suppressed: null });
    expect(row(e, 'workforce', 'black').count).toEqual({ value: 20, suppressed: null });
    expect(stage(e, 'workforce').total).toEqual({ value: 74, suppressed: null });
    // Restricted and 2024 cases, and the leaver's 2025 case, are not counted.
    expect(row(e, 'allegation', 'white').count.value).toBe(8);
    expect(row(e, 'allegation', 'black').count.value).toBe(8);
    expect(stage(e, 'allegation').total.value).toBe(23);
    expect(['case_to_answer', 'proceedings', 'sanction', 'dismissal'].map((s) => row(e, s, 'white').count.value)).toEqual([5, 5, 5, 0]);
    expect(['case_to_answer', 'proceedings', 'sanction'].map((s) => row(e, s, 'black').count.value)).toEqual([6, 5, 5]);
    // (8/20) ÷ (8/40) = 2; SE = √(1/8 − 1/20 + 1/8 − 1/40) = 0.41833 → 2 ÷/× 2.27034.
    const perHead = row(e, 'allegation', 'black').rriPerHead;
    expect(perHead.value).toBeCloseTo(2, 10);
    expect(perHead.lower).toBeCloseTo(0.88094, 4);
    expect(perHead.upper).toBeCloseTo(4.54060, 4);
    // Case to answer among those with an allegation: (6/8) ÷ (5/8) = 1.2, 0.61438 to 2.34381; Wilson 6/8: 0.40928 to 0.92852.
    const cta = row(e, 'case_to_answer', 'black');
    expect(cta.rriVsPrevious.value).toBeCloseTo(1.2, 10);
    expect(cta.rriVsPrevious.lower).toBeCloseTo(0.61438, 4);
    expect(cta.rriVsPrevious.upper).toBeCloseTo(2.34381, 4);
    expect(cta.rateOfPrevious).toEqual({ value: 0.75, lower: expect.closeTo(0.40928, 4), upper: expect.closeTo(0.92852, 4), note: null });
    expect(row(e, 'case_to_answer', 'white').rriVsPrevious.note).toBe('Reference group');
  });

  it('suppresses small counts, hides a complementary cell and shows no ratio over a hidden count', async () => {
    const { body } = await get<TDisproportionality>(await t.loginAs('chief_officer'), '/api/insight/disproportionality?year=2025&role=officers');
    const e = body.byEthnicity;
    // Workforce: Asian 3 and not stated 1 are small, and 3 + 1 = 4 < 5 could be read off 74, so Mixed 10 goes too.
    expect(row(e, 'workforce', 'asian').count).toEqual({ value: null, suppressed: 'primary' });
    expect(row(e, 'workforce', 'not_stated').count).toEqual({ value: null, suppressed: 'primary' });
    expect(row(e, 'workforce', 'mixed').count).toEqual({ value: null, suppressed: 'secondary' });
    // Allegation: Asian 1 would be 23 − 8 − 8 − 6, so Mixed 6 is hidden with it.
    expect(row(e, 'allegation', 'asian').count.suppressed).toBe('primary');
    expect(row(e, 'allegation', 'mixed').count.suppressed).toBe('secondary');
    expect(row(e, 'allegation', 'asian').rriPerHead).toEqual({ value: null, lower: null, upper: null, note: 'Not shown: it rests on a suppressed count' });
    // Dismissal: Black 2 and the total 2 are both hidden; a true zero stays visible.
    expect(row(e, 'dismissal', 'black').count.suppressed).toBe('primary');
    expect(stage(e, 'dismissal').total).toEqual({ value: null, suppressed: 'primary' });
    expect(row(e, 'dismissal', 'white').count).toEqual({ value: 0, suppressed: null });
    expect(body.meta.suppression.threshold).toBe(5);
    expect(body.meta.suppression.primary).toBeGreaterThanOrEqual(6);
    expect(body.meta.suppression.secondary).toBeGreaterThanOrEqual(3);
    expect(body.meta.definition).toContain('overlaps the period');
    expect(body.meta.formula).toContain('√(1/a − 1/n1 + 1/b − 1/n2)');
  });

  it('corrects a zero cell and keeps small cells hidden by sex', async () => {
    const { body } = await get<TDisproportionality>(await t.loginAs('chief_officer'), '/api/insight/disproportionality?year=2025&role=officers');
    const s = body.bySex;
    // Men 50, women 24. Allegation: women 1 (small) would be 23 − 22, so men 22 is hidden too.
    expect(row(s, 'workforce', 'male').count.value).toBe(50);
    expect(row(s, 'workforce', 'female').count.value).toBe(24);
    expect(row(s, 'allegation', 'female').count.suppressed).toBe('primary');
    expect(row(s, 'allegation', 'male').count.suppressed).toBe('secondary');
    // No woman had a case to answer: (0.5/25) ÷ (11.5/51) = 0.088696, 0.0054440 to 1.44506.
    const zero = row(s, 'case_to_answer', 'female').rriPerHead;
    expect(zero.value).toBeCloseTo(0.088696, 5);
    expect(zero.lower).toBeCloseTo(0.005444, 5);
    expect(zero.upper).toBeCloseTo(1.44506, 4);
    expect(zero.note).toContain('Haldane');
  });

  it('filters by role and says when there is no reference group', async () => {
    const { body } = await get<TDisproportionality>(await t.loginAs('chief_officer'), '/api/insight/disproportionality?year=2025&role=staff');
    expect(stage(body.byEthnicity, 'workforce').total.value).toBe(6);
    expect(row(body.bySex, 'workforce', 'male').count.value).toBe(0);
    expect(body.meta.warnings).toEqual(['No men in the workforce for this scope: no ratio against male can be given.']);
    expect(row(body.bySex, 'allegation', 'female').rriPerHead.note).toBe('No Male reference group to compare with');
    expect(JSON.stringify(body)).not.toMatch(/NaN|Infinity/);
  });

  it('covers every force for a national analyst, and never returns a person id', async () => {
    const { status, body, raw } = await get<TDisproportionality>(await t.loginAs('analyst'), '/api/insight/disproportionality?year=2025&role=officers');
    expect(status).toBe(200);
    expect(body.meta.scope.forceId).toBeNull();
    // The fixture's analyst belongs to MPS, but the analyst grant is national: every force.
    expect(row(body.byEthnicity, 'workforce', 'white').count.value).toBe(50);
    expect(row(body.byEthnicity, 'allegation', 'white').count.value).toBe(13);
    for (const id of ids) expect(raw).not.toContain(id);
    const wmp = await get<TDisproportionality>(await t.loginAs('analyst'), '/api/insight/disproportionality?year=2025&forceId=WMP&role=officers');
    expect(row(wmp.body.byEthnicity, 'allegation', 'white').count.value).toBe(5);
    // WMP's workforce is 10 White officers and Tunde (not stated): his 1 would be 11 − 10, so the 10 is hidden too.
    expect(row(wmp.body.byEthnicity, 'workforce', 'not_stated').count.suppressed).toBe('primary');
    expect(row(wmp.body.byEthnicity, 'workforce', 'white').count).toEqual({ value: null, suppressed: 'secondary' });
    expect(stage(wmp.body.byEthnicity, 'workforce').total.value).toBe(11);
  });

  it('answers 404 for a force outside an own-force role, 400 for bad input and 403 without the grant', async () => {
    const chief = await t.loginAs('chief_officer');
    expect((await get(chief, '/api/insight/disproportionality?forceId=WMP&year=2025')).status).toBe(404);
    const unknown = await get<{ errors: { path: string }[] }>(chief, '/api/insight/disproportionality?forceId=XYZ');
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]?.path).toBe('forceId');
    for (const [query, path] of [['year=1999', 'year'], ['years=-1', 'years'], ['year=2099', 'year'], ['role=chiefs', 'role']] as const) {
      const res = await get<{ errors: { path: string }[] }>(chief, `/api/insight/disproportionality?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.errors[0]?.path, query).toBe(path);
    }
    expect((await get(await t.loginAs('psd_investigator'), '/api/insight/disproportionality')).status).toBe(403);
  });

  it('exports the same suppressed figures as CSV', async () => {
    const raw = await t.app.inject({ method: 'GET', url: '/api/insight/disproportionality.csv?year=2025&forceId=MPS&role=officers', headers: as(await t.loginAs('analyst')) });
    expect(raw.statusCode).toBe(200);
    expect(raw.headers['content-type']).toContain('text/csv');
    expect(raw.body).toContain('Definition: People at each stage');
    expect(raw.body).toContain('ethnicity,Subject of an allegation,Black,8,');
    expect(raw.body).toContain('ethnicity,Subject of an allegation,Asian,<5,');
    expect(raw.body).toContain('ethnicity,Subject of an allegation,All,23,');
    for (const id of ids) expect(raw.body).not.toContain(id);
  });
});

describe('disproportionality year by year', () => {
  it('gives each year its own tables: 2025 as above, 2024 with only the 2024 case', async () => {
    const { status, body } = await get<TDisproportionalityTrend>(await t.loginAs('chief_officer'), '/api/insight/disproportionality-trend?year=2025&years=2&role=officers');
    expect(status).toBe(200);
    expect(body.years.map((y) => y.year)).toEqual([2024, 2025]);
    const allegation = (y: number, group: string) => body.years.find((x) => x.year === y)?.byEthnicity.stages.find((s) => s.stage === 'allegation')?.rows.find((r) => r.group === group);
    expect(allegation(2025, 'black')?.rriPerHead.value).toBeCloseTo(2, 10);
    // 2024: W08's case alone (1, small); the 2024 leaver was still serving then, so the White workforce is 41.
    expect(allegation(2024, 'white')?.count).toEqual({ value: null, suppressed: 'primary' });
    expect(body.years[0]?.byEthnicity.stages[0]?.rows.find((r) => r.group === 'white')?.count.value).toBe(41);
  });
});

describe('repeat distribution', () => {
  it('counts people by allegations with their outcomes, suppressed so no small cell can be worked out', async () => {
    const { status, body } = await get<TRepeatDistribution>(await t.loginAs('chief_officer'), '/api/insight/repeat-distribution?year=2025&role=officers');
    expect(status).toBe(200);
    // Bands: 1 → 17 (dismissed 1, serving 15, left 1), 2 → 3, 3–5 → 2, 6+ → 1; 23 people.
    const [one, two, threeToFive, sixPlus] = body.bands;
    expect(one?.people).toEqual({ value: 17, suppressed: null });
    // 17 − 15 = 2 could only be 1 + 1: serving 15 is hidden too.
    expect(one?.outcomes).toEqual({ dismissed: { value: null, suppressed: 'primary' }, serving: { value: null, suppressed: 'secondary' }, left: { value: null, suppressed: 'primary' } });
    for (const band of [two, threeToFive, sixPlus]) expect(band?.people.suppressed).toBe('primary');
    expect(threeToFive?.outcomes.dismissed).toEqual({ value: 0, suppressed: null });
    expect(body.total.people).toEqual({ value: 23, suppressed: null });
    expect(body.total.outcomes.serving.suppressed).toBe('secondary');
    expect(JSON.stringify(body)).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });

  it('can band people by cases instead of allegations', async () => {
    // By cases: W0 has two, everyone else one: 22 people with 1 case, 1 with 2, 23 in all. The 1 would be
    // 23 − 22, so the 22 is hidden with it.
    const { status, body } = await get<TRepeatDistribution>(await t.loginAs('chief_officer'), '/api/insight/repeat-distribution?year=2025&role=officers&count=cases');
    expect(status).toBe(200);
    expect(body.count).toBe('cases');
    expect(body.bands.map((b) => [b.label, b.people.value, b.people.suppressed])).toEqual([
      ['1 case', null, 'secondary'], ['2 cases', null, 'primary'], ['3 to 5 cases', 0, null], ['6 or more cases', 0, null],
    ]);
    expect(body.total.people).toEqual({ value: 23, suppressed: null });
  });

  it('shows the whole table with a threshold of 1', async () => {
    const t1 = await createTestApp({ WARRANT_SUPPRESSION_THRESHOLD: '1' });
    try {
      const res = await t1.app.inject({ method: 'GET', url: '/api/insight/repeat-distribution?year=2025', headers: as(await t1.loginAs('analyst')) });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as TRepeatDistribution;
      expect(body.meta.suppression).toMatchObject({ threshold: 1, primary: 0, secondary: 0 });
      expect(body.total.people.value).toBe(0);
      expect(body.meta.warnings).toEqual(['No one in scope faced an allegation in this period.']);
    } finally {
      await t1.close();
    }
  });
});

describe('repeat drill-down', () => {
  it('lists the named people with two or more allegations for an appropriate authority, and audits the read', async () => {
    const { status, body, raw } = await get<TRepeatDrilldown>(await t.loginAs('appropriate_authority'), '/api/insight/repeat-distribution/people?year=2025&role=officers');
    expect(status).toBe(200);
    expect(body.people.map((p) => [p.name, p.allegations, p.cases, p.status])).toEqual([
      ['Person W00', 6, 2, 'serving'],
      ['Person W01', 3, 1, 'serving'],
      ['Person W05', 3, 1, 'serving'],
      ['Person B00', 2, 1, 'dismissed'],
      ['Person W02', 2, 1, 'serving'],
      ['Person W06', 2, 1, 'serving'],
    ]);
    expect(raw).not.toMatch(/ethnic|white|black|asian|mixed|"sex"/i);
    const audited = await queryRows<{ action: string; entity_id: string | null }>(t.database.db, sql`select action, entity_id from audit_event where action in ('insight.repeat_drilldown', 'person.read') and detail->>'via' = 'insight.repeat_drilldown' or action = 'insight.repeat_drilldown'`);
    expect(audited.filter((a) => a.action === 'insight.repeat_drilldown')).toHaveLength(1);
    expect(new Set(audited.filter((a) => a.action === 'person.read').map((a) => a.entity_id))).toEqual(new Set(body.people.map((p) => p.personId)));
  });

  it('is refused to analysts (403) and answers 404 for another force to an own-force role', async () => {
    expect((await get(await t.loginAs('analyst'), '/api/insight/repeat-distribution/people?year=2025')).status).toBe(403);
    expect((await get(await t.loginAs('chief_officer'), '/api/insight/repeat-distribution/people?year=2025&forceId=WMP')).status).toBe(404);
    const auditor = await get<TRepeatDrilldown>(await t.loginAs('auditor'), '/api/insight/repeat-distribution/people?year=2025&forceId=WMP&minAllegations=1');
    expect(auditor.status).toBe(200);
    expect(auditor.body.people).toHaveLength(5);
  });
});

describe('case to answer', () => {
  it('gives Wilson intervals by tag and hides complementary cells by category', async () => {
    const { status, body } = await get<TCaseToAnswer>(await t.loginAs('analyst'), '/api/insight/case-to-answer?year=2025&forceId=MPS');
    expect(status).toBe(200);
    // Misogyny: 13 of 19 White allegations found a case to answer: Wilson 0.46010 to 0.84636.
    const misogyny = body.byTag.rows.find((r) => r.key === 'misogyny');
    expect(misogyny?.label).toBe('Misogyny');
    expect(misogyny?.decided.value).toBe(19);
    expect(misogyny?.caseToAnswer.value).toBe(13);
    expect(misogyny?.rate.value).toBeCloseTo(13 / 19, 10);
    expect(misogyny?.rate.lower).toBeCloseTo(0.46010, 4);
    expect(misogyny?.rate.upper).toBeCloseTo(0.84636, 4);
    // Racism: 7 and 2 of 9; the 2 is small, so the 7 goes too, and no rate is shown.
    const racism = body.byTag.rows.find((r) => r.key === 'racism');
    expect(racism?.decided.value).toBe(9);
    expect(racism?.caseToAnswer.suppressed).toBe('secondary');
    expect(racism?.noCaseToAnswer.suppressed).toBe('primary');
    expect(racism?.rate.value).toBeNull();
    expect(body.byTag.total).toBeNull();
    // Categories add up, so the column totals force more cells out: every cell is hidden, the totals show, and
    // the overall rate is 20 of 34 (0.42222 to 0.73634).
    const individual = body.byCategory.rows.find((r) => r.key === 'individual_behaviours');
    expect(individual?.decided.value).toBe(25);
    expect(individual?.caseToAnswer.suppressed).toBe('secondary');
    expect(body.byCategory.total?.caseToAnswer.value).toBe(20);
    expect(body.byCategory.total?.rate.lower).toBeCloseTo(0.42222, 4);
    // The Asian allegation has no decision yet: not counted.
    expect(body.byCategory.rows.find((r) => r.key === 'information')?.decided.value).toBe(0);
  });
});

describe('timeliness', () => {
  it('gives the median, 75th and 90th percentile of days to each step, and hides small groups', async () => {
    const { status, body } = await get<TTimeliness>(await t.loginAs('auditor'), '/api/insight/timeliness?year=2025&forceId=MPS');
    expect(status).toBe(200);
    const all = body.rows.find((r) => r.key === 'all');
    // 10, 20, 30, 40, 50, 60 days: median 35, p75 at rank 4.75 → 47.5, p90 at rank 5.5 → 55 (the restricted case's 1 day is out).
    expect(all?.stages.find((s) => s.stage === 'assess_severity')).toEqual({ stage: 'assess_severity', matters: { value: 6, suppressed: null }, median: 35, p75: 47.5, p90: 55 });
    expect(body.rows.find((r) => r.key === 'individual_behaviours')?.stages.find((s) => s.stage === 'assess_severity')?.median).toBe(35);
    // Two closed matters: too few to show.
    expect(all?.stages.find((s) => s.stage === 'closed')).toEqual({ stage: 'closed', matters: { value: null, suppressed: 'primary' }, median: null, p75: null, p90: null });
  });
});
