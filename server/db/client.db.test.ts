import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from './client.js';
import { forces } from './schema.js';
import { openTestDatabase, testDatabaseKind } from './test-database.js';

// Both engines must hand the application the same JavaScript values for the same SQL types. `sql<T>` does
// no conversion of its own, so these read exactly what the driver's type parsers produced.
describe(`database client on ${testDatabaseKind}`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database?.close();
  });

  // One row to select literals against.
  const oneRow = () => eq(forces.id, 'MPS');

  it('opens the engine the run asked for', () => {
    expect(database.kind).toBe(testDatabaseKind);
  });

  it('never JIT-compiles: every pooled PostgreSQL connection has it off, and PGlite has no JIT at all', async () => {
    // Several at once, so more than one connection of the pool answers.
    const answers = await Promise.all(Array.from({ length: 4 }, () => queryRows<{ jit: string; available: boolean }>(database.db, sql`select current_setting('jit') as jit, pg_jit_available() as available`)));
    for (const [row] of answers) {
      if (testDatabaseKind === 'postgres') expect(row?.jit).toBe('off');
      else expect(row?.available).toBe(false);
    }
  });

  it('returns count(*) as a JavaScript number', async () => {
    const [row] = await database.db.select({ n: sql<number>`count(*)` }).from(forces);
    expect(row).toEqual({ n: 47 });
  });

  it('returns int8 as a JavaScript number, up to the largest safe integer', async () => {
    const [row] = await database.db
      .select({ small: sql<number>`42::int8`, largest: sql<number>`9007199254740991::int8`, negative: sql<number>`(-7)::int8` })
      .from(forces)
      .where(oneRow());
    expect(row).toEqual({ small: 42, largest: Number.MAX_SAFE_INTEGER, negative: -7 });
  });

  it('refuses an int8 beyond the safe integer range rather than rounding it', async () => {
    const query = database.db.select({ tooBig: sql<number>`9007199254740993::int8` }).from(forces).where(oneRow());
    await expect(query).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/exceeds JavaScript's safe integer range/) }),
    });
  });

  it('returns numeric as a JavaScript number', async () => {
    const [row] = await database.db
      .select({ amount: sql<number>`12.50::numeric(5,2)`, ratio: sql<number>`1.81::numeric`, average: sql<number>`avg(x)` })
      .from(sql`(values (1), (2)) as v(x)`);
    expect(row).toEqual({ amount: 12.5, ratio: 1.81, average: 1.5 });
  });

  it("returns a date as a 'YYYY-MM-DD' string, not a local-time Date", async () => {
    const [row] = await database.db
      .select({ day: sql<string>`date '2020-01-02'`, leapDay: sql<string>`date '2024-02-29'`, none: sql<string | null>`null::date` })
      .from(forces)
      .where(oneRow());
    expect(row).toEqual({ day: '2020-01-02', leapDay: '2024-02-29', none: null });
  });

  it('is migrated with the 43 territorial forces of England & Wales and the 4 national bodies', async () => {
    const rows = await database.db.select().from(forces);
    expect(rows).toHaveLength(47);
    expect(rows.filter((f) => f.kind === 'territorial')).toHaveLength(43);
    expect(rows).toContainEqual({ id: 'MPS', name: 'Metropolitan Police Service', kind: 'territorial', jurisdiction: 'england-wales' });
    expect(rows).toContainEqual({ id: 'BTP', name: 'British Transport Police', kind: 'national', jurisdiction: 'england-wales' });
  });
});
