import { and, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/client.js';
import { listEntries, listEntryKeys } from '../../db/schema.js';
import { toFeatures } from '../matching/person-features.js';
import { BLOCKING_KEYS_VERSION, blockingKeys } from '../matching/match-engine.js';

export type ListEntryRow = typeof listEntries.$inferSelect;
export type NewListEntry = typeof listEntries.$inferInsert;

type KeyedFields = Pick<ListEntryRow, 'id' | 'givenNames' | 'familyName' | 'otherFamilyNames' | 'dateOfBirth'>;

async function insertKeys(tx: Queryable, entries: readonly KeyedFields[]): Promise<void> {
  const keys = entries.flatMap((e) => [...new Set(blockingKeys(toFeatures(e)))].map((key) => ({ entryId: e.id, key })));
  for (let i = 0; i < keys.length; i += 1000) await tx.insert(listEntryKeys).values(keys.slice(i, i + 1000)).onConflictDoNothing();
}

/** Inserts entries with their blocking keys; rows whose report or import key is already present are skipped. */
export async function insertListEntries(tx: Queryable, values: NewListEntry[]): Promise<ListEntryRow[]> {
  if (values.length === 0) return [];
  const inserted = await tx.insert(listEntries).values(values.map((v) => ({ ...v, keysVersion: BLOCKING_KEYS_VERSION }))).onConflictDoNothing().returning();
  await insertKeys(tx, inserted);
  return inserted;
}

/**
 * Rebuilds the blocking keys of every entry made with another BLOCKING_KEYS_VERSION (an upgrade changed how
 * names are keyed; removed entries too, so a restored one is found). Run at start, after the migrations. Each
 * batch replaces its entries' keys and stamps their version in one transaction, so a run cut short leaves every
 * entry keyed one way or the other and the next start finishes the rest. Returns how many entries it re-keyed.
 */
export async function rekeyStaleListEntries(db: Db, batchSize = 2000): Promise<number> {
  let rekeyed = 0;
  for (;;) {
    const done = await db.transaction(async (tx) => {
      const stale = await tx.select({ id: listEntries.id, givenNames: listEntries.givenNames, familyName: listEntries.familyName, otherFamilyNames: listEntries.otherFamilyNames, dateOfBirth: listEntries.dateOfBirth })
        .from(listEntries).where(ne(listEntries.keysVersion, BLOCKING_KEYS_VERSION)).orderBy(listEntries.id).limit(batchSize).for('update', { skipLocked: true });
      if (stale.length === 0) return 0;
      const ids = stale.map((e) => e.id);
      await tx.delete(listEntryKeys).where(inArray(listEntryKeys.entryId, ids));
      await insertKeys(tx, stale);
      await tx.update(listEntries).set({ keysVersion: BLOCKING_KEYS_VERSION }).where(inArray(listEntries.id, ids));
      return stale.length;
    });
    if (done === 0) return rekeyed;
    rekeyed += done;
  }
}

/** Current entries sharing a blocking key with the query: the only ones a check needs to score. */
export async function findCandidateEntries(db: Queryable, keys: string[], list: 'barred' | 'advisory' | undefined): Promise<ListEntryRow[]> {
  if (keys.length === 0) return [];
  return db.select().from(listEntries).where(and(
    isNull(listEntries.removedOn),
    list ? eq(listEntries.list, list) : undefined,
    inArray(listEntries.id, db.selectDistinct({ id: listEntryKeys.entryId }).from(listEntryKeys).where(inArray(listEntryKeys.key, keys))),
  ));
}

export async function findListEntry(db: Queryable, id: string): Promise<ListEntryRow | undefined> {
  const [row] = await db.select().from(listEntries).where(eq(listEntries.id, id));
  return row;
}

export async function countListEntries(db: Queryable) {
  return db.select({ list: listEntries.list, n: sql<number>`count(*)` }).from(listEntries).where(isNull(listEntries.removedOn)).groupBy(listEntries.list);
}
