// `warrant generate` and `warrant import`: the synthetic national dataset and CSV import (docs/data.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import cliProgress from 'cli-progress';
import type { Database } from '../db/client.js';
import { cliContext } from '../context.js';
import { AppError } from '../errors.js';
import { importDataset, type ImportReport, type Rejection } from '../modules/import/csv-import.service.js';
import { DEFAULT_ALLEGATIONS_PER_SUBJECT, generateDataset, resolveOptions, type Scale } from '../modules/synthetic/generate.js';
import { writeDatasetCsv } from '../modules/synthetic/dataset-writer.js';
import { importRealData, REAL_DATA_FORMATS, type RealDataImportOptions } from './real-data-commands.js';

type WithDatabase = <T>(fn: (database: Database) => Promise<T>) => Promise<T>;

const parseWhole = (name: string) => (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError(`${name} must be a whole number`);
  return n;
};

const parseAllegationsPerSubject = (value: string): number => {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 1 || n > 100) throw new InvalidArgumentError('allegations per subject must be a whole number from 1 to 100');
  return n;
};

const isTty = (): boolean => process.stderr.isTTY === true;

function rowsPerSecond(rows: number, startedAt: number): string {
  const seconds = (performance.now() - startedAt) / 1000;
  return seconds > 0 ? Math.round(rows / seconds).toLocaleString('en-GB') : '0';
}

/** Loads `dir` with a progress bar (bytes, rows/s, ETA) on a terminal. */
async function loadWithProgress(database: Database, dir: string, source: 'csv' | 'generate', onRejection?: (r: Rejection) => void): Promise<ImportReport> {
  const bar = isTty() ? new cliProgress.SingleBar({ format: 'Loading    {bar} {percentage}% | {table} | {rows} rows | {rate} rows/s | ETA {eta_formatted}', etaBuffer: 50 }, cliProgress.Presets.shades_classic) : null;
  const startedAt = performance.now();
  let rows = 0;
  let lastTable = '';
  let tableRowsBefore = 0;
  let lastTableRows = 0;
  bar?.start(1, 0, { table: '', rows: 0, rate: 0 });
  const report = await importDataset({
    database, ctx: cliContext(), dir, source, onRejection,
    onProgress: (p) => {
      if (p.table !== lastTable) {
        tableRowsBefore += lastTableRows;
        lastTable = p.table;
      }
      lastTableRows = p.rows;
      rows = tableRowsBefore + p.rows;
      bar?.setTotal(p.totalBytes);
      bar?.update(p.bytesRead, { table: p.table, rows: rows.toLocaleString('en-GB'), rate: rowsPerSecond(rows, startedAt) });
    },
  });
  bar?.stop();
  return report;
}

function printReport(report: ImportReport): void {
  const table = Object.entries(report.tables).map(([name, s]) => ({ table: name, read: s.read, inserted: s.inserted, skipped: s.skipped, rejected: s.rejected }));
  console.table(table);
  const rate = Math.round((report.inserted + report.skipped) / Math.max(report.seconds, 0.001));
  console.log(`${report.inserted.toLocaleString('en-GB')} rows inserted, ${report.skipped.toLocaleString('en-GB')} already present (skipped), ${report.rejected.toLocaleString('en-GB')} rejected in ${report.seconds.toFixed(1)} s (${rate.toLocaleString('en-GB')} rows/s).`);
}

