import { and, asc, count, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { cases, caseSubjects, complaintAccessCodes, forces, publicComplaints, users } from '../../db/schema.js';
import type { TIntakeListQuery } from '../../../shared/portal-contracts.js';

export type ComplaintRow = typeof publicComplaints.$inferSelect;
export type NewComplaint = Omit<typeof publicComplaints.$inferInsert, 'id' | 'reference' | 'status' | 'createdAt'>;

export const findForceName = async (db: Queryable, forceId: string): Promise<string | null> =>
  (await db.select({ name: forces.name }).from(forces).where(eq(forces.id, forceId)))[0]?.name ?? null;

export const listForceNames = (db: Queryable) => db.select({ id: forces.id, name: forces.name }).from(forces).orderBy(asc(forces.name));

/** Inserts under the reference, or returns null when that reference is taken (the caller draws another). */
export async function insertComplaintUnlessTaken(tx: Queryable, reference: string, values: NewComplaint): Promise<ComplaintRow | null> {
  const [row] = await tx.insert(publicComplaints).values({ ...values, reference }).onConflictDoNothing({ target: publicComplaints.reference }).returning();
  return row ?? null;
}

export const findComplaintByReference = async (db: Queryable, reference: string): Promise<ComplaintRow | undefined> =>
  (await db.select().from(publicComplaints).where(eq(publicComplaints.reference, reference)))[0];

/** Locks the complaint's row for the rest of the transaction, so concurrent code checks count every failure. */
export async function lockComplaint(tx: Queryable, id: string): Promise<{ isLocked: boolean } | undefined> {
  const [row] = await tx.select({ isLocked: sql<boolean>`coalesce(${publicComplaints.lockedUntil} > now(), false)` })
    .from(publicComplaints).where(eq(publicComplaints.id, id)).for('update');
  return row;
}

export async function countCodesIssuedSince(tx: Queryable, complaintId: string, minutes: number): Promise<number> {
  const [row] = await tx.select({ n: count() }).from(complaintAccessCodes)
    .where(and(eq(complaintAccessCodes.complaintId, complaintId), sql`${complaintAccessCodes.createdAt} > now() - make_interval(mins => ${minutes})`));
  return row?.n ?? 0;
}

export async function insertAccessCode(tx: Queryable, complaintId: string, codeHash: string, validMinutes: number): Promise<void> {
  await tx.insert(complaintAccessCodes).values({ complaintId, codeHash, expiresAt: sql`now() + make_interval(mins => ${validMinutes})` });
}

/** Uses up a matching, unexpired, unused code; false when there is none. */
export async function claimAccessCode(tx: Queryable, complaintId: string, codeHash: string): Promise<boolean> {
  const claimed = await tx.update(complaintAccessCodes).set({ usedAt: sql`now()` })
    .where(and(
      eq(complaintAccessCodes.complaintId, complaintId),
      eq(complaintAccessCodes.codeHash, codeHash),
      isNull(complaintAccessCodes.usedAt),
      sql`${complaintAccessCodes.expiresAt} > now()`,
    )).returning({ id: complaintAccessCodes.id });
  return claimed.length > 0;
}

/** Counts a wrong code; the maxFailures-th locks the reference for lockMinutes and starts the count again. */
export async function recordFailedCode(tx: Queryable, id: string, maxFailures: number, lockMinutes: number): Promise<{ locked: boolean }> {
  const reachesLimit = sql`${publicComplaints.failedCodeAttempts} + 1 >= ${maxFailures}`;
  const [row] = await tx.update(publicComplaints).set({
    failedCodeAttempts: sql`case when ${reachesLimit} then 0 else ${publicComplaints.failedCodeAttempts} + 1 end`,
    lockedUntil: sql`case when ${reachesLimit} then now() + make_interval(mins => ${lockMinutes}) else ${publicComplaints.lockedUntil} end`,
  }).where(eq(publicComplaints.id, id)).returning({ locked: sql<boolean>`coalesce(${publicComplaints.lockedUntil} > now(), false)` });
  return { locked: row?.locked ?? false };
}

export const resetFailedCodes = (tx: Queryable, id: string) =>
  tx.update(publicComplaints).set({ failedCodeAttempts: 0 }).where(eq(publicComplaints.id, id));

export async function subjectStatesOf(db: Queryable, caseId: string): Promise<string[]> {
  const rows = await db.select({ state: caseSubjects.state }).from(caseSubjects).where(eq(caseSubjects.caseId, caseId));
  return rows.map((r) => r.state);
}

/** The intake list in the actor's scope: scopeForceId null reaches every force. */
export async function listIntakeRows(db: Queryable, { scopeForceId, query }: { scopeForceId: string | null; query: TIntakeListQuery }) {
  const conditions: SQL[] = [];
  if (query.queue === 'triage') conditions.push(isNull(publicComplaints.forceId));
  else conditions.push(scopeForceId === null ? isNotNull(publicComplaints.forceId) : eq(publicComplaints.forceId, scopeForceId));
  if (query.status) conditions.push(eq(publicComplaints.status, query.status));
  const where = and(...conditions);
  const [items, [total]] = await Promise.all([
    db.select({
      id: publicComplaints.id,
      reference: publicComplaints.reference,
      forceId: publicComplaints.forceId,
      forceName: forces.name,
      status: publicComplaints.status,
      receivedOn: publicComplaints.receivedOn,
      officerDetails: publicComplaints.officerDetails,
      excerpt: sql<string>`left(${publicComplaints.whatHappened}, 200)`,
    }).from(publicComplaints).leftJoin(forces, eq(forces.id, publicComplaints.forceId)).where(where)
      .orderBy(desc(publicComplaints.receivedOn), desc(publicComplaints.createdAt), asc(publicComplaints.id))
      .limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(publicComplaints).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}

export async function findComplaint(db: Queryable, id: string) {
  const [row] = await db.select({ complaint: publicComplaints, forceName: forces.name, triagedBy: users.displayName, caseReference: cases.reference })
    .from(publicComplaints)
    .leftJoin(forces, eq(forces.id, publicComplaints.forceId))
    .leftJoin(users, eq(users.id, publicComplaints.triagedBy))
    .leftJoin(cases, eq(cases.id, publicComplaints.caseId))
    .where(eq(publicComplaints.id, id));
  return row;
}

/** Every staff change applies only to a complaint still received and still where the caller saw it (no lost updates). */
const stillAsSeen = (id: string, forceId: string | null) => and(
  eq(publicComplaints.id, id),
  eq(publicComplaints.status, 'received'),
  forceId === null ? isNull(publicComplaints.forceId) : eq(publicComplaints.forceId, forceId),
);

export async function routeComplaintRow(tx: Queryable, { id, fromForceId, toForceId, userId, note }: { id: string; fromForceId: string | null; toForceId: string; userId: string; note: string | null }): Promise<boolean> {
  const updated = await tx.update(publicComplaints).set({ forceId: toForceId, triagedBy: userId, triageNote: note })
    .where(stillAsSeen(id, fromForceId)).returning({ id: publicComplaints.id });
  return updated.length === 1;
}

export async function claimForCase(tx: Queryable, { id, forceId, userId }: { id: string; forceId: string; userId: string }): Promise<boolean> {
  const updated = await tx.update(publicComplaints).set({ status: 'recorded_as_case', triagedBy: userId })
    .where(stillAsSeen(id, forceId)).returning({ id: publicComplaints.id });
  return updated.length === 1;
}

export const setComplaintCase = (tx: Queryable, id: string, caseId: string) =>
  tx.update(publicComplaints).set({ caseId }).where(eq(publicComplaints.id, id));

export async function closeComplaintRow(tx: Queryable, { id, forceId, userId, reason }: { id: string; forceId: string | null; userId: string; reason: string }): Promise<boolean> {
  const updated = await tx.update(publicComplaints).set({ status: 'closed_without_case', triagedBy: userId, triageNote: reason })
    .where(stillAsSeen(id, forceId)).returning({ id: publicComplaints.id });
  return updated.length === 1;
}
