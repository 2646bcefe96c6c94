// Opens a fresh, migrated database for one test file, on the engine the run asks for:
// WARRANT_TEST_DB=pglite (default; in memory) or postgres (a new database on the throwaway cluster whose
// admin URL is WARRANT_TEST_PG_URL, copied from a migrated template so each file starts clean and fast).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { migrateDatabase, openDatabase, type Database, type DatabaseKind } from './client.js';

export const testDatabaseKind: DatabaseKind = process.env.WARRANT_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

const TEMPLATE = 'warrant_test_template';
let migratedPglite: Promise<Blob> | undefined;

function adminUrl(): string {
  const url = process.env.WARRANT_TEST_PG_URL;
  if (!url) throw new Error('WARRANT_TEST_DB=postgres needs WARRANT_TEST_PG_URL (scripts/test.sh sets it)');
  return url;
}

function urlFor(database: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Called once per run (vitest globalSetup) so test files clone a migrated template. */
export async function prepareTemplate(): Promise<void> {
  if (testDatabaseKind !== 'postgres') return;
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE}`);
    await c.query(`CREATE DATABASE ${TEMPLATE}`);
  });
  const database = await openDatabase({ kind: 'postgres', url: urlFor(TEMPLATE), poolSize: 1 });
  await migrateDatabase(database);
  await database.close();
}

export async function openTestDatabase(): Promise<Database> {
  if (testDatabaseKind === 'pglite') {
    // Migrate once per worker, then start every database from a dump of that migrated one.
    migratedPglite ??= (async () => {
      const database = await openDatabase({ kind: 'pglite', dataDir: null });
      await migrateDatabase(database);
      const dump = await database.dumpDataDir?.();
      await database.close();
      if (!dump) throw new Error('PGlite could not dump its data directory');
      return dump;
    })();
    return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: await migratedPglite });
  }
  const name = `warrant_test_${randomBytes(6).toString('hex')}`;
  await withAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`));
  const database = await openDatabase({ kind: 'postgres', url: urlFor(name), poolSize: 4 });
  return {
    ...database,
    close: async () => {
      await database.close();
      await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name}`));
    },
  };
}
