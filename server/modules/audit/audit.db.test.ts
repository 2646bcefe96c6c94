import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../db/test-database.js';
import { queryRows, type Database } from '../../db/client.js';
import { auditEvent, cliContext } from '../../context.js';
import { sqlState } from '../../errors.js';
import { appendAuditEvents } from './audit.repo.js';
import { hashEvent } from './audit-chain.js';
import { verifyAuditChain } from './audit.service.js';

let database: Database;

async function appendFive(): Promise<void> {
  for (let i = 1; i <= 5; i++) {
    await database.db.transaction((tx) => appendAuditEvents(tx, [auditEvent(cliContext(), { action: 'person.read', entityType: 'person', entityId: `p${i}`, detail: { n: i, nested: { b: 2, a: 1 } } })]));
  }
}

// Tampering needs the table owner to switch the append-only trigger off first, as an attacker with DBA rights would.
async function asDba(statement: ReturnType<typeof sql>): Promise<void> {
  await database.db.execute(sql`alter table audit_event disable trigger user`);
  await database.db.execute(statement);
  await database.db.execute(sql`alter table audit_event enable trigger user`);
}

beforeEach(async () => {
  database = await openTestDatabase();
  await appendFive();
});
afterEach(() => database.close());

describe('audit chain', () => {
  it('verifies an untouched chain, event by event', async () => {
    expect(await verifyAuditChain({ db: database.db })).toEqual({ ok: true, checked: 5, firstBrokenSeq: null, reason: null });
  });

  it('rolls the event back with the transaction it belongs to', async () => {
    await expect(database.db.transaction(async (tx) => {
      await appendAuditEvents(tx, [auditEvent(cliContext(), { action: 'person.create', entityType: 'person' })]);
      throw new Error('the change failed');
    })).rejects.toThrow('the change failed');
    expect(await verifyAuditChain({ db: database.db })).toMatchObject({ ok: true, checked: 5 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE through the append-only trigger', async () => {
    for (const statement of [sql`update audit_event set action = 'x' where seq = 2`, sql`delete from audit_event where seq = 2`, sql`truncate audit_event`]) {
      const error = await database.db.execute(statement).then(() => null, (e: unknown) => e);
      expect(sqlState(error)).toBe('42501');
      expect(String((error as { cause?: unknown }).cause)).toMatch(/append-only/);
    }
    expect(await verifyAuditChain({ db: database.db })).toMatchObject({ ok: true, checked: 5 });
  });

  it('names the first altered event', async () => {
    await asDba(sql`update audit_event set entity_id = 'someone-else' where seq = 3`);
    const result = await verifyAuditChain({ db: database.db });
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 3, checked: 0 });
    expect(result.reason).toMatch(/altered/);
  });

  it('catches an altered detail even when the hash is left alone', async () => {
    await asDba(sql`update audit_event set detail = '{"n": 99}'::jsonb where seq = 4`);
    expect(await verifyAuditChain({ db: database.db })).toMatchObject({ ok: false, firstBrokenSeq: 4 });
  });

  it('names the event after a deleted one', async () => {
    await asDba(sql`delete from audit_event where seq = 2`);
    const result = await verifyAuditChain({ db: database.db });
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    expect(result.reason).toMatch(/deleted/);
  });

  it('catches events deleted from the end of the chain', async () => {
    await asDba(sql`delete from audit_event where seq >= 4`);
    const result = await verifyAuditChain({ db: database.db });
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 4 });
    expect(result.reason).toMatch(/deleted from the end/);
  });

  it('catches an event inserted into the middle with a recomputed hash', async () => {
    // Renumber to make room, then insert a well-formed event whose prev_hash points at event 2.
    await asDba(sql`update audit_event set seq = seq + 100 where seq >= 3`);
    const [prev] = await queryRows<{ hash: string }>(database.db, sql`select hash from audit_event where seq = 2`);
    const forged = { seq: 3, at: new Date().toISOString(), actorId: null, action: 'person.read', entityType: 'person', entityId: 'forged', forceId: null, requestId: null, clientAddress: null, detail: null };
    const hash = hashEvent(prev?.hash ?? '', forged);
    await asDba(sql`insert into audit_event (seq, at, action, entity_type, entity_id, prev_hash, hash) values (3, ${forged.at}, 'person.read', 'person', 'forged', ${prev?.hash ?? ''}, ${hash})`);
    const result = await verifyAuditChain({ db: database.db });
    expect(result.ok).toBe(false);
    expect(result.firstBrokenSeq).toBe(103);
  });

  it('catches an event forged onto the end of the chain', async () => {
    const [last] = await queryRows<{ hash: string }>(database.db, sql`select hash from audit_event where seq = 5`);
    const forged = { seq: 6, at: new Date().toISOString(), actorId: null, action: 'person.read', entityType: 'person', entityId: 'x', forceId: null, requestId: null, clientAddress: null, detail: null };
    await database.db.execute(sql`insert into audit_event (seq, at, action, entity_type, entity_id, prev_hash, hash) values (6, ${forged.at}, 'person.read', 'person', 'x', ${last?.hash ?? ''}, ${hashEvent(last?.hash ?? '', forged)})`);
    const result = await verifyAuditChain({ db: database.db });
    expect(result).toMatchObject({ ok: false, firstBrokenSeq: 6 });
    expect(result.reason).toMatch(/outside Warrant/);
  });

  it('keeps seq gapless under concurrent appends', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) =>
      database.db.transaction((tx) => appendAuditEvents(tx, [auditEvent(cliContext(), { action: 'person.read', entityType: 'person', entityId: `c${i}` })]))));
    expect(await verifyAuditChain({ db: database.db })).toMatchObject({ ok: true, checked: 15 });
  });
});