export function registerDatasetCommands(program: Command, withDatabase: WithDatabase): void {
  program.command('generate')
    .description('generate the synthetic national dataset with its planted truth (docs/data.md): write CSVs, load them, or both')
    .addOption(new Option('--scale <scale>', 'demo (~500 people), force (~45,000, one Met-sized force) or nation (~250,000, every force)').choices(['demo', 'force', 'nation']).makeOptionMandatory())
    .option('--seed <n>', 'seed: the same seed gives byte-identical files', parseWhole('seed'), 1)
    .option('--out <dir>', 'write one CSV per table and truth.json here')
    .option('--load', 'load into the configured database (DATABASE_URL, or PGlite in WARRANT_DATA_DIR)')
    .option('--people <n>', 'override the number of people of the scale', parseWhole('people'))
    .option('--years <n>', 'years of history', parseWhole('years'), 10)
    .option('--as-of <date>', 'last day of the history (YYYY-MM-DD)', '2026-10-31')
    .option('--allegations-per-subject <n>', `mean allegations per subject of a case (default ${DEFAULT_ALLEGATIONS_PER_SUBJECT}; 3 makes the rules flag a realistic share of the workforce)`, parseAllegationsPerSubject)
    .action(async (opts: { scale: Scale; seed: number; out?: string; load?: boolean; people?: number; years: number; asOf: string; allegationsPerSubject?: number }) => {
      if (!opts.out && !opts.load) throw new AppError('VALIDATION_FAILED', 'say where the data goes: --out DIR, --load, or both');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) throw new AppError('VALIDATION_FAILED', '--as-of must be a date, YYYY-MM-DD');
      const options = { scale: opts.scale, seed: opts.seed, years: opts.years, asOf: opts.asOf, people: opts.people, allegationsPerSubject: opts.allegationsPerSubject };
      const dir = opts.out ? resolve(opts.out) : mkdtempSync(join(tmpdir(), 'warrant-generate-'));
      const total = resolveOptions(options).people;
      const bar = isTty() ? new cliProgress.SingleBar({ format: 'Generating {bar} {percentage}% | {value}/{total} people | {rows} rows | {rate} rows/s | ETA {eta_formatted}', etaBuffer: 50 }, cliProgress.Presets.shades_classic) : null;
      const startedAt = performance.now();
      bar?.start(total, 0, { rows: 0, rate: 0 });
      const { truth, rows } = await writeDatasetCsv({
        dataset: generateDataset(options), dir,
        onProgress: (p) => bar?.update(Math.min(total, p.people), { rows: p.rows.toLocaleString('en-GB'), rate: rowsPerSecond(p.rows, startedAt) }),
      });
      bar?.stop();
      const seconds = (performance.now() - startedAt) / 1000;
      console.log(`Generated ${rows.toLocaleString('en-GB')} rows (${Object.entries(truth.rowCounts).map(([t, n]) => `${t} ${n}`).join(', ')}) in ${seconds.toFixed(1)} s.`);
      if (opts.out) console.log(`CSV files and truth.json in ${dir}`);
      if (!opts.load) return;
      const report = await withDatabase((database) => loadWithProgress(database, dir, 'generate'));
      printReport(report);
      if (!opts.out) {
        // The CSVs were only a staging area; truth.json (and any rejections) stay for the tests and the analyst.
        for (const file of Object.keys(truth.rowCounts)) rmSync(join(dir, `${file}.csv`), { force: true });
        console.log(`truth.json kept in ${dir}`);
      }
      if (report.rejected > 0) {
        console.error(`warrant: ${report.rejected} generated rows were rejected; see ${report.rejectionsFile}`);
        process.exitCode = 1;
      }
    });

  program.command('import')
    .description('import a dataset directory (one CSV per table, as `warrant generate --out` writes): bad rows are reported in DIR/rejections.csv, good rows kept; re-running skips rows already present. With --format, public records of another shape (docs/real-data.md)')
    .argument('[dir]', 'directory with person.csv, employment.csv, misconduct_case.csv, … (with --format: the directory or file to import)')
    .addOption(new Option('--format <format>', 'warrant (a dataset directory), chicago (complaints + accused + roster files), case-subject (an FOI case/subject extract), barred-list (a decertification list)').choices(['warrant', ...REAL_DATA_FORMATS]).default('warrant'))
    .option('--complaints <file>', 'chicago: the complaints file (else found in the directory)')
    .option('--accused <file>', 'chicago: the accused file')
    .option('--roster <file>', 'chicago: the roster file')
    .option('--force <code>', 'chicago: the force code to import into (default CHI, added if missing); case-subject: the force the extract is from')
    .option('--force-name <name>', 'chicago: the force name when it is added (default Chicago Police Department)')
    .option('--jurisdiction <jurisdiction>', 'chicago: the jurisdiction of the force and its mappings (default us-il); barred-list: the list\'s jurisdiction (e.g. us-va)')
    .option('--received-on <date>', 'case-subject: the day to record as received when the extract has no dates (YYYY-MM-DD)')
    .option('--list <list>', 'barred-list: barred (default) or advisory')
    .option('--rejections <file>', 'with --format: where to write the rejection report (default ./rejections-FORMAT.csv)')
    .action(async (dirArg: string | undefined, opts: RealDataImportOptions & { format: string }) => {
      if (opts.format !== 'warrant') {
        const format = REAL_DATA_FORMATS.find((f) => f === opts.format);
        if (!format) throw new AppError('VALIDATION_FAILED', `unknown --format ${opts.format}`);
        await importRealData(format, dirArg, opts, withDatabase);
        return;
      }
      if (!dirArg) throw new AppError('VALIDATION_FAILED', 'say which directory to import');
      const dir = resolve(dirArg);
      const shown: Rejection[] = [];
      const report = await withDatabase((database) => loadWithProgress(database, dir, 'csv', (r) => {
        if (shown.length < 10) shown.push(r);
      }));
      printReport(report);
      if (report.rejected === 0) return;
      console.error(`warrant: ${report.rejected.toLocaleString('en-GB')} rows rejected; every one is listed in ${report.rejectionsFile}. First ones:`);
      for (const r of shown) console.error(`  ${r.file}:${r.line}${r.field ? ` ${r.field}` : ''}: ${r.reason}`);
      process.exitCode = 1;
    });
}
