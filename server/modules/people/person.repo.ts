import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { employments, forces, people, personAddresses, personLinks, personNames } from '../../db/schema.js';
import type { TPersonSearchQuery } from '../../../shared/contracts.js';
import { nameTokens, normalizeName } from './normalize-name.js';

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The search, scoped in SQL: `scopeForceId` (null = national) limits people to those ever employed by
 * that force, so counts and pages stay right and out-of-scope people never leave the database.
 */
export async function searchPeopleRows(db: Queryable, query: TPersonSearchQuery, scopeForceId: string | null) {
  const tokens = query.name ? nameTokens(query.name) : [];
  const conditions: SQL[] = [];
  if (tokens.length > 0) {
    const likes = tokens.map((t) => sql`pn.normalized like ${`%${escapeLike(t)}%`}`);
    conditions.push(sql`exists (select 1 from ${personNames} pn where pn.person_id = ${people.id} and ${sql.join(likes, sql` and `)})`);
  }
  if (query.dateOfBirth) conditions.push(eq(people.dateOfBirth, query.dateOfBirth));
  const employmentFilters: SQL[] = [];
  if (scopeForceId !== null) employmentFilters.push(sql`e.force_id = ${scopeForceId}`);
  if (query.forceId) employmentFilters.push(sql`e.force_id = ${query.forceId}`);
  if (query.collarNumber) employmentFilters.push(sql`upper(e.collar_number) = upper(${query.collarNumber})`);
  if (employmentFilters.length > 0) {
    conditions.push(sql`exists (select 1 from ${employments} e where e.person_id = ${people.id} and ${sql.join(employmentFilters, sql` and `)})`);
  }
  const where = and(...conditions);
  const [countRow] = await db.select({ n: sql<number>`count(*)` }).from(people).where(where);
  const rows = await db
    .select({ id: people.id, givenNames: people.givenNames, familyName: people.familyName, dateOfBirth: people.dateOfBirth })
    .from(people)
    .where(where)
    .orderBy(asc(people.familyName), asc(people.givenNames), asc(people.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows, total: countRow?.n ?? 0, tokens };
}

export async function findNamesOf(db: Queryable, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db.select().from(personNames).where(inArray(personNames.personId, personIds));
}

export async function findEmploymentsOf(db: Queryable, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({ employment: employments, forceName: forces.name })
    .from(employments)
    .innerJoin(forces, eq(forces.id, employments.forceId))
    .where(inArray(employments.personId, personIds))
    .orderBy(sql`${employments.startDate} desc`);
}

export async function findPersonById(db: Queryable, id: string) {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row;
}

export type NewPerson = {
  givenNames: string;
  familyName: string;
  dateOfBirth: string | null;
  sex: 'female' | 'male' | 'not_recorded';
  otherNames: { kind: 'previous' | 'alias'; givenNames: string; familyName: string }[];
};

export async function insertPerson(db: Queryable, person: NewPerson) {
  const [row] = await db.insert(people).values({
    givenNames: person.givenNames,
    familyName: person.familyName,
    dateOfBirth: person.dateOfBirth,
    sex: person.sex,
  }).returning();
  if (!row) throw new Error('insert returned no row');
  const names = [
    { kind: 'current' as const, givenNames: person.givenNames, familyName: person.familyName },
    ...person.otherNames,
  ];
  await db.insert(personNames).values(names.map((n) => ({
    personId: row.id,
    kind: n.kind,
    givenNames: n.givenNames,
    familyName: n.familyName,
    normalized: normalizeName(`${n.givenNames} ${n.familyName}`),
  })));
  return row;
}

export async function insertEmployment(db: Queryable, values: typeof employments.$inferInsert) {
  const [row] = await db.insert(employments).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function closeEmployment(db: Queryable, employmentId: string, endDate: string, leavingReason: NonNullable<(typeof employments.$inferSelect)['leavingReason']>) {
  await db.update(employments).set({ endDate, leavingReason }).where(eq(employments.id, employmentId));
}

/** Register records confirmed (by a reviewer of possible matches) to be the same person as this one. */
export async function findLinkedRecords(db: Queryable, personId: string) {
  const rows = await db.select({ id: people.id, givenNames: people.givenNames, familyName: people.familyName, dateOfBirth: people.dateOfBirth, linkedAt: personLinks.createdAt })
    .from(personLinks).innerJoin(people, eq(people.id, personLinks.linkedPersonId))
    .where(eq(personLinks.personId, personId)).orderBy(asc(personLinks.createdAt));
  const jobs = rows.length === 0 ? [] : await findEmploymentsOf(db, rows.map((r) => r.id));
  return rows.map((r) => ({ ...r, forceIds: [...new Set(jobs.filter((j) => j.employment.personId === r.id).map((j) => j.employment.forceId))] }));
}

/** The person's address history, newest first. */
export async function findAddressesOf(db: Queryable, personId: string) {
  return db.select().from(personAddresses).where(eq(personAddresses.personId, personId)).orderBy(desc(personAddresses.fromDate), desc(personAddresses.createdAt));
}

export async function insertAddress(db: Queryable, values: typeof personAddresses.$inferInsert) {
  const [row] = await db.insert(personAddresses).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Ends the person's current address (from this source) the day before a new one starts. */
export async function closeCurrentAddress(db: Queryable, personId: string, source: (typeof personAddresses.$inferSelect)['source'], toDate: string) {
  await db.update(personAddresses).set({ toDate })
    .where(and(eq(personAddresses.personId, personId), eq(personAddresses.source, source), isNull(personAddresses.toDate)));
}
