// `warrant import --format chicago|case-subject|barred-list`, `warrant force add` and `warrant report`: public
// records from other sources and jurisdictions (docs/real-data.md).
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import cliProgress from 'cli-progress';
import type { Database } from '../db/client.js';
import { cliContext } from '../context.js';
import { AppError } from '../errors.js';
import { importChicago, type ChicagoFiles } from '../modules/real-data/chicago-import.service.js';
import { importCaseSubject } from '../modules/real-data/case-subject-import.service.js';
import { importBarredList } from '../modules/real-data/barred-list-import.service.js';
import { addForce } from '../modules/real-data/import-run.js';
import type { Rejection } from '../modules/real-data/table-writer.js';
import { writeRealDataReport } from '../modules/real-data/real-data-report.service.js';

type WithDatabase = <T>(fn: (database: Database) => Promise<T>) => Promise<T>;

export const REAL_DATA_FORMATS = ['chicago', 'case-subject', 'barred-list'] as const;
export type RealDataFormat = (typeof REAL_DATA_FORMATS)[number];

export type RealDataImportOptions = {
  complaints?: string; accused?: string; roster?: string; force?: string; forceName?: string; jurisdiction?: string; receivedOn?: string;
  list?: string; rejections?: string;
};

/** The three Chicago files: named by option, or found in a directory by their names' beginnings. */
function chicagoFiles(target: string | undefined, opts: RealDataImportOptions): ChicagoFiles {
  const find = (prefix: 'complaints' | 'accused' | 'roster'): string => {
    const given = opts[prefix];
    if (given) return resolve(given);
    if (!target) throw new AppError('VALIDATION_FAILED', `--format chicago needs a directory or --${prefix} FILE`);
    const dir = resolve(target);
    const match = existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(prefix) && /\.csv(\.gz)?$/.test(f)).sort() : [];
    if (match.length !== 1 || !match[0]) throw new AppError('VALIDATION_FAILED', `${dir}: expected one ${prefix}*.csv or ${prefix}*.csv.gz file, found ${match.length}; name it with --${prefix} FILE`);
    return join(dir, match[0]);
  };
  return { complaints: find('complaints'), accused: find('accused'), roster: find('roster') };
}

const printRejections = (shown: Rejection[], total: number, file: string) => {
  if (total === 0) return;
  console.error(`warrant: ${total.toLocaleString('en-GB')} rows rejected; every problem is listed in ${file}. First ones:`);
  for (const r of shown) console.error(`  ${r.file}:${r.line}${r.field ? ` ${r.field}` : ''}: ${r.reason}`);
};

