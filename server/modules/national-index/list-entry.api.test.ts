// The Barred and Advisory Lists on both databases: entries from Warrant's own cases, imports, and checks.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/client.js';
import { cliContext } from '../../context.js';
import { as, createTestApp, type TestApp } from '../../testing/test-app.js';
import { importListEntries } from './list-entry.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const row = (over: Record<string, string> = {}) => ({
  list: 'barred', given_names: 'Robert', family_name: 'Hartley', other_family_names: '', date_of_birth: '1979-04-11',
  last_force: 'KEN', role: 'Constable', reason: 'Dishonesty: falsified statements', decided_on: '2023-06-30', jurisdiction: 'england-wales', ...over,
});

describe('list import', () => {
  it('keeps good rows, reports every bad row with its line and field, and adds nothing twice on re-import', async () => {
    const rows = [
      row(),
      row({ given_names: '', family_name: 'Nobody' }),
      row({ given_names: 'Ann', family_name: 'Young', decided_on: '30/06/2023' }),
      row({ given_names: 'Ann', family_name: 'Young', date_of_birth: '2024-01-01' }),
      row({ given_names: 'Liam', family_name: 'Price', list: 'blacklist' }),
      row({ given_names: 'Sarah', family_name: 'Cole', date_of_birth: '1984', list: 'advisory' }),
    ];
    const first = await importListEntries({ db: t.database.db, ctx: cliContext(), rows });
    expect(first.imported).toBe(2);
    expect(first.rejected).toEqual([
      { line: 3, field: 'given_names', reason: 'a given name is required' },
      { line: 4, field: 'decided_on', reason: expect.any(String) },
      { line: 5, field: 'date_of_birth', reason: 'after the decision date' },
      { line: 6, field: 'list', reason: expect.any(String) },
    ]);
    const again = await importListEntries({ db: t.database.db, ctx: cliContext(), rows });
    expect(again).toMatchObject({ imported: 0, skipped: 2 });
    const [count] = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from list_entry where source = 'import'`);
    expect(count?.n).toBe(2);
  });
});

describe('list checks', () => {
  it('finds a barred person under a nickname and a day/month-swapped birth date, explains why, and audits the check', async () => {
    const vetting = await t.loginAs('vetting_officer');
    const res = await t.app.inject({ method: 'GET', url: '/api/national-index/checks?givenNames=Bob&familyName=Hartley&dateOfBirth=1979-11-04', headers: as(vetting) });
    expect(res.statusCode, res.body).toBe(200);
    const { hits } = res.json() as { hits: { band: string; entry: { familyName: string; list: string }; reasons: { field: string; agreement: string }[] }[] };
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ band: 'match', entry: { familyName: 'Hartley', list: 'barred' } });
    expect(hits[0]?.reasons.map((r) => r.agreement)).toEqual(['exact', 'nickname or other spelling', 'day and month swapped']);
    const audits = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from audit_event where action = 'national_index.check'`);
    expect(audits[0]?.n).toBe(1);
  });

  it('does not confuse a different person with the same surname', async () => {
    const vetting = await t.loginAs('vetting_officer');
    const res = await t.app.inject({ method: 'GET', url: '/api/national-index/checks?givenNames=Emily&familyName=Hartley&dateOfBirth=1999-02-02', headers: as(vetting) });
    expect((res.json() as { hits: unknown[] }).hits).toEqual([]);
  });

  it('puts a year-only list entry in the review band, not a match', async () => {
    const hr = await t.loginAs('hr');
    const res = await t.app.inject({ method: 'GET', url: '/api/national-index/checks?givenNames=Sarah&familyName=Cole&dateOfBirth=1984-05-06', headers: as(hr) });
    expect((res.json() as { hits: { band: string }[] }).hits.map((h) => h.band)).toEqual(['review']);
  });

  it('refuses an import by a force administrator', async () => {
    const res = await importListEntries({ db: t.database.db, ctx: { actor: { id: '00000000-0000-4000-8000-000000000000', roles: ['system_administrator'], forceId: 'MPS', email: 'a', displayName: 'a', forceName: null, sessionId: 's' }, requestId: null, clientAddress: null }, rows: [row()] }).catch((e: unknown) => e);
    expect(res).toMatchObject({ code: 'FORBIDDEN' });
  });
});
