// The integrity line's tables. Nothing here writes a timestamp, an address, a user agent or the reporter's account:
// the columns do not exist (server/db/schema.ts), and dates are the day only.
import { and, asc, count, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { cases, forces, integrityMessages, integrityReports, users } from '../../db/schema.js';
import type { OutcomeClass, ReportCategory, ReportStatus } from '../../../shared/integrity-line-vocabulary.js';
import type { TReportListQuery } from '../../../shared/integrity-line-contracts.js';

export type ReportRow = typeof integrityReports.$inferSelect;

export const findForceName = async (db: Queryable, forceId: string): Promise<string | null> =>
  (await db.select({ name: forces.name }).from(forces).where(eq(forces.id, forceId)))[0]?.name ?? null;

export const listForceNames = (db: Queryable) => db.select({ id: forces.id, name: forces.name }).from(forces).orderBy(asc(forces.name));

type NewReport = { passphraseHash: string; forceId: string; category: ReportCategory; summary: string; receivedOn: string };

/** Inserts under the reference, or returns null when that reference is taken (the caller draws another). */
export async function insertReportUnlessTaken(tx: Queryable, reference: string, values: NewReport): Promise<ReportRow | null> {
  const [row] = await tx.insert(integrityReports)
    .values({ ...values, reference, status: 'received', statusChangedOn: values.receivedOn })
    .onConflictDoNothing({ target: integrityReports.reference })
    .returning();
  return row ?? null;
}

export const findReportByReference = async (db: Queryable, reference: string): Promise<ReportRow | undefined> =>
  (await db.select().from(integrityReports).where(eq(integrityReports.reference, reference)))[0];

/** Locks the report's row for the rest of the transaction: passphrase failures and message numbers never race. */
export async function lockReport(tx: Queryable, id: string): Promise<Pick<ReportRow, 'failedPassphraseAttempts' | 'lockedUntilDay'> | undefined> {
  const [row] = await tx.select({ failedPassphraseAttempts: integrityReports.failedPassphraseAttempts, lockedUntilDay: integrityReports.lockedUntilDay })
    .from(integrityReports).where(eq(integrityReports.id, id)).for('update');
  return row;
}

export const setPassphraseFailures = (tx: Queryable, id: string, failures: number, lockedUntilDay: string | null) =>
  tx.update(integrityReports).set({ failedPassphraseAttempts: failures, lockedUntilDay }).where(eq(integrityReports.id, id));

/** The next message in the thread: numbered, not timed, so the order is kept without recording when. */
export async function insertMessage(tx: Queryable, message: { reportId: string; fromReporter: boolean; handlerId: string | null; body: string; sentOn: string }): Promise<number> {
  const [row] = await tx.insert(integrityMessages).values({
    ...message,
    seq: sql`(select coalesce(max(${integrityMessages.seq}), 0) + 1 from ${integrityMessages} where ${integrityMessages.reportId} = ${message.reportId})`,
  }).returning({ seq: integrityMessages.seq });
  if (!row) throw new Error('message not inserted');
  return row.seq;
}

export const markHandlerMessagesRead = (tx: Queryable, reportId: string) =>
  tx.update(integrityMessages).set({ readByReporter: true })
    .where(and(eq(integrityMessages.reportId, reportId), eq(integrityMessages.fromReporter, false), eq(integrityMessages.readByReporter, false)));

export async function listMessages(db: Queryable, reportId: string) {
  return db.select({
    seq: integrityMessages.seq,
    fromReporter: integrityMessages.fromReporter,
    handlerName: users.displayName,
    body: integrityMessages.body,
    sentOn: integrityMessages.sentOn,
    readByReporter: integrityMessages.readByReporter,
  }).from(integrityMessages).leftJoin(users, eq(users.id, integrityMessages.handlerId))
    .where(eq(integrityMessages.reportId, reportId)).orderBy(asc(integrityMessages.seq));
}

/** A report with its force, handler and case, within the scope (null: every force); out of scope is not found. */
export async function findReport(db: Queryable, id: string, scopeForceId: string | null) {
  const [row] = await db.select({ report: integrityReports, forceName: forces.name, handlerName: users.displayName, caseReference: cases.reference, caseRestricted: cases.restricted })
    .from(integrityReports)
    .innerJoin(forces, eq(forces.id, integrityReports.forceId))
    .leftJoin(users, eq(users.id, integrityReports.handlerId))
    .leftJoin(cases, eq(cases.id, integrityReports.caseId))
    .where(and(eq(integrityReports.id, id), scopeForceId === null ? undefined : eq(integrityReports.forceId, scopeForceId)));
  return row;
}

/** The first handler to act on a report becomes its handler. */
export const claimHandler = (tx: Queryable, id: string, handlerId: string) =>
  tx.update(integrityReports).set({ handlerId }).where(and(eq(integrityReports.id, id), isNull(integrityReports.handlerId)));

/** Moves the report on only from the status the handler read (no lost updates); false when it had moved meanwhile. */
export async function changeStatusRow(tx: Queryable, change: { id: string; from: ReportStatus; to: ReportStatus; outcomeClass: OutcomeClass | null; on: string }): Promise<boolean> {
  const updated = await tx.update(integrityReports).set({ status: change.to, outcomeClass: change.outcomeClass, statusChangedOn: change.on })
    .where(and(eq(integrityReports.id, change.id), eq(integrityReports.status, change.from))).returning({ id: integrityReports.id });
  return updated.length === 1;
}

/** Links the case, once: false when the report already has one. */
export async function setReportCase(tx: Queryable, id: string, caseId: string): Promise<boolean> {
  const updated = await tx.update(integrityReports).set({ caseId })
    .where(and(eq(integrityReports.id, id), isNull(integrityReports.caseId))).returning({ id: integrityReports.id });
  return updated.length === 1;
}

/** The handler's list in the actor's scope (null: every force), newest first. */
export async function listReportRows(db: Queryable, { scopeForceId, query }: { scopeForceId: string | null; query: TReportListQuery }) {
  const conditions: SQL[] = [];
  if (scopeForceId !== null) conditions.push(eq(integrityReports.forceId, scopeForceId));
  if (query.status) conditions.push(eq(integrityReports.status, query.status));
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const [items, [total]] = await Promise.all([
    db.select({
      id: integrityReports.id,
      reference: integrityReports.reference,
      forceId: integrityReports.forceId,
      category: integrityReports.category,
      status: integrityReports.status,
      outcomeClass: integrityReports.outcomeClass,
      receivedOn: integrityReports.receivedOn,
      statusChangedOn: integrityReports.statusChangedOn,
      handlerName: users.displayName,
      caseReference: cases.reference,
      caseRestricted: cases.restricted,
      messageCount: sql<number>`(select count(*) from ${integrityMessages} where ${integrityMessages.reportId} = ${integrityReports.id})`.mapWith(Number),
      awaitingReply: sql<boolean>`coalesce((select last_message.from_reporter from ${integrityMessages} last_message where last_message.report_id = ${integrityReports.id} order by last_message.seq desc limit 1), false)`,
    }).from(integrityReports)
      .leftJoin(users, eq(users.id, integrityReports.handlerId))
      .leftJoin(cases, eq(cases.id, integrityReports.caseId))
      .where(where)
      .orderBy(desc(integrityReports.receivedOn), asc(integrityReports.reference))
      .limit(query.pageSize).offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(integrityReports).where(where),
  ]);
  return { items, total: total?.n ?? 0 };
}
