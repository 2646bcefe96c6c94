// The hash chain itself: pure functions, shared by appending and verifying.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same event always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export type ChainedFields = {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  forceId: string | null;
  requestId: string | null;
  clientAddress: string | null;
  detail: Record<string, unknown> | null;
};

export function hashEvent(prevHash: string, event: ChainedFields): string {
  // `at` is normalised to ISO-8601 UTC: drivers print timestamptz in different formats.
  const body = canonicalJson({
    seq: event.seq,
    at: new Date(event.at).toISOString(),
    actorId: event.actorId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    forceId: event.forceId,
    requestId: event.requestId,
    clientAddress: event.clientAddress,
    detail: event.detail,
  });
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

export type StoredEvent = ChainedFields & { prevHash: string; hash: string };

export type ChainBreak = { seq: number; reason: string };

/**
 * Checks a run of events that should follow `previous` (seq and hash of the event before the run).
 * Returns the first break: a gap in seq (deleted rows), a prev_hash that does not point at the previous
 * event (inserted or reordered rows), or a hash that does not match the content (altered row).
 */
export function findBreak(previous: { seq: number; hash: string }, events: readonly StoredEvent[]): ChainBreak | null {
  let expectedSeq = previous.seq + 1;
  let prevHash = previous.hash;
  for (const event of events) {
    if (event.seq !== expectedSeq) {
      return { seq: event.seq, reason: `expected event ${expectedSeq} next but found ${event.seq}: events were deleted or renumbered` };
    }
    if (event.prevHash !== prevHash) {
      return { seq: event.seq, reason: 'prev_hash does not match the previous event: an event was inserted, deleted or replaced before it' };
    }
    if (hashEvent(event.prevHash, event) !== event.hash) {
      return { seq: event.seq, reason: 'hash does not match the event content: the event was altered' };
    }
    expectedSeq += 1;
    prevHash = event.hash;
  }
  return null;
}
