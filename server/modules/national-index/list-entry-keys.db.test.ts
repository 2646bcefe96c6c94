// Stored blocking keys follow the matching engine: entries keyed under another BLOCKING_KEYS_VERSION (before an
// upgrade changed how names are keyed) are rebuilt at start, in batches, and a check then finds them.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.js';
import { listEntries, listEntryKeys } from '../../db/schema.js';
import { openTestDatabase, testDatabaseKind } from '../../db/test-database.js';
import { BLOCKING_KEYS_VERSION, blockingKeys } from '../matching/match-engine.js';
import { toFeatures } from '../matching/person-features.js';
import { findCandidateEntries, insertListEntries, rekeyStaleListEntries, type ListEntryRow } from './list-entry.repo.js';

const entry = (givenNames: string, familyName: string, dateOfBirth: string, extra: Partial<ListEntryRow> = {}) => ({
  list: 'barred' as const, givenNames, familyName, dateOfBirth, reason: 'Gross misconduct: dishonesty', decidedOn: '2024-03-01', source: 'import' as const, ...extra,
});
const probe = (givenNames: string, familyName: string, dateOfBirth: string) => blockingKeys(toFeatures({ id: 'probe', givenNames, familyName, dateOfBirth }));

describe(`re-keying list entries after an upgrade, on ${testDatabaseKind}`, () => {
  let database: Database;
  let entries: ListEntryRow[] = [];
  const keysOf = async (id: string) => (await database.db.select({ key: listEntryKeys.key }).from(listEntryKeys).where(eq(listEntryKeys.entryId, id))).map((r) => r.key).sort();

  beforeAll(async () => {
    database = await openTestDatabase();
    entries = await insertListEntries(database.db, [
      entry('Paweł', 'Kozłowski', '1983-10-23'),
      entry('Jørgen', 'Ødegård', '1970-01-01', { otherFamilyNames: ['Hansen'] }),
      entry('Mary', 'Smith', '1990-05-05'),
    ]);
  });

  afterAll(async () => {
    await database?.close();
  });

  it('stamps new entries with the current keys version and leaves nothing to re-key', async () => {
    expect(entries.map((e) => e.keysVersion)).toEqual([BLOCKING_KEYS_VERSION, BLOCKING_KEYS_VERSION, BLOCKING_KEYS_VERSION]);
    expect(await rekeyStaleListEntries(database.db)).toBe(0);
  });

  it('rebuilds the keys of entries made under other keys, batch by batch, and a check then finds them', async () => {
    const [pawel, jorgen, mary] = entries;
    if (!pawel || !jorgen || !mary) throw new Error('entries not inserted');
    const maryKeys = await keysOf(mary.id);
    // As an older engine left them: other keys (here one that no check makes) and no version.
    const stale = [pawel.id, jorgen.id];
    await database.db.delete(listEntryKeys).where(inArray(listEntryKeys.entryId, stale));
    await database.db.insert(listEntryKeys).values(stale.map((entryId) => ({ entryId, key: 'fy:STALE:1983' })));
    await database.db.update(listEntries).set({ keysVersion: 0 }).where(inArray(listEntries.id, stale));
    // A check typed without the Polish letters, with the birth date a day out, does not reach the stale entry.
    const check = probe('Pawel', 'Kozlowski', '1983-10-24');
    expect((await findCandidateEntries(database.db, check, 'barred')).map((e) => e.id)).not.toContain(pawel.id);

    expect(await rekeyStaleListEntries(database.db, 1)).toBe(2);

    expect(await keysOf(pawel.id)).toEqual([...new Set(blockingKeys(toFeatures(pawel)))].sort());
    expect(await keysOf(jorgen.id)).toEqual([...new Set(blockingKeys(toFeatures(jorgen)))].sort());
    expect(await keysOf(jorgen.id)).toContain('d:1970-1-1');
    expect(await keysOf(mary.id)).toEqual(maryKeys);
    const versions = await database.db.select({ v: listEntries.keysVersion }).from(listEntries);
    expect(versions.map((r) => r.v)).toEqual([BLOCKING_KEYS_VERSION, BLOCKING_KEYS_VERSION, BLOCKING_KEYS_VERSION]);
    expect((await findCandidateEntries(database.db, check, 'barred')).map((e) => e.id)).toEqual([pawel.id]);
    expect(await rekeyStaleListEntries(database.db)).toBe(0);
  });
});
