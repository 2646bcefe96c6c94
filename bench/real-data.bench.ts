// real-data-postgres / real-data-pglite: `warrant import --format chicago` of the full public Chicago files (complaints,
// accused with linkage to the roster, roster) from ../shared/data/real. Targets (issue 10): at least 5,000 accused rows/s
// including linkage on PostgreSQL; the whole three-file import under 60 s on PGlite. Baseline, measured in the same
// run: a raw COPY of the same three files (gunzipped, every column as text, no checks) into an empty database.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { cliContext } from '../server/context.js';
import type { Database } from '../server/db/client.js';
import { openBulkConnection } from '../server/modules/import/bulk.repo.js';
import { importChicago } from '../server/modules/real-data/chicago-import.service.js';
import { hasRealData, REAL_DATA_ABSENT, REAL_FILES } from '../server/modules/real-data/real-data-files.js';
import { freshPgliteDatabase, freshPostgresDatabase, seconds, withPostgresServer, type BenchResult, type Benchmark } from './support.js';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

async function rawCopy(database: Database): Promise<number> {
  const conn = await openBulkConnection(database);
  let rows = 0;
  try {
    for (const [name, path] of Object.entries(REAL_FILES.chicago)) {
      const text = gunzipSync(readFileSync(path)).toString('utf8');
      const header = text.slice(0, text.indexOf('\n')).split(',');
      rows += text.split('\n').filter(Boolean).length - 1;
      await conn.query(`create table raw_${name} (${header.map((c) => `"${c}" text`).join(', ')})`);
      await conn.copyIn(`raw_${name}`, '(FORMAT csv, HEADER true)', text);
    }
  } finally {
    await conn.release();
  }
  return rows;
}

async function compare(name: string, log: (line: string) => void, open: (label: string) => Promise<Database & { remove?: () => void }>): Promise<BenchResult> {
  if (!hasRealData()) throw new Error(REAL_DATA_ABSENT);
  log('raw COPY of the three files …');
  const baselineDb = await open('warrant_bench_raw_chicago');
  let started = performance.now();
  const rawRows = await rawCopy(baselineDb);
  const baselineSeconds = seconds(started);
  await baselineDb.close();
  baselineDb.remove?.();

  log('warrant import --format chicago …');
  const db = await open('warrant_bench_chicago');
  const rejectionsFile = join(tmpdir(), `warrant-bench-${name}-rejections.csv`);
  started = performance.now();
  const report = await importChicago({ database: db, ctx: cliContext(), files: REAL_FILES.chicago, rejectionsFile });
  const importSeconds = seconds(started);
  log('again (every row already present) …');
  started = performance.now();
  const again = await importChicago({ database: db, ctx: cliContext(), files: REAL_FILES.chicago, rejectionsFile });
  const againSeconds = seconds(started);
  await db.close();
  db.remove?.();

  const read = report.files.roster.read + report.files.complaints.read + report.files.accused.read;
  const accused = report.files.accused.read;
  return {
    name, scale: 'Chicago FOIA files (full)',
    rows: [
      { label: 'raw COPY of the three files (baseline)', rows: rawRows, seconds: baselineSeconds, rowsPerSecond: Math.round(rawRows / baselineSeconds), ratio: 1 },
      { label: 'import, all three files', rows: read, seconds: importSeconds, rowsPerSecond: Math.round(read / importSeconds), ratio: baselineSeconds / importSeconds },
      { label: 'accused rows incl. linkage', rows: accused, seconds: report.seconds.accused, rowsPerSecond: Math.round(accused / report.seconds.accused), note: 'target ≥ 5,000/s on PostgreSQL' },
      { label: 'import again (all skipped)', rows: read, seconds: againSeconds, rowsPerSecond: Math.round(read / againSeconds), ratio: baselineSeconds / againSeconds },
      { label: 'accused rows incl. linkage, again', rows: accused, seconds: again.seconds.accused, rowsPerSecond: Math.round(accused / again.seconds.accused) },
    ],
    details: { phases: report.seconds, linkage: report.linkage, tables: report.tables, rejected: report.rejected, target: name === 'real-data-pglite' ? 'whole import < 60 s' : 'accused ≥ 5,000 rows/s' },
  };
}

export const realDataPostgres: Benchmark = {
  name: 'real-data-postgres',
  description: 'warrant import --format chicago (full public files, linkage included) into an empty PostgreSQL database vs raw COPY of the files',
  run: ({ log }) => withPostgresServer(log, (adminUrl) => compare('real-data-postgres', log, (label) => freshPostgresDatabase(adminUrl, label))),
};

export const realDataPglite: Benchmark = {
  name: 'real-data-pglite',
  description: 'warrant import --format chicago (full public files) into an empty PGlite database on disk vs raw COPY of the files',
  run: ({ log }) => compare('real-data-pglite', log, () => freshPgliteDatabase()),
};
