// Shared pieces of the benchmarks: the generated dataset (cached under tmp/bench-data), throwaway databases on
// PostgreSQL (scripts/pg-cluster.sh, or the server DATABASE_URL points at) and PGlite, and raw COPY of CSVs.
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database } from '../server/db/client.js';
import { openBulkConnection } from '../server/modules/import/bulk.repo.js';
import { DATASET_TABLE_NAMES, columnNames, csvFileName } from '../server/modules/import/dataset-tables.js';
import { generateDataset, type Scale } from '../server/modules/synthetic/generate.js';
import { writeDatasetCsv } from '../server/modules/synthetic/dataset-writer.js';
import { GENERATOR_VERSION, type Truth } from '../server/modules/synthetic/truth.js';

export const ROOT = resolve(import.meta.dirname, '..');

export type BenchRow = { label: string; rows?: number; seconds?: number; rowsPerSecond?: number; p50Ms?: number; p95Ms?: number; ratio?: number; note?: string };
export type BenchResult = { name: string; scale: string; rows: BenchRow[]; details?: Record<string, unknown> };
export type Benchmark = { name: string; description: string; run: (options: { quick: boolean; log: (line: string) => void }) => Promise<BenchResult> };

export const scaleFor = (quick: boolean): Scale => (quick ? 'force' : 'nation');

/** The dataset of a scale and seed, generated once and reused while truth.json says it is the same one. */
export async function ensureDataset(scale: Scale, seed: number, log: (line: string) => void): Promise<{ dir: string; truth: Truth; totalRows: number }> {
  const dir = join(ROOT, 'tmp', 'bench-data', `${scale}-seed${seed}`);
  const truthPath = join(dir, 'truth.json');
  const dataset = generateDataset({ scale, seed });
  if (existsSync(truthPath)) {
    const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Truth;
    const same = truth.generator.version === GENERATOR_VERSION && truth.generator.people === dataset.options.people && truth.generator.allegationsPerSubject === dataset.options.allegationsPerSubject && truth.generator.asOf === dataset.options.asOf;
    if (same && DATASET_TABLE_NAMES.every((t) => existsSync(join(dir, csvFileName(t))))) return { dir, truth, totalRows: sumRows(truth) };
  }
  log(`generating the ${scale} dataset (seed ${seed}) into ${dir} …`);
  const started = performance.now();
  const { truth } = await writeDatasetCsv({ dataset, dir });
  log(`generated ${sumRows(truth).toLocaleString('en-GB')} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { dir, truth, totalRows: sumRows(truth) };
}

const sumRows = (truth: Truth): number => Object.values(truth.rowCounts).reduce((s, n) => s + (n ?? 0), 0);

/** A PostgreSQL server for benchmarks: DATABASE_URL's, or a throwaway cluster of our own (scripts/pg-cluster.sh). */
export async function startPostgresServer(log: (line: string) => void): Promise<{ adminUrl: string; stop: () => void }> {
  if (process.env.DATABASE_URL) return { adminUrl: process.env.DATABASE_URL, stop: () => undefined };
  const script = join(ROOT, 'scripts', 'pg-cluster.sh');
  const exports = execFileSync('bash', [script, 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const value = (name: string): string => {
    const match = new RegExp(`${name}=(\\S+)`).exec(exports);
    if (!match?.[1]) throw new Error(`pg-cluster.sh start did not print ${name}`);
    return match[1].replace(/^'|'$/g, '');
  };
  const adminUrl = value('WARRANT_TEST_PG_URL');
  const clusterDir = value('WARRANT_PG_CLUSTER_DIR');
  log(`throwaway PostgreSQL cluster at ${adminUrl}`);
  return { adminUrl, stop: () => execFileSync('bash', [script, 'stop', clusterDir], { stdio: 'inherit' }) };
}

/** Runs `fn` with the admin URL of a PostgreSQL server, stopping a cluster of our own afterwards. */
export async function withPostgresServer<T>(log: (line: string) => void, fn: (adminUrl: string) => Promise<T>): Promise<T> {
  const server = await startPostgresServer(log);
  try {
    return await fn(server.adminUrl);
  } finally {
    server.stop();
  }
}

/** A new, empty, migrated database on the server (dropped first if a previous run left it). */
export async function freshPostgresDatabase(adminUrl: string, name: string): Promise<Database> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 4 });
  await migrateDatabase(database);
  return database;
}

/** A new, migrated PGlite database in a temporary directory on disk (as `warrant` uses by default). */
export async function freshPgliteDatabase(): Promise<Database & { remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'warrant-bench-pglite-'));
  const database = await openDatabase({ kind: 'pglite', dataDir: dir });
  await migrateDatabase(database);
  return { ...database, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The baseline: what psql's \copy does — each CSV straight into its table with COPY (FORMAT csv), no checks. */
export async function rawCopyDirectory(database: Database, dir: string): Promise<void> {
  const conn = await openBulkConnection(database);
  try {
    for (const table of DATASET_TABLE_NAMES) {
      const path = join(dir, csvFileName(table));
      if (!existsSync(path)) continue;
      await conn.copyIn(`"${table}" (${columnNames(table).map((c) => `"${c}"`).join(', ')})`, '(FORMAT csv, HEADER true)', createReadStream(path, { highWaterMark: 1 << 20 }));
    }
    // Statistics for every table, the trigger-written summaries too, as autovacuum would gather them after a load.
    await conn.query('analyze');
  } finally {
    await conn.release();
  }
}

export const seconds = (startedAt: number): number => (performance.now() - startedAt) / 1000;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}
