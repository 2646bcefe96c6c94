// case-page / case-list (issue 5's targets, on PostgreSQL with the generated dataset loaded):
//   case-page: GET /api/cases/:id plus the subject's full history, for a subject with ≥ 50 prior allegations;
//              target p95 < 50 ms. Baseline: the same page for a subject with no prior history.
//   case-list: GET /api/cases filtered by force and thematic tag; target p95 < 100 ms. Baseline: the same list
//              filtered by force alone.
// Requests go through the whole app (app.inject): session, authorization, zod, audit of each case read.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { cliContext } from '../server/context.js';
import { queryRows, type Database } from '../server/db/client.js';
import { createUser } from '../server/modules/users/user.service.js';
import { THEMATIC_TAGS } from '../shared/case-vocabulary.js';
import type { Role } from '../shared/roles.js';
import { sql } from 'drizzle-orm';
import { ensureDataset, freshPostgresDatabase, percentile, rawCopyDirectory, scaleFor, seconds, startPostgresServer, type BenchRow, type Benchmark } from './support.js';

const PASSWORD = 'benchmark password 2026';
export type Environment = { app: FastifyInstance; database: Database; scale: string; stop: () => Promise<void> };
let shared: Promise<Environment> | null = null;

/** The generated dataset loaded into a throwaway PostgreSQL database, shared by the benchmarks of one run. */
export async function environment(quick: boolean, log: (line: string) => void): Promise<Environment> {
  shared ??= (async () => {
    const scale = scaleFor(quick);
    const { dir, totalRows } = await ensureDataset(scale, 1, log);
    const server = await startPostgresServer(log);
    const database = await freshPostgresDatabase(server.adminUrl, 'warrant_bench_cases');
    log(`loading ${totalRows.toLocaleString('en-GB')} rows …`);
    const started = performance.now();
    await rawCopyDirectory(database, dir);
    log(`loaded in ${seconds(started).toFixed(1)} s`);
    // Fresh statistics and visibility map, as autovacuum would leave them after a bulk load.
    await queryRows(database.db, sql`vacuum analyze`);
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', WARRANT_LOGIN_RATE_PER_MINUTE: '10000' });
    const app = await buildApp({ db: database.db, config, logStream: new Writable({ write: (_c, _e, done) => done() }), serveWeb: false });
    return {
      app, database, scale,
      stop: async () => {
        await app.close();
        await database.close();
        server.stop();
      },
    };
  })();
  return shared;
}

export async function releaseCaseEnvironment(): Promise<void> {
  if (!shared) return;
  const env = await shared;
  shared = null;
  await env.stop();
}

export async function signIn(env: Environment, role: Role, forceId: string): Promise<Record<string, string>> {
  const email = `bench.${role}.${forceId}@bench.warrant.test`.toLowerCase();
  const [existing] = await queryRows<{ n: number }>(env.database.db, sql`select count(*) as n from app_user where email = ${email}`);
  if ((existing?.n ?? 0) === 0) await createUser({ db: env.database.db, ctx: cliContext(), input: { email, displayName: `Bench ${role}`, roles: [role], forceId, password: PASSWORD } });
  const res = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
  const cookie = res.cookies.find((c) => c.name === 'warrant_session');
  if (res.statusCode !== 200 || !cookie) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return { cookie: `warrant_session=${cookie.value}` };
}

