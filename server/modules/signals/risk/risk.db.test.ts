// The risk score on a synthetic dataset (PGlite and PostgreSQL): trained with a time split, compared with the
// rules at the same alert volume on the holdout year and on the planted high-risk careers, blind to ethnicity
// and sex, and readable through the API only within the force.
//
// The dataset: the force-scale synthetic dataset Insight's test uses (45,055 people over ten years, seed 2026),
// with 3 allegations per matter on average rather than the volume default of 17, so the rules flag a realistic
// share of the workforce (about 9%, not a quarter). Generator version 6: planted movers move at any time in the
// history and carry on in the new force. A smaller dataset holds too few planted careers whose next matter falls
// in the holdout year (2 to 5 at 10,000 people) for a difference between the model and the rules to mean
// anything. Figures measured on it are in docs/early-warning.md.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TPersonRisk } from '../../../../shared/risk-contracts.js';
import { cliContext } from '../../../context.js';
import { queryRows } from '../../../db/client.js';
import { importDataset } from '../../import/csv-import.service.js';
import { writeDatasetCsv } from '../../synthetic/dataset-writer.js';
import { generateDataset } from '../../synthetic/generate.js';
import { as, createTestApp, type TestApp } from '../../../testing/test-app.js';
import { evaluateRiskModel, scorePeople, trainRiskModel, type EvaluationReport } from './risk-model.service.js';
import { loadFeatureRows } from './risk.repo.js';

let t: TestApp;
let report: EvaluationReport;
let movers: { personId: string; leftOn: string; leavingReason: string }[] = [];

// Training and scoring run over a generated dataset: on a busy 2-core runner a step can take minutes.
vi.setConfig({ testTimeout: 300_000 });

