// `warrant …`: the command line for force IT. Each command uses the same services as the API.
import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig, ConfigError } from '../config.js';
import { migrateDatabase, openDatabase, type Database } from '../db/client.js';
import { cliContext } from '../context.js';
import { AppError } from '../errors.js';
import { ZCreateUser } from '../../shared/contracts.js';
import { ROLES } from '../../shared/roles.js';
import { verifyAuditChain } from '../modules/audit/audit.service.js';
import { createUser } from '../modules/users/user.service.js';
import { registerDatasetCommands } from './dataset-commands.js';
import { registerSignalsCommands } from './signals-commands.js';
import { registerRealDataCommands } from './real-data-commands.js';
import { importListEntries } from '../modules/national-index/list-entry.service.js';
import { runWash, startWashRun } from '../modules/national-index/data-wash.service.js';
import { readCsv } from './read-csv.js';
import { writeFile } from 'node:fs/promises';
import { MAPPING_FIELDS, matchFile, parseMapping, recordsFromRows } from '../modules/matching/match-file.js';
import { evaluateOnDataset } from '../modules/matching/match-dataset-evaluation.js';
import { rekeyStaleListEntries } from '../modules/national-index/list-entry.repo.js';
import { BLOCKING_KEYS_VERSION } from '../modules/matching/match-engine.js';

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const csvCell = (v: string): string => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config.database.kind === 'pglite' ? config.database : { kind: 'postgres', url: config.database.url });
  try {
    await migrateDatabase(database);
    const rekeyed = await rekeyStaleListEntries(database.db);
    if (rekeyed > 0) console.error(`Rebuilt the matching keys of ${rekeyed} Barred and Advisory List entries (keys version ${BLOCKING_KEYS_VERSION}).`);
    return await fn(database);
  } finally {
    await database.close();
  }
}

const parseRoles = (value: string): string[] => {
  const roles = value.split(',').map((r) => r.trim()).filter(Boolean);
  const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
  if (unknown.length > 0) throw new InvalidArgumentError(`unknown role ${unknown.join(', ')}; roles are: ${ROLES.join(', ')}`);
  return roles;
};

/** `warrant match --evaluate`: precision, recall and F1 per threshold on a generated dataset's planted links. */
async function printEvaluation(truthFile: string, nameFrequencies: boolean): Promise<void> {
  const report = await evaluateOnDataset(truthFile, { nameFrequencies });
  for (const [name, evaluation] of Object.entries(report)) {
    console.log(`\n${name}: ${evaluation.truePairs} planted pairs; blocking recall ${pct(evaluation.blockingRecall)}; in the review band ${pct(evaluation.reviewBandShareOfTruePairs)}; missed ${evaluation.missedTruePairs}`);
    console.log('threshold  predicted  true+  precision  recall    F1');
    for (const r of evaluation.rows) console.log(`${String(r.threshold).padStart(9)}  ${String(r.predicted).padStart(9)}  ${String(r.truePositives).padStart(5)}  ${pct(r.precision).padStart(9)}  ${pct(r.recall).padStart(6)}  ${pct(r.f1).padStart(6)}`);
  }
}