async function time(env: Environment, headers: Record<string, string>, urls: readonly string[], iterations: number): Promise<number[]> {
  const durations: number[] = [];
  for (let i = 0; i < iterations + 10; i++) {
    const started = performance.now();
    for (const url of urls) {
      const res = await env.app.inject({ method: 'GET', url: url.replace('{i}', String(i)), headers });
      if (res.statusCode !== 200) throw new Error(`GET ${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    }
    // The first ten warm caches and plans.
    if (i >= 10) durations.push(performance.now() - started);
  }
  return durations;
}

const latencyRow = (label: string, durations: number[], baselineP95: number | null, note: string): BenchRow => {
  const p95 = percentile(durations, 95);
  const total = durations.reduce((s, d) => s + d, 0) / 1000;
  return { label, rows: durations.length, seconds: total, rowsPerSecond: Math.round(durations.length / total), p50Ms: percentile(durations, 50), p95Ms: p95, ratio: baselineP95 === null ? 1 : p95 / baselineP95, note };
};

export const casePage: Benchmark = {
  name: 'case-page',
  description: 'GET a case and its subject history for a subject with ≥ 50 prior allegations (PostgreSQL), p95 (target < 50 ms)',
  run: async ({ quick, log }) => {
    const env = await environment(quick, log);
    const db = env.database.db;
    // The subject whose other matters carry at least 50 allegations, as close to 50 as the data has.
    const [heavy] = await queryRows<{ case_id: string; subject_id: string; force_id: string; prior: number }>(db, sql`
      with per_subject as (select s.id, s.case_id, s.force_id, s.person_id, (select count(*) from allegation a where a.subject_id = s.id) as n
                           from case_subject s join misconduct_case c on c.id = s.case_id where not c.restricted),
           per_person as (select person_id, sum(n) as total from per_subject group by person_id)
      select ps.case_id, ps.id as subject_id, ps.force_id, (pp.total - ps.n)::int as prior
      from per_subject ps join per_person pp using (person_id)
      where pp.total - ps.n >= 50 order by pp.total - ps.n asc, ps.id limit 1`);
    if (!heavy) throw new Error('no subject with 50 prior allegations in this dataset');
    const [light] = await queryRows<{ case_id: string; subject_id: string }>(db, sql`
      select s.case_id, s.id as subject_id from case_subject s join misconduct_case c on c.id = s.case_id
      where not c.restricted and s.force_id = ${heavy.force_id}
        and (select count(*) from case_subject o where o.person_id = s.person_id) = 1
        and (select count(*) from case_subject o where o.case_id = s.case_id) = 1
      order by s.id limit 1`);
    if (!light) throw new Error('no subject without history');
    const headers = await signIn(env, 'appropriate_authority', heavy.force_id);
    const page = (c: { case_id: string; subject_id: string }) => [`/api/cases/${c.case_id}`, `/api/cases/${c.case_id}/subjects/${c.subject_id}/history`];
    const iterations = quick ? 100 : 200;
    log(`case ${heavy.case_id}: subject with ${heavy.prior} prior allegations; ${iterations} page loads`);
    const baseline = await time(env, headers, page(light), iterations);
    const heavyPage = await time(env, headers, page(heavy), iterations);
    const caseOnly = await time(env, headers, [`/api/cases/${heavy.case_id}`], iterations);
    const baselineP95 = percentile(baseline, 95);
    return {
      name: 'case-page', scale: env.scale,
      rows: [
        latencyRow('page, subject without history (baseline)', baseline, null, 'case + history'),
        latencyRow(`page, subject with ${heavy.prior} prior allegations`, heavyPage, baselineP95, 'target p95 < 50 ms'),
        latencyRow('GET /api/cases/:id alone, same case', caseOnly, baselineP95, ''),
      ],
      details: { caseId: heavy.case_id, subjectId: heavy.subject_id, priorAllegations: heavy.prior },
    };
  },
};

export const caseList: Benchmark = {
  name: 'case-list',
  description: 'GET /api/cases filtered by force and thematic tag (PostgreSQL), p95 (target < 100 ms)',
  run: async ({ quick, log }) => {
    const env = await environment(quick, log);
    const headers = await signIn(env, 'appropriate_authority', 'MPS');
    const iterations = quick ? 150 : 300;
    const tagged = THEMATIC_TAGS.map((tag) => `/api/cases?forceId=MPS&tag=${tag}`);
    const baseline = await time(env, headers, ['/api/cases?forceId=MPS'], iterations);
    const durations: number[] = [];
    for (let i = 0; i < tagged.length; i++) durations.push(...await time(env, headers, [tagged[i] ?? ''], Math.ceil(iterations / tagged.length)));
    return {
      name: 'case-list', scale: env.scale,
      rows: [
        latencyRow('force only (baseline)', baseline, null, 'forceId=MPS'),
        latencyRow('force and tag', durations, percentile(baseline, 95), `forceId=MPS, each of ${tagged.length} tags; target p95 < 100 ms`),
      ],
    };
  },
};
