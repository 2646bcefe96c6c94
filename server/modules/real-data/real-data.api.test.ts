// The real-data figures through the API are `warrant report`'s figures: the same JSON as figures.json and the same
// CSV text as each FIGURE.csv, for the hand-made Chicago-format sample in fixtures/sample-chicago (fictional
// officers: 25 on the roster, 5 more who appear only in the accused file; 60 complaints 2001–2003; 92 accused rows,
// 3 naming "UNKNOWN"; 2 "In Process-Allegation Pending" rows; 2 incidents after the complaint, 1 case closed before
// it; 1 re-hire). Suppression threshold 5 (the default), read by the signed-in user's role like Insight.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REAL_DATA_CSV_FIGURES, type TRealDataFigures } from '../../../shared/real-data-contracts.js';
import { cliContext } from '../../context.js';
import { queryRows } from '../../db/client.js';
import { as, createTestApp, type Session, type TestApp } from '../../testing/test-app.js';
import { importChicago } from './chicago-import.service.js';
import { writeRealDataReport } from './real-data-report.service.js';

const SAMPLE = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'sample-chicago');
const files = { roster: join(SAMPLE, 'roster.csv'), complaints: join(SAMPLE, 'complaints.csv'), accused: join(SAMPLE, 'accused.csv') };

let t: TestApp;
let dir: string;
let analyst: Session;
let report: Awaited<ReturnType<typeof writeRealDataReport>>;

/** The figures with Insight's "as of" timestamps taken out: the only thing that differs from one reading to the next. */
const withoutTimestamps = (value: unknown): unknown => JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'asOf' && typeof v === 'string' && v.includes('T') ? undefined : v));