export function buildCli(): Command {
  const program = new Command('warrant').description('Warrant: integrity and professional standards for police forces').showHelpAfterError();

  const db = program.command('db').description('database administration');
  db.command('migrate')
    .description('apply every checked-in migration not yet applied (also done on every start)')
    .action(async () => {
      await withDatabase(async (database) => console.log(`Migrations applied (${database.kind}).`));
    });

  const user = program.command('user').description('accounts');
  user.command('add')
    .description('create a local account')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--role <roles>', `one or more roles, comma-separated: ${ROLES.join(', ')}`, parseRoles)
    .option('--force <code>', 'force code (e.g. MPS); omit for a national account')
    .option('--name <name>', 'display name (defaults to the email)')
    .option('--password <password>', 'password (at least 12 characters); omitted: read WARRANT_NEW_PASSWORD or generate one')
    .action(async (opts: { email: string; role: string[]; force?: string; name?: string; password?: string }) => {
      const generated = !opts.password && !process.env.WARRANT_NEW_PASSWORD;
      const password = opts.password ?? process.env.WARRANT_NEW_PASSWORD ?? randomBytes(18).toString('base64url');
      const parsed = ZCreateUser.safeParse({ email: opts.email, displayName: opts.name ?? opts.email, roles: opts.role, forceId: opts.force ?? null, password });
      if (!parsed.success) {
        throw new AppError('VALIDATION_FAILED', parsed.error.issues.map((i) => `${i.path.join('.') || 'input'}: ${i.message}`).join('; '));
      }
      const created = await withDatabase((database) => createUser({ db: database.db, ctx: cliContext(), input: parsed.data }));
      console.log(`Created ${created.email} (${created.roles.join(', ')}; ${created.forceId ?? 'national'})`);
      if (generated) console.log(`Password (shown once): ${password}`);
    });

  const lists = program.command('lists').description('the Barred and Advisory Lists');
  lists.command('import')
    .description('import list entries from a CSV (columns: list, given_names, family_name, other_family_names, date_of_birth, last_force, role, reason, decided_on, jurisdiction); bad rows are reported, good rows kept; re-importing adds nothing twice')
    .argument('<file>', 'CSV file with a header row')
    .action(async (file: string) => {
      const rows = await readCsv(file);
      const result = await withDatabase((database) => importListEntries({ db: database.db, ctx: cliContext(), rows }));
      console.log(`Imported ${result.imported} entries; ${result.skipped} already present; ${result.rejected.length} problems.`);
      for (const r of result.rejected) console.error(`${file}:${r.line}: ${r.field}: ${r.reason}`);
      if (result.rejected.length > 0) process.exitCode = 1;
    });

  program.command('match')
    .description('link or cluster a CSV of person records with the matching engine; prints pairs (or cluster ids) with scores and reasons')
    .argument('[file]', 'CSV file with a header row (not with --evaluate)')
    .option('--evaluate <truth>', "measure the engine on a synthetic dataset's planted links instead: truth.json written by warrant generate (the CSVs beside it are read too); prints precision, recall and F1 per threshold, the review-band share and blocking recall")
    .option('--name-frequencies', 'with --evaluate: weigh exact names by how common they are among the records matched (measured, not the default: docs/matching.md)')
    .option('--against <target>', 'register | barred | another CSV file; omitted: cluster the file against itself')
    .option('--map <mapping>', `columns as field=column pairs (fields: ${MAPPING_FIELDS.join(', ')}); defaults: id, given_names, family_name, date_of_birth, other_family_names (; separated), postcode`)
    .option('--map2 <mapping>', 'mapping for the second file (defaults to --map)')
    .option('--out <file>', 'write the result as CSV here instead of standard output')
    .action(async (file: string | undefined, opts: { evaluate?: string; nameFrequencies?: boolean; against?: string; map?: string; map2?: string; out?: string }) => {
      if (opts.evaluate !== undefined) {
        if (file !== undefined || opts.against !== undefined) throw new AppError('VALIDATION_FAILED', '--evaluate reads the dataset beside truth.json: give no FILE and no --against with it');
        await printEvaluation(opts.evaluate, opts.nameFrequencies === true);
        return;
      }
      if (file === undefined) throw new AppError('VALIDATION_FAILED', 'FILE is required: the CSV of person records to match (or --evaluate truth.json)');
      const mapping = parseMapping(opts.map);
      const left = recordsFromRows(await readCsv(file), mapping, file);
      const target = opts.against === undefined ? null : opts.against === 'register' || opts.against === 'barred' ? opts.against : 'file';
      const right = target === 'file' && opts.against ? recordsFromRows(await readCsv(opts.against), opts.map2 ? parseMapping(opts.map2) : mapping, opts.against) : null;
      const problems = [...left.problems.map((p) => ({ ...p, file })), ...(right?.problems ?? []).map((p) => ({ ...p, file: opts.against ?? '' }))];
      const run = (db: Parameters<typeof matchFile>[0]['db']) => matchFile({ db, left: left.records, against: target, ...(right ? { right: right.records } : {}) });
      const result = target === 'register' || target === 'barred' ? await withDatabase((database) => run(database.db)) : await run(null);
      const lines = result.kind === 'clusters'
        ? ['id,cluster_id', ...left.records.map((r) => `${csvCell(r.id)},${csvCell(result.clusters.get(r.id) ?? r.id)}`)]
        : ['left_id,right_id,score,band,reasons', ...result.pairs.map((p) => [p.leftId, p.rightId, String(p.score), p.band, p.reasons.map((r) => `${r.field}: ${r.agreement} (${r.weight > 0 ? '+' : ''}${r.weight})`).join('; ')].map(csvCell).join(','))];
      if (opts.out) await writeFile(opts.out, `${lines.join('\n')}\n`);
      else console.log(lines.join('\n'));
      const matches = result.pairs.filter((p) => p.band === 'match').length;
      console.error(`${left.records.length} records matched against ${result.compared}: ${matches} matches, ${result.pairs.length - matches} for review.`);
      for (const p of problems) console.error(`${p.file}:${p.line}: ${p.reason}`);
      if (problems.length > 0) process.exitCode = 1;
    });

  program.command('wash')
    .description('re-check the workforce (or one force) against the Barred and Advisory Lists and open cases in other forces; resumable')
    .option('--force <code>', 'only this force')
    .option('--resume <runId>', 'carry on a run that stopped')
    .option('--batch <n>', 'people per batch', (v) => Number.parseInt(v, 10), 500)
    .action(async (opts: { force?: string; resume?: string; batch: number }) => {
      const result = await withDatabase(async (database) => {
        const runId = opts.resume ?? (await startWashRun({ db: database.db, ctx: cliContext(), forceId: opts.force ?? null })).id;
        const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'Washing {bar} {value}/{total} people | {hits} hits | {eta_formatted} left' }, cliProgress.Presets.shades_classic) : null;
        const run = await runWash({ db: database.db, runId, batchSize: opts.batch, onProgress: (p) => {
          if (!bar) return;
          if (bar.getTotal() !== p.total) bar.start(p.total, p.processed, { hits: p.hits });
          bar.update(p.processed, { hits: p.hits });
        } });
        bar?.stop();
        return run;
      });
      console.log(`Wash ${result.id}: ${result.status}; ${result.processed} of ${result.total} people checked; ${result.hits} hits to review.`);
    });

  const audit = program.command('audit').description('the hash-chained audit log');
  audit.command('verify')
    .description('recompute the whole chain; exits 1 and names the first broken event if any row was altered, inserted or deleted')
    .action(async () => {
      const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ format: 'Verifying {bar} {value} events' }, cliProgress.Presets.shades_classic) : null;
      bar?.start(0, 0);
      const result = await withDatabase((database) => verifyAuditChain({ db: database.db, onProgress: (n) => { bar?.setTotal(n); bar?.update(n); } }));
      bar?.stop();
      if (result.ok) {
        console.log(`Audit chain intact: ${result.checked} events verified.`);
        return;
      }
      console.error(`Audit chain BROKEN at event ${result.firstBrokenSeq}: ${result.reason} (${result.checked} events verified before it).`);
      process.exitCode = 1;
    });

  registerDatasetCommands(program, withDatabase);
  registerSignalsCommands(program, withDatabase);
  registerRealDataCommands(program, withDatabase);
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof AppError || error instanceof ConfigError) {
      console.error(`warrant: ${error.message}`);
      return 2;
    }
    throw error;
  }
}
