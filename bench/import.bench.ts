// import-postgres / import-pglite: `warrant import` of the generated CSVs (per-row validation, staging,
// idempotent insert, rejection report) against the baseline of a raw COPY of the same files into an empty
// database. Target (issue 4): at least 0.5× the raw COPY rate on both engines.
// The baseline is plain COPY: the triggers that keep summaries in step (the case tags of migration 0015, Insight's
// summary of migration 0016) are disabled for it, so their cost counts against warrant import. A second raw COPY
// with them enabled shows what they cost COPY alone.
import { sql } from 'drizzle-orm';
import { cliContext } from '../server/context.js';
import { DATASET_TABLE_NAMES } from '../server/modules/import/dataset-tables.js';
import { queryRows, type Database } from '../server/db/client.js';
import { importDataset } from '../server/modules/import/csv-import.service.js';
import { ensureDataset, freshPgliteDatabase, freshPostgresDatabase, rawCopyDirectory, scaleFor, seconds, withPostgresServer, type BenchResult, type Benchmark } from './support.js';


async function compare(name: string, scale: ReturnType<typeof scaleFor>, log: (line: string) => void, open: (label: string) => Promise<Database & { remove?: () => void }>): Promise<BenchResult> {
  const { dir, totalRows } = await ensureDataset(scale, 1, log);
  const rawCopy = async (label: string, withTriggers: boolean): Promise<number> => {
    const database = await open(label);
    // USER leaves the foreign-key checks on: the baseline still checks what the schema declares.
    if (!withTriggers) for (const table of DATASET_TABLE_NAMES) await queryRows(database.db, sql.raw(`alter table "${table}" disable trigger user`));
    const started = performance.now();
    await rawCopyDirectory(database, dir);
    const taken = seconds(started);
    await database.close();
    database.remove?.();
    return taken;
  };
  log(`raw COPY of ${totalRows.toLocaleString('en-GB')} rows, the summary triggers disabled …`);
  const baselineSeconds = await rawCopy('warrant_bench_copy', false);
  log('raw COPY with the summary triggers …');
  const triggeredSeconds = await rawCopy('warrant_bench_copy_triggers', true);

  log('warrant import …');
  const importDb = await open('warrant_bench_import');
  let started = performance.now();
  const report = await importDataset({ database: importDb, ctx: cliContext(), dir });
  const importSeconds = seconds(started);
  if (report.rejected > 0) throw new Error(`${report.rejected} generated rows were rejected (${report.rejectionsFile})`);

  log('warrant import again (every row already present) …');
  started = performance.now();
  const again = await importDataset({ database: importDb, ctx: cliContext(), dir });
  const againSeconds = seconds(started);
  await importDb.close();
  importDb.remove?.();

  const rate = (s: number) => Math.round(totalRows / s);
  return {
    name, scale,
    rows: [
      { label: 'raw COPY (baseline)', rows: totalRows, seconds: baselineSeconds, rowsPerSecond: rate(baselineSeconds), ratio: 1, note: 'summary triggers disabled' },
      { label: 'raw COPY with the summary triggers (case tags, Insight)', rows: totalRows, seconds: triggeredSeconds, rowsPerSecond: rate(triggeredSeconds), ratio: baselineSeconds / triggeredSeconds },
      { label: 'warrant import', rows: report.inserted, seconds: importSeconds, rowsPerSecond: rate(importSeconds), ratio: baselineSeconds / importSeconds },
      { label: 'warrant import, re-run (all skipped)', rows: again.skipped, seconds: againSeconds, rowsPerSecond: rate(againSeconds), ratio: baselineSeconds / againSeconds },
    ],
    details: { tables: report.tables, target: 'warrant import ≥ 0.5× raw COPY' },
  };
}

export const importPostgres: Benchmark = {
  name: 'import-postgres',
  description: 'warrant import vs raw COPY of the same CSVs into an empty PostgreSQL database',
  run: ({ quick, log }) => withPostgresServer(log, (adminUrl) => compare('import-postgres', scaleFor(quick), log, (label) => freshPostgresDatabase(adminUrl, label))),
};

export const importPglite: Benchmark = {
  name: 'import-pglite',
  description: 'warrant import vs raw COPY (FROM /dev/blob) of the same CSVs into an empty PGlite database on disk',
  run: ({ quick, log }) => compare('import-pglite', scaleFor(quick), log, () => freshPgliteDatabase()),
};
