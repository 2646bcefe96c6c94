// Starts Warrant: opens the configured database, applies migrations, loads demo data on the first start
// of an empty database, serves the API and the web app.
import { pathToFileURL } from 'node:url';
import { loadConfig, ConfigError, type Config } from './config.js';
import { migrateDatabase, openDatabase, type Database } from './db/client.js';
import { buildApp } from './app.js';
import { refreshStatisticsOnPglite } from './db/planner-statistics.js';
import { demoLogins, isDatabaseEmpty, seedDemoData, type DemoLogin } from './modules/demo/demo-seed.js';
import { runningWashRuns, runWash } from './modules/national-index/data-wash.service.js';
import { rekeyStaleListEntries } from './modules/national-index/list-entry.repo.js';
import { BLOCKING_KEYS_VERSION } from './modules/matching/match-engine.js';
import { evaluateAll, scheduleNightlyEvaluation } from './modules/signals/evaluate.service.js';

export type StartServerOptions = {
  port?: number;
  host?: string;
  /** 'memory' = in-memory PGlite (tests); otherwise the configuration decides. */
  database?: 'memory' | 'configured';
  seedDemo?: boolean;
  logLevel?: Config['logLevel'];
  env?: NodeJS.ProcessEnv;
};

export type RunningServer = { url: string; close: () => Promise<void>; demoLogins: DemoLogin[]; database: Database; seeded: boolean };

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
  const base = loadConfig(options.env ?? process.env);
  const config: Config = {
    ...base,
    port: options.port ?? base.port,
    host: options.host ?? base.host,
    logLevel: options.logLevel ?? base.logLevel,
    database: options.database === 'memory' ? { kind: 'pglite', dataDir: null } : base.database,
  };
  const database = await openDatabase(config.database.kind === 'pglite' ? config.database : { kind: 'postgres', url: config.database.url });
  await migrateDatabase(database);
  // List entries keyed by an older matching engine get this version's keys before any check reads them.
  const rekeyed = await rekeyStaleListEntries(database.db);
  // Demo logins share a published password: 'auto' never loads them in production.
  const wantDemo = options.seedDemo ?? (config.demo.mode === 'always' || (config.demo.mode === 'auto' && config.database.kind === 'pglite' && !config.isProduction));
  let seeded = false;
  if (wantDemo && (await isDatabaseEmpty(database.db))) {
    await seedDemoData({ db: database.db, password: config.demo.password });
    // The demo's history predates the rules: one full run fills the alert queue.
    await evaluateAll(database.db);
    seeded = true;
  }
  await refreshStatisticsOnPglite(database);
  const app = await buildApp({ db: database.db, config });
  if (rekeyed > 0) app.log.info({ rekeyed, keysVersion: BLOCKING_KEYS_VERSION }, 'rebuilt the matching keys of Barred and Advisory List entries');
  const address = await app.listen({ port: config.port, host: config.host });
  // A data wash interrupted by a restart carries on from where it stopped.
  for (const runId of await runningWashRuns(database.db)) {
    void runWash({ db: database.db, runId }).catch((error: unknown) => app.log.error({ err: error, runId }, 'data wash failed'));
  }
  const stopNightly = scheduleNightlyEvaluation(database.db, (message, data) => app.log.info(data ?? {}, message), () => refreshStatisticsOnPglite(database));
  const url = address.replace('127.0.0.1', 'localhost').replace('[::1]', 'localhost');
  return {
    url,
    database,
    seeded,
    demoLogins: wantDemo ? demoLogins(config.demo.password) : [],
    close: async () => {
      stopNightly();
      await app.close();
      await database.close();
    },
  };
}

async function main(): Promise<void> {
  let server: RunningServer;
  try {
    server = await startServer();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const lines = [
    '',
    `Warrant is running at ${server.url}`,
    `Database: ${server.database.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}${server.seeded ? ' (demo data loaded on this first start)' : ''}`,
  ];
  if (server.demoLogins.length > 0) {
    lines.push('', 'Demo logins (synthetic data only; password for all: ' + (server.demoLogins[0]?.password ?? '') + '):');
    for (const l of server.demoLogins) lines.push(`  ${l.role.padEnd(22)} ${l.email}${l.forceId ? `  (${l.forceId})` : '  (national)'}`);
  }
  lines.push('', 'API docs: ' + server.url + '/api/docs', 'Stop with Ctrl-C.', '');
  console.log(lines.join('\n'));
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
