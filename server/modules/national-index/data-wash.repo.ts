import { and, asc, desc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { PERSON_ID } from '../../db/qualified-columns.js';
import { registerRecordColumns } from '../matching/match-sources.js';
import { cases, caseSubjects, employments, matchReviews, people, personLinks, washRuns } from '../../db/schema.js';

export type WashRunRow = typeof washRuns.$inferSelect;
export type MatchReviewRow = typeof matchReviews.$inferSelect;

// The workforce: everyone with a current employment (in one force, or any).
const currentlyEmployed = (forceId: string | null) => sql`exists (select 1 from ${employments} e where e.person_id = ${PERSON_ID} and e.end_date is null${forceId ? sql` and e.force_id = ${forceId}` : sql``})`;

export async function countWorkforce(db: Queryable, forceId: string | null): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(people).where(currentlyEmployed(forceId));
  return row?.n ?? 0;
}

export async function insertWashRun(db: Queryable, values: typeof washRuns.$inferInsert): Promise<WashRunRow> {
  const [row] = await db.insert(washRuns).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findWashRun(db: Queryable, id: string): Promise<WashRunRow | undefined> {
  const [row] = await db.select().from(washRuns).where(eq(washRuns.id, id));
  return row;
}

export const listWashRuns = (db: Queryable, forceId: string | null) =>
  db.select().from(washRuns).where(forceId === null ? undefined : eq(washRuns.forceId, forceId)).orderBy(desc(washRuns.startedAt)).limit(50);

/** The next batch of the workforce after the cursor, in id order, with current force, other family names, sex and service. */
export async function workforceBatch(db: Queryable, forceId: string | null, cursor: string | null, size: number) {
  return db.select({
    ...registerRecordColumns,
    currentForceId: sql<string | null>`(select e.force_id from ${employments} e where e.person_id = ${PERSON_ID} and e.end_date is null order by e.start_date desc limit 1)`,
  }).from(people)
    .where(and(currentlyEmployed(forceId), cursor ? gt(people.id, cursor) : undefined))
    .orderBy(asc(people.id)).limit(size);
}

const OPEN_SUBJECT = sql`${caseSubjects.state} not in ('closed', 'withdrawn', 'outside_schedule_3')`;

/**
 * Everyone who is the subject of an open, unrestricted case, as the matching engine reads a register record,
 * with those cases: the data wash reports a serving person's own open cases in other forces, and looks for the
 * subjects among the workforce under another record.
 */
export async function openCaseSubjects(db: Queryable) {
  const open = await db.select({ subjectId: caseSubjects.id, personId: caseSubjects.personId, forceId: cases.forceId, reference: cases.reference })
    .from(caseSubjects).innerJoin(cases, eq(cases.id, caseSubjects.caseId))
    .where(and(eq(cases.restricted, false), OPEN_SUBJECT))
    .orderBy(desc(cases.receivedOn), asc(caseSubjects.id));
  const records = await db.select(registerRecordColumns).from(people)
    .where(sql`exists (select 1 from ${caseSubjects} join ${cases} on ${cases.id} = ${caseSubjects.caseId} where ${caseSubjects.personId} = ${PERSON_ID} and not ${cases.restricted} and ${OPEN_SUBJECT})`);
  const casesOf = new Map<string, typeof open>();
  for (const c of open) casesOf.set(c.personId, [...(casesOf.get(c.personId) ?? []), c]);
  return { records, casesOf };
}

/** Pairs of these people's records already confirmed to be one person, as "a b" keys. */
export async function linkedPairs(db: Queryable, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db.select({ a: personLinks.personId, b: personLinks.linkedPersonId }).from(personLinks).where(inArray(personLinks.personId, personIds));
  return new Set(rows.map((r) => `${r.a} ${r.b}`));
}

export async function insertReviews(tx: Queryable, values: (typeof matchReviews.$inferInsert)[]): Promise<number> {
  if (values.length === 0) return 0;
  const inserted = await tx.insert(matchReviews).values(values).onConflictDoNothing().returning({ id: matchReviews.id });
  return inserted.length;
}

export async function advanceWashRun(tx: Queryable, id: string, patch: { processed: number; hits: number; cursor: string }) {
  await tx.update(washRuns).set({
    processed: sql`${washRuns.processed} + ${patch.processed}`,
    hits: sql`${washRuns.hits} + ${patch.hits}`,
    cursor: patch.cursor,
  }).where(eq(washRuns.id, id));
}

export async function finishWashRun(db: Queryable, id: string, status: 'completed' | 'failed', error: string | null) {
  await db.update(washRuns).set({ status, error, finishedAt: sql`now()` }).where(eq(washRuns.id, id));
}

// A review with the name and birth date of the person it is about, so a queue can be read without opening each one.
const reviewWithPerson = (db: Queryable) =>
  db.select({ review: matchReviews, person: { givenNames: people.givenNames, familyName: people.familyName, dateOfBirth: people.dateOfBirth } })
    .from(matchReviews).innerJoin(people, eq(people.id, matchReviews.personId));
export type MatchReviewWithPerson = MatchReviewRow & { person: { givenNames: string; familyName: string; dateOfBirth: string | null } };
const flatten = ({ review, person }: { review: MatchReviewRow; person: MatchReviewWithPerson['person'] }): MatchReviewWithPerson => ({ ...review, person });

export async function listReviews(db: Queryable, filter: { forceId: string | null; status?: string; washRunId?: string }): Promise<MatchReviewWithPerson[]> {
  const rows = await reviewWithPerson(db).where(and(
    filter.forceId === null ? undefined : eq(matchReviews.forceId, filter.forceId),
    filter.status ? eq(matchReviews.status, filter.status as MatchReviewRow['status']) : undefined,
    filter.washRunId ? eq(matchReviews.washRunId, filter.washRunId) : undefined,
  )).orderBy(desc(matchReviews.score), asc(matchReviews.createdAt)).limit(500);
  return rows.map(flatten);
}

export async function findReview(db: Queryable, id: string): Promise<MatchReviewWithPerson | undefined> {
  const [row] = await reviewWithPerson(db).where(eq(matchReviews.id, id));
  return row ? flatten(row) : undefined;
}

export async function decideReview(tx: Queryable, id: string, patch: { status: 'confirmed' | 'rejected'; decidedBy: string; reason: string }): Promise<boolean> {
  const updated = await tx.update(matchReviews).set({ status: patch.status, decidedBy: patch.decidedBy, decidedAt: sql`now()`, decisionReason: patch.reason })
    .where(and(eq(matchReviews.id, id), eq(matchReviews.status, 'open'))).returning({ id: matchReviews.id });
  return updated.length === 1;
}

export async function linkPeople(tx: Queryable, a: string, b: string, confirmedBy: string, reviewId: string) {
  await tx.insert(personLinks).values([{ personId: a, linkedPersonId: b, confirmedBy, reviewId }, { personId: b, linkedPersonId: a, confirmedBy, reviewId }]).onConflictDoNothing();
}


export const findRunningWashRuns = (db: Queryable) => db.select({ id: washRuns.id }).from(washRuns).where(eq(washRuns.status, 'running'));
