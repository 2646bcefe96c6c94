// Person records from Warrant's own tables, for matching a file against them.
import { isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { PERSON_ID } from '../../db/qualified-columns.js';
import { listEntries, people, personNames } from '../../db/schema.js';
import type { PersonRecord } from './person-features.js';

export async function loadRegisterRecords(db: Queryable): Promise<PersonRecord[]> {
  const rows = await db.select({
    id: people.id, givenNames: people.givenNames, familyName: people.familyName, dateOfBirth: people.dateOfBirth,
    other: sql<string[] | null>`(select array_agg(pn.family_name) from ${personNames} pn where pn.person_id = ${PERSON_ID} and pn.kind <> 'current')`,
  }).from(people);
  return rows.map((r) => ({ id: r.id, givenNames: r.givenNames, familyName: r.familyName, dateOfBirth: r.dateOfBirth, otherFamilyNames: r.other ?? [] }));
}

export async function loadListRecords(db: Queryable): Promise<PersonRecord[]> {
  const rows = await db.select().from(listEntries).where(isNull(listEntries.removedOn));
  return rows.map((r) => ({ id: r.id, givenNames: r.givenNames, familyName: r.familyName, dateOfBirth: r.dateOfBirth, otherFamilyNames: r.otherFamilyNames }));
}
