// insight (issue 7's targets): the whole insight page — what web/src/features/insight/insight.page.tsx's loader
// fetches at once: the force list, disproportionality, the five-year trend, the repeat distribution, case to
// answer and timeliness — for one force and for every force, the latest year of the data, all roles.
//   PostgreSQL (nation, or force scale with --quick): page p95 < 1 s and ≤ 3× a plain hand-written GROUP BY over
//   the same rows, measured in the same run.
//   PGlite (force scale, always): page p95 < 1 s.
// Requests go through the whole app (app.inject): session, authorization, zod, serialisation.
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { cliContext } from '../server/context.js';
import { queryRows, type Db } from '../server/db/client.js';
import { createUser } from '../server/modules/users/user.service.js';
import { environment } from './cases.bench.js';
import { ensureDataset, freshPgliteDatabase, percentile, rawCopyDirectory, seconds, type BenchRow, type Benchmark } from './support.js';

const PASSWORD = 'benchmark password 2026';
const TREND_YEARS = 5;

async function signInAnalyst(app: FastifyInstance, db: Db): Promise<Record<string, string>> {
  const email = 'bench.insight.analyst@bench.warrant.test';
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from app_user where email = ${email}`);
  if ((existing?.n ?? 0) === 0) await createUser({ db, ctx: cliContext(), input: { email, displayName: 'Bench analyst', roles: ['analyst'], forceId: 'MPS', password: PASSWORD } });
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: PASSWORD } });
  const cookie = res.cookies.find((c) => c.name === 'warrant_session');
  if (res.statusCode !== 200 || !cookie) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
  return { cookie: `warrant_session=${cookie.value}` };
}

/** The page's requests, as the loader sends them (in parallel). */
function pageUrls(forceId: string | null, year: number): string[] {
  const scope = (years: number) => `?${new URLSearchParams({ ...(forceId ? { forceId } : {}), year: String(year), years: String(years), role: 'all' }).toString()}`;
  return [
    '/api/forces',
    `/api/insight/disproportionality${scope(1)}`,
    `/api/insight/disproportionality-trend${scope(TREND_YEARS)}`,
    `/api/insight/repeat-distribution${scope(1)}`,
    `/api/insight/case-to-answer${scope(1)}`,
    `/api/insight/timeliness${scope(1)}`,
  ];
}

/**
 * The baseline: a plain GROUP BY of the same rows the page reads — the allegations of the trend's five years (in
 * the force) with their subject, case and person, by year, ethnicity and sex, counting people at each stage and
 * allegations decided and found a case to answer — and the workforce headcount by ethnicity and sex beside it.
 */
function handWrittenGroupBy(forceId: string | null, year: number) {
  const from = `${year - TREND_YEARS + 1}-01-01`;
  const to = `${year}-12-31`;
  const caseForce = forceId ? sql`and c.force_id = ${forceId}` : sql``;
  const employmentForce = forceId ? sql`and e.force_id = ${forceId}` : sql``;
  const cta = sql`('case_to_answer_misconduct', 'case_to_answer_gross_misconduct')`;
  return sql`
    select extract(year from c.received_on)::int as year, coalesce(pc.ethnicity, 'not_stated') as ethnicity, p.sex,
      count(distinct s.person_id) as people,
      count(distinct s.person_id) filter (where s.case_to_answer in ${cta}) as case_to_answer,
      count(distinct s.person_id) filter (where s.case_to_answer in ${cta} and s.proceedings_form is not null) as proceedings,
      count(distinct s.person_id) filter (where s.outcome is not null) as outcome,
      count(*) as allegations, count(*) filter (where a.case_to_answer is not null) as decided, count(*) filter (where a.case_to_answer) as found
    from allegation a join case_subject s on s.id = a.subject_id join misconduct_case c on c.id = s.case_id
    join person p on p.id = s.person_id left join person_characteristic pc on pc.person_id = s.person_id
    where not c.restricted and c.received_on between ${from}::date and ${to}::date ${caseForce}
    group by 1, 2, 3
    union all
    select null, coalesce(pc.ethnicity, 'not_stated'), p.sex, count(distinct e.person_id), null, null, null, null, null, null
    from employment e join person p on p.id = e.person_id left join person_characteristic pc on pc.person_id = e.person_id
    where e.start_date <= ${to}::date and (e.end_date is null or e.end_date >= ${from}::date) ${employmentForce}
    group by 2, 3`;
}

type Timed = { durations: number[]; warm: number };

async function timePage(app: FastifyInstance, headers: Record<string, string>, urls: readonly string[], iterations: number, warm: number): Promise<Timed> {
  const durations: number[] = [];
  for (let i = 0; i < iterations + warm; i++) {
    const started = performance.now();
    const responses = await Promise.all(urls.map((url) => app.inject({ method: 'GET', url, headers })));
    for (const [k, res] of responses.entries()) if (res.statusCode !== 200) throw new Error(`GET ${urls[k]}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    if (i >= warm) durations.push(performance.now() - started);
  }
  return { durations, warm };
}

