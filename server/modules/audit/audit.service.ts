import type { Db } from '../../db/client.js';
import { authorize, auditEvent, type RequestContext } from '../../context.js';
import { findBreak, GENESIS_HASH } from './audit-chain.js';
import { appendAuditEvents, readAuditBatch, readAuditHead, readLatestAuditEvents } from './audit.repo.js';
import type { TAuditEvent, TAuditVerifyResult } from '../../../shared/contracts.js';

const BATCH = 5_000;

/**
 * Walks the whole chain in seq order and reports the first broken event. Finally compares the last event
 * with the recorded head, which catches events deleted from (or forged onto) the end of the chain.
 */
export async function verifyAuditChain({ db, onProgress }: { db: Db; onProgress?: (checked: number) => void }): Promise<TAuditVerifyResult> {
  let previous = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    const batch = await readAuditBatch(db, previous.seq, BATCH);
    if (batch.length === 0) break;
    const broken = findBreak(previous, batch);
    if (broken) return { ok: false, checked, firstBrokenSeq: broken.seq, reason: broken.reason };
    checked += batch.length;
    const last = batch[batch.length - 1];
    if (last) previous = { seq: last.seq, hash: last.hash };
    onProgress?.(checked);
  }
  const head = await readAuditHead(db);
  const headSeq = head?.seq ?? 0;
  const headHash = head?.hash ?? GENESIS_HASH;
  if (headSeq !== previous.seq || headHash !== previous.hash) {
    const firstBrokenSeq = Math.min(headSeq, previous.seq) + 1;
    const reason = headSeq > previous.seq
      ? `the recorded head is event ${headSeq} but the chain ends at ${previous.seq}: events were deleted from the end`
      : `the chain runs to event ${previous.seq} past the recorded head ${headSeq}: events were added outside Warrant`;
    return { ok: false, checked, firstBrokenSeq, reason };
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}

export async function verifyAuditChainAsUser({ db, ctx }: { db: Db; ctx: RequestContext }): Promise<TAuditVerifyResult> {
  authorize(ctx, 'audit:verify');
  const result = await verifyAuditChain({ db });
  await db.transaction((tx) =>
    appendAuditEvents(tx, [auditEvent(ctx, { action: 'audit.verify', entityType: 'audit', detail: { ok: result.ok, checked: result.checked, firstBrokenSeq: result.firstBrokenSeq } })]),
  );
  return result;
}

export async function listAuditEvents({ db, ctx, limit }: { db: Db; ctx: RequestContext; limit: number }): Promise<TAuditEvent[]> {
  authorize(ctx, 'audit:read');
  const rows = await readLatestAuditEvents(db, limit);
  await db.transaction((tx) => appendAuditEvents(tx, [auditEvent(ctx, { action: 'audit.read', entityType: 'audit', detail: { limit } })]));
  return rows.map(({ event: r, actorName }) => ({
    seq: r.seq,
    at: new Date(r.at).toISOString(),
    actorId: r.actorId,
    actorName,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    requestId: r.requestId,
    clientAddress: r.clientAddress,
    hash: r.hash,
  }));
}
