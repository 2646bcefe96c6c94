import { asc, desc, eq, gt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/client.js';
import { auditEvents, auditHead, users } from '../../db/schema.js';
import { GENESIS_HASH, hashEvent, type ChainedFields, type StoredEvent } from './audit-chain.js';

// One lock key for the chain: appends are serialised so seq stays gapless and prev_hash is the true head.
const CHAIN_LOCK = 7_301_999;

export type NewAuditEvent = Omit<ChainedFields, 'seq' | 'at'>;

/** Appends events to the chain inside the caller's transaction (so they commit or roll back with the change). */
export async function appendAuditEvents(tx: Queryable, events: readonly NewAuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [head] = await tx.select().from(auditHead).where(eq(auditHead.id, 1));
  let seq = head?.seq ?? 0;
  let prevHash = head?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rows: StoredEvent[] = [];
  for (const event of events) {
    seq += 1;
    const fields: ChainedFields = { ...event, seq, at };
    const hash = hashEvent(prevHash, fields);
    rows.push({ ...fields, prevHash, hash });
    prevHash = hash;
  }
  await tx.insert(auditEvents).values(rows);
  await tx
    .insert(auditHead)
    .values({ id: 1, seq, hash: prevHash })
    .onConflictDoUpdate({ target: auditHead.id, set: { seq, hash: prevHash } });
}

export async function readAuditHead(db: Queryable): Promise<{ seq: number; hash: string } | null> {
  const [head] = await db.select({ seq: auditHead.seq, hash: auditHead.hash }).from(auditHead).where(eq(auditHead.id, 1));
  return head ?? null;
}

export async function readAuditBatch(db: Queryable, afterSeq: number, limit: number): Promise<StoredEvent[]> {
  return db.select({
    seq: auditEvents.seq,
    at: auditEvents.at,
    actorId: auditEvents.actorId,
    action: auditEvents.action,
    entityType: auditEvents.entityType,
    entityId: auditEvents.entityId,
    forceId: auditEvents.forceId,
    requestId: auditEvents.requestId,
    clientAddress: auditEvents.clientAddress,
    detail: auditEvents.detail,
    prevHash: auditEvents.prevHash,
    hash: auditEvents.hash,
  }).from(auditEvents).where(gt(auditEvents.seq, afterSeq)).orderBy(asc(auditEvents.seq)).limit(limit);
}

export async function readLatestAuditEvents(db: Queryable, limit: number) {
  return db.select({ event: auditEvents, actorName: users.displayName }).from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .orderBy(desc(auditEvents.seq)).limit(limit);
}

export async function readAuditEventsFor(db: Queryable, entityType: string, entityId: string) {
  return db.select().from(auditEvents)
    .where(sql`${auditEvents.entityType} = ${entityType} and ${auditEvents.entityId} = ${entityId}`)
    .orderBy(asc(auditEvents.seq));
}