async function timeQuery(db: Db, query: ReturnType<typeof handWrittenGroupBy>, iterations: number, warm: number): Promise<Timed> {
  const durations: number[] = [];
  for (let i = 0; i < iterations + warm; i++) {
    const started = performance.now();
    await queryRows(db, query);
    if (i >= warm) durations.push(performance.now() - started);
  }
  return { durations, warm };
}

const row = (label: string, { durations }: Timed, baselineP95: number | null, note: string): BenchRow => ({
  label,
  rows: durations.length,
  seconds: durations.reduce((s, d) => s + d, 0) / 1000,
  p50Ms: percentile(durations, 50),
  p95Ms: percentile(durations, 95),
  ratio: baselineP95 === null ? 1 : percentile(durations, 95) / baselineP95,
  note,
});

/** The page and the baseline for one force and for every force; rows in the order baseline, page. */
async function measure(app: FastifyInstance, db: Db, engine: string, scopes: readonly (string | null)[], year: number, iterations: number, log: (line: string) => void): Promise<BenchRow[]> {
  const headers = await signInAnalyst(app, db);
  const rows: BenchRow[] = [];
  for (const forceId of scopes) {
    const where = forceId ?? 'all forces';
    const baseline = await timeQuery(db, handWrittenGroupBy(forceId, year), iterations, 2);
    const page = await timePage(app, headers, pageUrls(forceId, year), iterations, 2);
    const baseP95 = percentile(baseline.durations, 95);
    log(`${engine}, ${where}: GROUP BY p95 ${baseP95.toFixed(0)} ms, page p95 ${percentile(page.durations, 95).toFixed(0)} ms`);
    // Each request alone, to show where the page's time goes.
    for (const url of pageUrls(forceId, year)) {
      const alone = await timePage(app, headers, [url], Math.max(3, Math.floor(iterations / 2)), 1);
      log(`${engine}, ${where}: ${url.split('?')[0]} alone p95 ${percentile(alone.durations, 95).toFixed(0)} ms`);
    }
    rows.push(
      row(`${engine}, ${where}: hand-written GROUP BY (baseline)`, baseline, null, `${year - TREND_YEARS + 1}–${year}, same rows`),
      row(`${engine}, ${where}: insight page`, page, baseP95, `6 requests in parallel, ${year}; target p95 < 1 s${engine === 'PostgreSQL' ? ' and ≤ 3×' : ''}`),
    );
  }
  return rows;
}

export const insight: Benchmark = {
  name: 'insight',
  description: 'The insight page (6 API requests) for one force and all forces: PostgreSQL (nation) p95 < 1 s and ≤ 3× a hand-written GROUP BY; PGlite (force scale) p95 < 1 s',
  run: async ({ quick, log }) => {
    const iterations = quick ? 10 : 20;
    const env = await environment(quick, log);
    const [latest] = await queryRows<{ year: number }>(env.database.db, sql`select extract(year from max(received_on))::int as year from misconduct_case`);
    const year = latest?.year ?? new Date().getFullYear();
    const [largest] = await queryRows<{ force_id: string }>(env.database.db, sql`select force_id from misconduct_case group by force_id order by count(*) desc limit 1`);
    const forceId = largest?.force_id ?? 'MPS';
    const postgres = await measure(env.app, env.database.db, 'PostgreSQL', [forceId, null], year, iterations, log);

    // PGlite at force scale, on disk as `warrant` uses it, loaded by raw COPY.
    const { dir, totalRows } = await ensureDataset('force', 1, log);
    const pglite = await freshPgliteDatabase();
    try {
      log(`PGlite: loading ${totalRows.toLocaleString('en-GB')} rows …`);
      const started = performance.now();
      await rawCopyDirectory(pglite, dir);
      log(`PGlite: loaded in ${seconds(started).toFixed(1)} s`);
      const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'warn', WARRANT_LOGIN_RATE_PER_MINUTE: '10000' });
      const app = await buildApp({ db: pglite.db, config, logStream: new Writable({ write: (_c, _e, done) => done() }), serveWeb: false });
      try {
        const rows = await measure(app, pglite.db, 'PGlite', ['MPS'], year, quick ? 5 : 10, log);
        return { name: 'insight', scale: `PostgreSQL ${env.scale}, PGlite force`, rows: [...postgres, ...rows], details: { year, forceId, trendYears: TREND_YEARS } };
      } finally {
        await app.close();
      }
    } finally {
      await pglite.close();
      pglite.remove();
    }
  },
};
