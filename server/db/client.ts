// Opens the database chosen by configuration: embedded PGlite (no DATABASE_URL) or a PostgreSQL
// server through a node-postgres pool. Both return the same JS types for the same SQL types:
// int8/count and numeric come back as numbers, date as 'YYYY-MM-DD' strings (never a local-time Date).
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type Queryable = Db | Tx;

export type DatabaseKind = 'pglite' | 'postgres';
/** The driver under Drizzle, for what Drizzle cannot do: COPY and bulk loading (server/modules/import). */
export type RawClient = { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; pool: pg.Pool };
export type Database = { db: Db; kind: DatabaseKind; raw: RawClient; close: () => Promise<void>; dumpDataDir?: () => Promise<Blob> };

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

function toSafeNumber(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) && Number.isInteger(n)) throw new RangeError(`int8 value ${value} exceeds JavaScript's safe integer range`);
  return n;
}

// node-postgres parsers are process-global; set them once, the same way PGlite's are set per instance.
pg.types.setTypeParser(OID.int8, toSafeNumber);
pg.types.setTypeParser(OID.numeric, (v: string) => Number(v));
pg.types.setTypeParser(OID.date, (v: string) => v);

const pgliteParsers = {
  [pgliteTypes.INT8]: toSafeNumber,
  [pgliteTypes.NUMERIC]: (v: string) => Number(v),
  [pgliteTypes.DATE]: (v: string) => v,
};

export type OpenDatabaseOptions =
  | { kind: 'pglite'; dataDir: string | null; loadDataDir?: Blob } // dataDir null = in memory
  | { kind: 'postgres'; url: string; poolSize?: number };

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.kind === 'pglite') {
    if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
    const client = await PGlite.create(options.dataDir ?? undefined, {
      parsers: pgliteParsers,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return { db, kind: 'pglite', raw: { kind: 'pglite', client }, close: () => client.close(), dumpDataDir: async () => (await client.dumpDataDir('none')) as Blob };
  }
  // JIT compilation off for every connection: Warrant's large queries (Insight's figures, the full rule run, the
  // summary triggers' recomputation on a bulk batch) are estimated costly enough to be compiled, and the compile
  // time (seconds on 2 cores) is never won back on queries that run in milliseconds to seconds. Measured on the
  // nation: the nightly rule run 12.3–13.1 s with JIT, 9.3 s without (docs/early-warning.md, Benchmarks).
  const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10, options: '-c jit=off' });
  // Fail fast with a clear error when the server is unreachable, instead of on the first request.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return { db, kind: 'postgres', raw: { kind: 'postgres', pool }, close: () => pool.end() };
}

/** Applies every checked-in migration not yet applied. Safe to run on every start. */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === 'pglite') {
    await migratePglite(database.db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await migratePg(database.db as unknown as Parameters<typeof migratePg>[0], { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

/** Rows of a raw SQL query. Both drivers return `{ rows }`; the row type is the caller's to state. */
export async function queryRows<T>(db: Queryable, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