beforeAll(async () => {
  t = await createTestApp();
  dir = mkdtempSync(join(tmpdir(), 'warrant-real-data-api-'));
  await importChicago({ database: t.database, ctx: cliContext(), files, forceId: 'CHI', forceName: 'Chicago Police Department (sample)', rejectionsFile: join(dir, 'rejections.csv') });
  report = await writeRealDataReport({ database: t.database, forceId: 'CHI', outDir: join(dir, 'report') });
  analyst = await t.loginAs('analyst');
});
afterAll(async () => {
  await t?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = async (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: as(session) });

describe('GET /api/real-data/figures', () => {
  it('answers with exactly the figures `warrant report` wrote to figures.json', async () => {
    const res = await get(analyst, '/api/real-data/figures?forceId=CHI');
    expect(res.statusCode).toBe(200);
    const body = res.json<TRealDataFigures>();
    const written = JSON.parse(readFileSync(join(dir, 'report', 'figures.json'), 'utf8')) as TRealDataFigures;
    expect(withoutTimestamps(body)).toEqual(withoutTimestamps(written));
    expect(body.force).toEqual({ id: 'CHI', name: 'Chicago Police Department (sample)', jurisdiction: 'us-il' });
    expect(body.period).toEqual({ year: 2003, years: 3, from: '2001-01-01', to: '2003-12-31' });
  });

  it('gives the data-quality flags the sample was made with, and figures that change without the flagged rows', async () => {
    const { body } = { body: (await get(analyst, '/api/real-data/figures?forceId=CHI')).json<TRealDataFigures>() };
    const flags = Object.fromEntries(body.dataQuality.flags.map((f) => [f.flag, [f.rows, f.excluded]]));
    const accusedOffRoster = new Set(accusedRows().filter((c) => ['26', '27', '28', '29', '30'].some((n) => c[8] === `${1000 + Number(n) - 1}.0`)).map((c) => c[8]));
    expect(flags).toEqual({
      not_on_roster: [accusedOffRoster.size, true],
      placeholder_category: [2, true],
      incident_after_complaint: [2, true],
      closed_before_complaint: [1, true],
      rehired_after_resigning: [1, false],
    });
    expect(body.dataQuality.unidentifiedSubjects).toBe(3);
    const identified = accusedRows().filter((c) => c[2] !== 'UNKNOWN').length;
    expect(body.dataQuality.linkage).toEqual({ linked: identified - countRowsOf(accusedOffRoster), created: countRowsOf(accusedOffRoster) });
    // People with an allegation in the period: every officer the identified accused rows name.
    const named = new Set(accusedRows().filter((c) => c[2] !== 'UNKNOWN').map((c) => `${c[2]} ${c[3]}`));
    expect(body.all.repeatByAllegations.total.people.value).toBe(named.size);
    expect(body.withoutFlagged.repeatByAllegations.total.people.value).toBeLessThan(body.all.repeatByAllegations.total.people.value ?? 0);
    expect(body.withoutFlagged.concentration.allegations).toBeLessThan(body.all.concentration.allegations);
  });

  it('protects small numbers as Insight does: the top 1% is one officer, so its share is not shown', async () => {
    const body = (await get(analyst, '/api/real-data/figures?forceId=CHI')).json<TRealDataFigures>();
    expect(body.threshold).toBe(5);
    expect(body.all.concentration.top[0]).toEqual({ percent: 1, subjects: 1, allegations: null, share: null, suppressed: 'primary' });
    const bands = body.all.repeatByAllegations.bands.flatMap((b) => [b.people, b.outcomes.dismissed, b.outcomes.serving, b.outcomes.left]);
    expect(bands.every((c) => c.value === null || c.value === 0 || c.value >= 5)).toBe(true);
    expect(body.all.alerts.every((a) => a.people === null ? a.suppressed === 'primary' : a.people === 0 || a.people >= 5)).toBe(true);
  });

  it('serves each figure as the CSV text the report wrote', async () => {
    for (const figure of REAL_DATA_CSV_FIGURES) {
      const res = await get(analyst, `/api/real-data/figures.csv?forceId=CHI&figure=${figure}`);
      expect(res.statusCode, figure).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.body, figure).toBe(readFileSync(join(dir, 'report', `${figure}.csv`), 'utf8'));
    }
    expect(report.files).toContain('data-quality.csv');
  });

  it('records every reading in the audit trail, naming no one', async () => {
    const events = await queryRows<{ actor_id: string | null; entity_id: string | null; force_id: string | null; detail: { format: string; from: string } }>(t.database.db, sql`
      select actor_id, entity_id, force_id, detail from audit_event where action = 'real_data.figures' order by seq`);
    expect(events.length).toBeGreaterThanOrEqual(3 + REAL_DATA_CSV_FIGURES.length);
    expect(events.every((e) => e.actor_id !== null && e.entity_id === null && e.force_id === 'CHI' && e.detail.from === '2001-01-01')).toBe(true);
    expect(events.map((e) => e.detail.format)).toContain('csv:alerts');
  });

  it('refuses a missing or unknown force and an unknown figure, naming the field', async () => {
    for (const [url, path] of [
      ['/api/real-data/figures', 'forceId'],
      ['/api/real-data/figures?forceId=NOPE', 'forceId'],
      ['/api/real-data/figures?forceId=WMP', 'forceId'],
      ['/api/real-data/figures?forceId=CHI&years=0', 'years'],
      ['/api/real-data/figures.csv?forceId=CHI&figure=timeliness', 'figure'],
    ] as const) {
      const res = await get(analyst, url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers['content-type'], url).toContain('application/problem+json');
      expect(res.json<{ errors: { path: string }[] }>().errors[0]?.path, url).toBe(path);
    }
  });

  it('keeps a force user to their own force: another force answers 404, and roles without Insight 403', async () => {
    expect((await get(await t.loginAs('chief_officer'), '/api/real-data/figures?forceId=CHI')).statusCode).toBe(404);
    expect((await get(await t.loginAs('psd_investigator'), '/api/real-data/figures?forceId=CHI')).statusCode).toBe(403);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{ paths: Record<string, { get?: { responses: Record<string, unknown> } }> }>();
    expect(Object.keys(doc.paths['/api/real-data/figures']?.get?.responses ?? {})).toContain('200');
    expect(doc.paths['/api/real-data/figures.csv']).toBeDefined();
  });
});

function accusedRows(): string[][] {
  return readFileSync(files.accused, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
}

function countRowsOf(stars: Set<string | undefined>): number {
  return accusedRows().filter((c) => stars.has(c[8])).length;
}
