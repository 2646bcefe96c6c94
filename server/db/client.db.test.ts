import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client.js';
import { forces } from './schema.js';
import { openTestDatabase, testDatabaseKind } from './test-database.js';

describe(`database client on ${testDatabaseKind}`, () => {
  let database: Database;

  beforeAll(async () => {
    database = await openTestDatabase();
  });

  afterAll(async () => {
    await database.close();
  });

  it('opens the engine the run asked for', () => {
    expect(database.kind).toBe(testDatabaseKind);
  });

  it('returns counts and int8 as JavaScript numbers', async () => {
    const result = await database.db.execute(
      sql`select count(*) as n, 42::int8 as small, 9007199254740991::int8 as largest from (values (1), (2), (3)) as v(x)`,
    );
    expect(result.rows[0]).toEqual({ n: 3, small: 42, largest: Number.MAX_SAFE_INTEGER });
  });

  it('returns numeric as a JavaScript number', async () => {
    const result = await database.db.execute(sql`select 12.50::numeric(5,2) as amount, 1.81::numeric as ratio`);
    expect(result.rows[0]).toEqual({ amount: 12.5, ratio: 1.81 });
  });

  it("returns a date as a 'YYYY-MM-DD' string, not a local-time Date", async () => {
    const result = await database.db.execute(sql`select date '2020-01-02' as day, null::date as none`);
    expect(result.rows[0]).toEqual({ day: '2020-01-02', none: null });
  });

  it('refuses an int8 beyond the safe integer range rather than rounding it', async () => {
    await expect(database.db.execute(sql`select 9007199254740993::int8 as too_big`)).rejects.toMatchObject({
      cause: expect.objectContaining({ message: expect.stringMatching(/exceeds JavaScript's safe integer range/) }),
    });
  });

  it('is migrated with the 43 territorial forces of England & Wales and the 4 national bodies', async () => {
    const rows = await database.db.select().from(forces);
    expect(rows).toHaveLength(47);
    expect(rows.filter((f) => f.kind === 'territorial')).toHaveLength(43);
    expect(rows).toContainEqual({ id: 'MPS', name: 'Metropolitan Police Service', kind: 'territorial', jurisdiction: 'england-wales' });
    expect(rows).toContainEqual({ id: 'BTP', name: 'British Transport Police', kind: 'national', jurisdiction: 'england-wales' });
  });

  it('counts the forces with count(*) as a number', async () => {
    const result = await database.db.execute(sql`select count(*) as n from ${forces}`);
    expect(result.rows[0]).toEqual({ n: 47 });
  });
});
