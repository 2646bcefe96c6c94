import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { listEntries, listEntryKeys } from '../../db/schema.js';
import { toFeatures } from '../matching/person-features.js';
import { blockingKeys } from '../matching/match-engine.js';

export type ListEntryRow = typeof listEntries.$inferSelect;
export type NewListEntry = typeof listEntries.$inferInsert;

/** Inserts entries with their blocking keys; rows whose report or import key is already present are skipped. */
export async function insertListEntries(tx: Queryable, values: NewListEntry[]): Promise<ListEntryRow[]> {
  if (values.length === 0) return [];
  const inserted = await tx.insert(listEntries).values(values).onConflictDoNothing().returning();
  const keys = inserted.flatMap((e) => blockingKeys(toFeatures({
    id: e.id, givenNames: e.givenNames, familyName: e.familyName, otherFamilyNames: e.otherFamilyNames, dateOfBirth: e.dateOfBirth,
  })).map((key) => ({ entryId: e.id, key })));
  for (let i = 0; i < keys.length; i += 1000) await tx.insert(listEntryKeys).values(keys.slice(i, i + 1000)).onConflictDoNothing();
  return inserted;
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