beforeAll(async () => {
  t = await createTestApp();
  const dir = mkdtempSync(join(tmpdir(), 'warrant-risk-db-'));
  try {
    const { truth } = await writeDatasetCsv({ dataset: generateDataset({ scale: 'force', seed: 2026, allegationsPerSubject: 3 }), dir });
    await importDataset({ database: t.database, ctx: cliContext(), dir, source: 'generate' });
    movers = truth.highRisk.movedWhileUnderAllegation;
    const planted = {
      escalating: truth.highRisk.escalatingSexualOrDomesticAbuse.map((c) => c.personId),
      moved: truth.highRisk.movedWhileUnderAllegation.map((c) => c.personId),
    };
    report = await evaluateRiskModel({ db: t.database.db, ctx: cliContext(), planted });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 600_000);
afterAll(() => t?.close());

const scoresOf = async (version: number) => new Map((await queryRows<{ person_id: string; score: number }>(t.database.db, sql`
  select person_id, score from risk_score where model_version = ${version}`)).map((r) => [r.person_id, Number(r.score)]));

describe('the risk score on synthetic data', () => {
  it('trains on yearly snapshots before T, stores the model with its holdout metrics and scores everyone serving on T', async () => {
    const { trained, metrics, version } = report;
    expect(trained.snapshots.map((s) => s.asOf)).toEqual([1, 2, 3, 4, 5].map((y) => `${Number(metrics.asOf.slice(0, 4)) - y}${metrics.asOf.slice(4)}`));
    expect(trained.model.converged).toBe(true);
    const [model] = await queryRows<{ version: number; as_of: string; scored_people: number; metrics: { model: { k: number } } }>(t.database.db, sql`select version, as_of, scored_people, metrics from risk_model`);
    expect(model).toMatchObject({ version, as_of: metrics.asOf, scored_people: metrics.population });
    expect(model?.metrics.model.k).toBe(metrics.rules.k);
    expect((await scoresOf(version)).size).toBe(metrics.population);
    const [audit] = await queryRows<{ entity_id: string }>(t.database.db, sql`select entity_id from audit_event where action = 'signals.risk.train'`);
    expect(audit?.entity_id).toBe(String(version));
  });

  it('samples training rows by a hash above the cap, the same rows on every run', async () => {
    const options = { db: t.database.db, asOf: report.metrics.asOf, lambda: 0.01, maxTrainingRows: 8_000 };
    const [first, second] = [await trainRiskModel(options), await trainRiskModel(options)];
    const rows = first.snapshots.reduce((s, x) => s + x.rows, 0);
    expect(rows).toBeGreaterThan(6_500);
    expect(rows).toBeLessThan(9_500);
    expect(second.snapshots).toEqual(first.snapshots);
    expect(second.model.coefficients).toEqual(first.model.coefficients);
  });

  it('finds more of the next year’s serious matters than the rules, at the rules’ alert volume', () => {
    const { rules, model, population, positives } = report.metrics;
    // Measured: k = 2,640 of 29,065 serving, 853 positives; recall 25.0% (model, 213) vs 14.1% (rules, 120),
    // precision 8.1% vs 4.5%, AUC 0.681.
    expect(model.k).toBe(rules.k);
    expect(positives).toBeGreaterThan(700);
    expect(rules.k / population).toBeGreaterThan(0.05);
    expect(rules.k / population).toBeLessThan(0.15);
    expect(model.recall).toBeGreaterThanOrEqual(rules.recall + 0.08);
    expect(model.precision).toBeGreaterThanOrEqual(rules.precision * 1.5);
    expect(model.auc).toBeGreaterThan(0.65);
  });

  it('flags more of the planted careers before their next matter than the rules, at the same volume', () => {
    const planted = report.metrics.planted;
    // Measured: 83 planted careers serving on T (36 escalating, 47 movers); 16 had their next matter in the
    // holdout year (15 escalating, 1 mover). The model's top k held all 16 on T (recall 100%), the rules flagged 13
    // (81.3%). Of all the planted careers serving on T the rules flag more (55 against 47): movers whose matters
    // are years old but add up to six allegations ever (21 movers against the model's 11).
    expect(planted?.all.nextMatter).toBeGreaterThanOrEqual(12);
    expect(planted?.all.modelRecall).toBeGreaterThanOrEqual(0.9);
    expect(planted?.all.modelBeforeNext).toBeGreaterThanOrEqual((planted?.all.rulesBeforeNext ?? Number.NaN) + 2);
    expect(planted?.escalating.serving).toBeGreaterThanOrEqual(30);
    expect(planted?.escalating.model).toBeGreaterThanOrEqual((planted?.escalating.serving ?? 0) - 2);
    expect(planted?.moved.nextMatter).toBeGreaterThanOrEqual(1);
  });

  it('sees a move to another force under allegation, which no rule reads', async () => {
    const asOf = report.metrics.asOf;
    const rows = await loadFeatureRows(t.database.db, asOf);
    const byId = new Map(rows.map((r) => [r.person_id, r]));
    const moved = movers.filter((m) => m.leavingReason === 'transferred' && m.leftOn < asOf && byId.has(m.personId));
    // Measured: 45 transferred movers serving on T had moved before it; each shows the move (9 within 2 years), and
    // 181 of 29,067 people serving carry it. 3,957 have had a matter assessed as misconduct.
    expect(moved.length).toBeGreaterThanOrEqual(40);
    for (const m of moved) expect(Number(byId.get(m.personId)?.moves_under_allegation), m.personId).toBeGreaterThanOrEqual(1);
    const flagged = rows.filter((r) => Number(r.moves_under_allegation) > 0);
    expect(flagged.length).toBeGreaterThanOrEqual(moved.length);
    expect(flagged.length / rows.length).toBeLessThan(0.03);
    expect(rows.filter((r) => Number(r.misconduct_matters) > 0).length).toBeGreaterThan(3_000);
  });

  it('gives the same score to everyone when ethnicity and sex are shuffled (permutation)', async () => {
    const db = t.database.db;
    const { version, trained, metrics } = report;
    const before = await scoresOf(version);
    const snapshot = async () => new Map((await queryRows<{ id: string; v: string }>(db, sql`
      select person_id::text as id, ethnicity as v from person_characteristic union all select id::text || ':sex', sex from person`)).map((r) => [r.id, r.v]));
    const original = await snapshot();
    // Each person takes the value of the person at the same rank in a hash order: a fixed random permutation.
    await db.execute(sql`with a as (select person_id, row_number() over (order by person_id) as rn from person_characteristic),
        b as (select ethnicity, row_number() over (order by md5(person_id::text)) as rn from person_characteristic)
      update person_characteristic pc set ethnicity = b.ethnicity from a join b using (rn) where pc.person_id = a.person_id`);
    await db.execute(sql`with a as (select id, row_number() over (order by id) as rn from person),
        b as (select sex, row_number() over (order by md5(id::text)) as rn from person)
      update person p set sex = b.sex from a join b using (rn) where p.id = a.id`);
    const shuffled = await snapshot();
    const changed = [...original].filter(([id, v]) => shuffled.get(id) !== v);
    expect(changed.filter(([id]) => id.endsWith(':sex')).length).toBeGreaterThan(1_000);
    expect(changed.filter(([id]) => !id.endsWith(':sex')).length).toBeGreaterThan(1_000);

    const again = await trainRiskModel({ db, asOf: metrics.asOf, lambda: trained.model.lambda });
    expect(again.model.coefficients).toEqual(trained.model.coefficients);
    const after = await scorePeople(db, again.model, metrics.asOf);
    expect(after).toHaveLength(before.size);
    for (const s of after) expect(s.score, s.personId).toBe(before.get(s.personId));
    expect(new Set(after.map((s) => s.score)).size).toBeGreaterThan(100);
  });

  it('serves a person’s score with the factors in words to their force, audited, and 404 to another force', async () => {
    const [inMps] = await queryRows<{ person_id: string }>(t.database.db, sql`
      select s.person_id from risk_score s join employment e on e.person_id = s.person_id and e.end_date is null and e.force_id = 'MPS'
      order by s.score desc, s.person_id limit 1`);
    // Scored and never in the Met: a planted mover's or barred re-applicant's new identity in another force.
    const [elsewhere] = await queryRows<{ person_id: string }>(t.database.db, sql`
      select s.person_id from risk_score s where not exists (select 1 from employment e where e.person_id = s.person_id and e.force_id = 'MPS')
        and exists (select 1 from employment e where e.person_id = s.person_id and e.end_date is null)
      order by s.person_id limit 1`);
    expect(elsewhere).toBeDefined();
    const aa = await t.loginAs('appropriate_authority');
    const res = await t.app.inject({ method: 'GET', url: `/api/signals/people/${inMps?.person_id}/risk`, headers: as(aa) });
    expect(res.statusCode, res.body).toBe(200);
    const risk = res.json() as TPersonRisk;
    expect(risk.model?.version).toBe(report.version);
    expect(risk.percentile).toBeGreaterThan(99);
    expect(risk.score).toBeGreaterThan(0.05);
    expect(risk.factors.length).toBeGreaterThan(2);
    expect(risk.factors[0]?.direction).toBe('raises');
    expect(risk.factors.map((f) => f.description).join('; ')).toMatch(/matter|allegation/);
    expect(res.body).not.toMatch(/ethnic|"sex"|female|male/);
    const [audit] = await queryRows<{ detail: { modelVersion: number } }>(t.database.db, sql`
      select detail from audit_event where action = 'signals.risk.read' and entity_id = ${inMps?.person_id ?? ''}`);
    expect(audit?.detail.modelVersion).toBe(report.version);
    const hidden = await t.app.inject({ method: 'GET', url: `/api/signals/people/${elsewhere?.person_id}/risk`, headers: as(aa) });
    expect(hidden.statusCode).toBe(404);
  });
});
