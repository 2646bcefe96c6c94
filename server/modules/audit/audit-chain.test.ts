import { describe, expect, it } from 'vitest';
import { canonicalJson, findBreak, GENESIS_HASH, hashEvent, type StoredEvent } from './audit-chain.js';

const base = { at: '2026-01-01T00:00:00.000Z', actorId: null, action: 'person.read', entityType: 'person', entityId: 'p', forceId: null, requestId: 'r', clientAddress: '127.0.0.1', detail: { b: 1, a: [1, { d: 2, c: 3 }] } };

function chain(n: number): StoredEvent[] {
  const events: StoredEvent[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= n; seq++) {
    const fields = { ...base, seq };
    const hash = hashEvent(prevHash, fields);
    events.push({ ...fields, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth so key order never changes a hash', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: null } })).toBe('{"a":{"c":null,"d":[2,{"y":2,"z":1}]},"b":1}');
  });
});

describe('hashEvent', () => {
  it('is the same for any timestamp spelling of the same instant', () => {
    expect(hashEvent(GENESIS_HASH, { ...base, seq: 1, at: '2026-01-01 00:00:00+00' })).toBe(hashEvent(GENESIS_HASH, { ...base, seq: 1 }));
  });
  it('changes when any field changes', () => {
    const original = hashEvent(GENESIS_HASH, { ...base, seq: 1 });
    expect(hashEvent(GENESIS_HASH, { ...base, seq: 1, clientAddress: '10.0.0.1' })).not.toBe(original);
    expect(hashEvent('f'.repeat(64), { ...base, seq: 1 })).not.toBe(original);
  });
});

describe('findBreak', () => {
  it('accepts an intact chain', () => {
    expect(findBreak({ seq: 0, hash: GENESIS_HASH }, chain(4))).toBeNull();
  });
  it('reports a gap in seq', () => {
    const events = chain(4).filter((e) => e.seq !== 2);
    expect(findBreak({ seq: 0, hash: GENESIS_HASH }, events)?.seq).toBe(3);
  });
  it('reports an altered event', () => {
    const events = chain(4).map((e) => (e.seq === 3 ? { ...e, action: 'person.delete' } : e));
    expect(findBreak({ seq: 0, hash: GENESIS_HASH }, events)).toMatchObject({ seq: 3, reason: expect.stringMatching(/altered/) });
  });
});