export async function importRealData(format: RealDataFormat, target: string | undefined, opts: RealDataImportOptions, withDatabase: WithDatabase): Promise<void> {
  const rejectionsFile = resolve(opts.rejections ?? `rejections-${format}.csv`);
  const shown: Rejection[] = [];
  const onRejection = (r: Rejection) => {
    if (shown.length < 10) shown.push(r);
  };
  const ctx = cliContext();
  if (format === 'chicago') {
    const files = chicagoFiles(target, opts);
    const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'Importing {bar} {percentage}% | {phase} | {rows} rows | ETA {eta_formatted}' }, cliProgress.Presets.shades_classic) : null;
    bar?.start(1, 0, { phase: 'checking headers', rows: 0 });
    const report = await withDatabase((database) => importChicago({
      database, ctx, files, rejectionsFile, onRejection,
      ...(opts.force ? { forceId: opts.force } : {}), ...(opts.forceName ? { forceName: opts.forceName } : {}), ...(opts.jurisdiction ? { jurisdiction: opts.jurisdiction } : {}),
      onProgress: (p) => {
        bar?.setTotal(p.totalBytes);
        bar?.update(p.bytesRead, { phase: p.phase, rows: p.rows.toLocaleString('en-GB') });
      },
    }));
    bar?.stop();
    console.table(Object.entries(report.files).map(([name, f]) => ({ file: f.file, part: name, read: f.read, rejected: f.rejected })));
    console.table(Object.entries(report.tables).map(([table, s]) => ({ table, ...s })));
    const { rows, people } = report.linkage;
    console.log(`Accused rows linked to the roster automatically: ${rows.linked.toLocaleString('en-GB')} (${people.linked} officers); sent to review: ${rows.review} (${people.review}); created as new people: ${rows.created.toLocaleString('en-GB')} (${people.created}).`);
    console.log(`Data-quality flags: ${Object.entries(report.flags).map(([f, n]) => `${f} ${n}`).join(', ') || 'none'}. Mapping versions: ${Object.entries(report.mappingVersions).map(([k, v]) => `${k} v${v}`).join(', ')}.`);
    console.log(`Done in ${report.seconds.total.toFixed(1)} s (roster ${report.seconds.roster.toFixed(1)} s, complaints ${report.seconds.complaints.toFixed(1)} s, accused with linkage ${report.seconds.accused.toFixed(1)} s).`);
    printRejections(shown, report.rejected, rejectionsFile);
    if (report.rejected > 0) process.exitCode = 1;
    return;
  }
  if (!target) throw new AppError('VALIDATION_FAILED', `--format ${format} needs the file to import`);
  if (format === 'case-subject') {
    if (!opts.force) throw new AppError('VALIDATION_FAILED', '--format case-subject needs --force CODE (the force the extract is from)');
    const forceId = opts.force;
    const report = await withDatabase((database) => importCaseSubject({ database, ctx, file: resolve(target), forceId, rejectionsFile, onRejection, ...(opts.receivedOn ? { receivedOn: opts.receivedOn } : {}) }));
    console.table(Object.entries(report.tables).map(([table, s]) => ({ table, ...s })));
    console.log(`${report.read} rows: ${report.cases} cases, ${report.people} people (without names), ${report.subjects} subjects; ${report.nonPersonSubjects} non-person subjects kept out of person statistics.`);
    for (const p of report.placeholderSubjects) console.log(`Flagged: subject "${p.reference}" carries ${p.cases} cases (${(100 * p.share).toFixed(1)}% of all): likely a placeholder, not one officer.`);
    printRejections(shown, report.rejected, rejectionsFile);
    if (report.rejected > 0) process.exitCode = 1;
    return;
  }
  if (!opts.jurisdiction) throw new AppError('VALIDATION_FAILED', '--format barred-list needs --jurisdiction (e.g. us-va): the list belongs to one');
  const jurisdiction = opts.jurisdiction;
  const list = opts.list ?? 'barred';
  if (list !== 'barred' && list !== 'advisory') throw new AppError('VALIDATION_FAILED', '--list must be barred or advisory');
  const report = await withDatabase((database) => importBarredList({ database, ctx, file: resolve(target), jurisdiction, list, rejectionsFile, onRejection }));
  console.log(`${report.read} rows: ${report.imported} entries added to the ${list} list of ${jurisdiction}, ${report.skipped} already present, ${report.rejected} rejected.`);
  printRejections(shown, report.rejected, rejectionsFile);
  if (report.rejected > 0) process.exitCode = 1;
}

const parseYear = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1900 || n > 2100) throw new InvalidArgumentError('must be a year');
  return n;
};
const parseYears = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 20) throw new InvalidArgumentError('must be a whole number from 1 to 20');
  return n;
};

export function registerRealDataCommands(program: Command, withDatabase: WithDatabase): void {
  const force = program.command('force').description('the list of forces (any jurisdiction)');
  force.command('add')
    .description('add a force of any jurisdiction, e.g. --code CHI --name "Chicago Police Department" --jurisdiction us-il')
    .requiredOption('--code <code>', 'force code, 2–16 capitals, digits or hyphens (never reused)')
    .requiredOption('--name <name>', 'name')
    .requiredOption('--jurisdiction <jurisdiction>', 'jurisdiction: england-wales, scotland, us-il …')
    .option('--kind <kind>', 'territorial or national', 'territorial')
    .action(async (opts: { code: string; name: string; jurisdiction: string; kind: string }) => {
      if (opts.kind !== 'territorial' && opts.kind !== 'national') throw new AppError('VALIDATION_FAILED', '--kind must be territorial or national');
      const kind = opts.kind;
      const result = await withDatabase((database) => addForce({ database, ctx: cliContext(), force: { id: opts.code, name: opts.name, jurisdiction: opts.jurisdiction, kind } }));
      console.log(result.created ? `Added ${opts.code} (${opts.name}, ${opts.jurisdiction}).` : `${opts.code} already exists.`);
    });

  program.command('report')
    .description("write a force's figures (repeat distribution, concentration, case to answer, disproportionality, alerts, data quality) as CSV files and a self-contained HTML report, each with and without the rows flagged for data quality")
    .requiredOption('--force <code>', 'force code')
    .requiredOption('--out <dir>', 'directory to write into')
    .option('--year <year>', 'last year of the period (default: the year of the latest case received)', parseYear)
    .option('--years <n>', 'years in the period (default: back to the earliest case received, at most 20)', parseYears)
    .action(async (opts: { force: string; out: string; year?: number; years?: number }) => {
      const result = await withDatabase((database) => writeRealDataReport({
        database, forceId: opts.force, outDir: resolve(opts.out), ...(opts.year ? { year: opts.year } : {}), ...(opts.years ? { years: opts.years } : {}),
      }));
      console.log(`Wrote ${result.files.length} files to ${resolve(opts.out)}: ${result.files.join(', ')}`);
    });
}
