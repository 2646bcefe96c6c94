// The anonymous integrity line through the API on both databases: what is stored (every column of both tables, and
// every table for the reporter's address and user agent), what is logged, the passphrase and its lock, no
// enumeration, no audit of the reporter, two-way messages, status changes the reporter sees, and making a case.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCase } from '../../../shared/case-contracts.js';
import type { THandlerReport, TReportForm, TReportList, TReportReceipt, TReporterView } from '../../../shared/integrity-line-contracts.js';
import { cliContext } from '../../context.js';
import { queryRows } from '../../db/client.js';
import { as, createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../testing/test-app.js';
import { todayInEngland } from '../clock/working-days.js';
import { createUser } from '../users/user.service.js';

// The reporter's own machine, as the server would see it. Nothing may keep either.
const REPORTER_ADDRESS = '203.0.113.77';
const REPORTER_AGENT = 'Mozilla/5.0 (IntegrityLineReporterTestAgent/7.3)';

let t: TestApp;
let handler: Session;
let authority: Session;
let wmpHandler: Session;
let address = 0;

beforeAll(async () => {
  t = await createTestApp();
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'cc.wmp@test.warrant', displayName: 'WMP Counter-corruption', roles: ['counter_corruption'], forceId: 'WMP', password: TEST_PASSWORD } });
  [handler, authority, wmpHandler] = await Promise.all([t.loginAs('counter_corruption'), t.loginAs('appropriate_authority'), t.login('cc.wmp@test.warrant')]);
});
afterAll(() => t.close());

/** Each call from its own address, so the per-address rate limits only bite in the test about floods. */
const nextAddress = (): string => `10.2.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

type From = { remoteAddress?: string; agent?: string; cookie?: string };
const post = (url: string, payload: unknown, from: From = {}) => t.app.inject({
  method: 'POST', url, payload: payload as Record<string, unknown>, remoteAddress: from.remoteAddress ?? nextAddress(),
  headers: { 'user-agent': from.agent ?? 'vitest', ...(from.cookie ? { cookie: from.cookie } : {}) },
});

const report = (overrides: Record<string, unknown> = {}) => ({
  website: '',
  forceId: 'MPS',
  category: 'misuse_of_information',
  whatHappened: 'A sergeant on my team looks up his ex-partner on the intelligence system most night shifts.',
  ...overrides,
});

async function makeReport(overrides: Record<string, unknown> = {}, from: From = {}): Promise<TReportReceipt> {
  const res = await post('/api/public/integrity/reports', report(overrides), from);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TReportReceipt;
}

const credentialsOf = (receipt: { reference: string; passphrase: string }) => ({ reference: receipt.reference, passphrase: receipt.passphrase });

const open = (receipt: { reference: string; passphrase: string }, from: From = {}) =>
  post('/api/public/integrity/reports/open', { reference: receipt.reference, passphrase: receipt.passphrase }, from);

async function openOk(receipt: TReportReceipt, from: From = {}): Promise<TReporterView> {
  const res = await open(receipt, from);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as TReporterView;
}

async function idOf(reference: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`select id from integrity_report where reference = ${reference}`);
  if (!row) throw new Error(`no report ${reference}`);
  return row.id;
}

const asHandler = (session: Session, method: 'GET' | 'POST', url: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

async function handlerView(session: Session, id: string): Promise<THandlerReport> {
  const res = await asHandler(session, 'GET', `/api/integrity/reports/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as THandlerReport;
}

async function changeStatus(session: Session, id: string, body: Record<string, unknown>): Promise<THandlerReport> {
  const res = await asHandler(session, 'POST', `/api/integrity/reports/${id}/status`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as THandlerReport;
}

const count = async (table: 'integrity_report' | 'integrity_message' | 'audit_event' | 'misconduct_case'): Promise<number> =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n ?? 0;

/** Problem details without the per-request correlation id, to compare two answers. */
const answerOf = (res: { statusCode: number; body: string }) => {
  const { correlationId, ...rest } = JSON.parse(res.body) as Record<string, unknown>;
  return { status: res.statusCode, correlationId: typeof correlationId, ...rest };
};

describe('making a report', () => {
  it('gives out the forces without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/integrity/form' });
    expect(res.statusCode).toBe(200);
    expect((res.json() as TReportForm).forces).toContainEqual({ id: 'MPS', name: 'Metropolitan Police Service' });
  });

  it('gives a random reference and a strong passphrase, and the report reaches only its own force', async () => {
    const receipt = await makeReport();
    expect(receipt.reference).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    expect(receipt.passphrase).toMatch(/^([23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-){4}[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
    expect(receipt).toMatchObject({ receivedOn: todayInEngland(), forceName: 'Metropolitan Police Service' });
    const other = await makeReport();
    expect(other.reference).not.toBe(receipt.reference);
    expect(other.passphrase).not.toBe(receipt.passphrase);

    const id = await idOf(receipt.reference);
    const list = (await asHandler(handler, 'GET', '/api/integrity/reports?pageSize=100')).json() as TReportList;
    expect(list.items.map((i) => i.reference)).toContain(receipt.reference);
    const elsewhere = (await asHandler(wmpHandler, 'GET', '/api/integrity/reports?pageSize=100')).json() as TReportList;
    expect(elsewhere.items.map((i) => i.reference)).not.toContain(receipt.reference);
    expect((await asHandler(wmpHandler, 'GET', `/api/integrity/reports/${id}`)).statusCode).toBe(404);
    expect((await asHandler(wmpHandler, 'POST', `/api/integrity/reports/${id}/messages`, { body: 'Hello' })).statusCode).toBe(404);
  });

  it('stores the passphrase only as an argon2id hash', async () => {
    const receipt = await makeReport();
    const [row] = await queryRows<{ passphrase_hash: string }>(t.database.db, sql`select passphrase_hash from integrity_report where reference = ${receipt.reference}`);
    expect(row?.passphrase_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const plain = receipt.passphrase.replaceAll('-', '');
    const [found] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from integrity_report r where r::text ilike ${`%${plain}%`} or r::text ilike ${`%${receipt.passphrase}%`}`);
    expect(found?.n).toBe(0);
  });

  it('refuses a filled-in honeypot, an oversized or empty account, an unknown force or category, and stores nothing', async () => {
    const before = await count('integrity_report');
    const cases: [Record<string, unknown>, string][] = [
      [{ website: 'http://spam.example' }, 'website'],
      [{ whatHappened: 'x'.repeat(10_001) }, 'whatHappened'],
      [{ whatHappened: '   ' }, 'whatHappened'],
      [{ forceId: 'NOPE' }, 'forceId'],
      [{ category: 'gossip' }, 'category'],
      [{ reporterName: 'Sam' }, 'reporterName'],
      [{ whatHappened: 'Text with a null \u0000 character' }, 'whatHappened'],
      [{ forceId: 'MP\u0000S' }, 'forceId'],
    ];
    for (const [overrides, path] of cases) {
      const res = await post('/api/public/integrity/reports', report(overrides));
      expect(res.statusCode, JSON.stringify(overrides)).toBe(400);
      expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    }
    expect(await count('integrity_report')).toBe(before);
  });

  it('keeps script in free text as text, exactly as typed', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"';
    const receipt = await makeReport({ whatHappened: script });
    expect((await openOk(receipt)).whatHappened).toBe(script);
  });

  it('slows a flood from one address, and only that address', async () => {
    const flood = '198.51.100.9';
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post('/api/public/integrity/reports', report(), { remoteAddress: flood })).statusCode);
    expect(statuses.slice(0, 10).every((s) => s === 201)).toBe(true);
    expect(statuses[10]).toBe(429);
    expect((await post('/api/public/integrity/reports', report())).statusCode).toBe(201);
  });
});

describe('the passphrase', () => {
  it('opens the report, however it is typed, and refuses a wrong one', async () => {
    const receipt = await makeReport();
    const view = await openOk({ ...receipt, passphrase: receipt.passphrase.toLowerCase().replaceAll('-', ' ') });
    expect(view).toMatchObject({ reference: receipt.reference, status: 'received', headline: 'Received', forceName: 'Metropolitan Police Service', category: 'misuse_of_information', receivedOn: todayInEngland(), outcomeClass: null });
    const wrong = await open({ ...receipt, passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    expect(wrong.statusCode).toBe(400);
    expect((wrong.json() as { errors: { path: string }[] }).errors).toEqual([{ path: 'passphrase', message: expect.stringContaining('not right') }]);
  });

  it('gives an unknown reference, a malformed one and a wrong passphrase the same answer', async () => {
    const receipt = await makeReport();
    const wrong = answerOf(await open({ ...receipt, passphrase: 'WRONG-PASS-PHRA-SEXX-YYYY' }));
    const unknown = answerOf(await open({ reference: 'ZZZZZZZZZZ', passphrase: receipt.passphrase }));
    const malformed = answerOf(await open({ reference: 'not a reference', passphrase: receipt.passphrase }));
    expect(wrong).toMatchObject({ status: 400, code: 'VALIDATION_FAILED' });
    expect(unknown).toEqual(wrong);
    expect(malformed).toEqual(wrong);
    expect(answerOf(await open({ reference: `${receipt.reference}\u0000`, passphrase: `${receipt.passphrase}\u0000` }))).toEqual(wrong);
    // Replying is guarded the same way.
    const reply = answerOf(await post('/api/public/integrity/reports/messages', { reference: 'ZZZZZZZZZZ', passphrase: receipt.passphrase, body: 'hello' }));
    expect(reply).toEqual(wrong);
  });

  it('locks the report after 5 wrong passphrases until the next day, with the same answer, then opens it again', async () => {
    const receipt = await makeReport();
    const wrongOne = { ...receipt, passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE' };
    const first = answerOf(await open(wrongOne));
    for (let i = 0; i < 4; i++) expect(answerOf(await open(wrongOne))).toEqual(first);
    const tomorrow = new Date(`${todayInEngland()}T12:00:00Z`);
    tomorrow.setUTCDate(tomorrow.getUTCDate() + 1);
    const [locked] = await queryRows<{ locked_until_day: string; failed_passphrase_attempts: number }>(t.database.db, sql`select locked_until_day, failed_passphrase_attempts from integrity_report where reference = ${receipt.reference}`);
    expect(locked).toEqual({ locked_until_day: tomorrow.toISOString().slice(0, 10), failed_passphrase_attempts: 0 });
    // Locked: the right passphrase gets the wrong-passphrase answer, and replies are refused too.
    expect(answerOf(await open(receipt))).toEqual(first);
    const before = await count('integrity_message');
    expect((await post('/api/public/integrity/reports/messages', { ...credentialsOf(receipt), body: 'Are you there?' })).statusCode).toBe(400);
    expect(await count('integrity_message')).toBe(before);
    // The next day the right passphrase opens it and the count starts again.
    await t.database.db.execute(sql`update integrity_report set locked_until_day = ${todayInEngland()} where reference = ${receipt.reference}`);
    await openOk(receipt);
    const [reset] = await queryRows<{ locked_until_day: string | null; failed_passphrase_attempts: number }>(t.database.db, sql`select locked_until_day, failed_passphrase_attempts from integrity_report where reference = ${receipt.reference}`);
    expect(reset).toEqual({ locked_until_day: null, failed_passphrase_attempts: 0 });
  });

  it('counts only wrong passphrases in a row: a right one starts the count again', async () => {
    const receipt = await makeReport();
    const wrongOne = { ...receipt, passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE' };
    for (let i = 0; i < 4; i++) await open(wrongOne);
    await openOk(receipt);
    for (let i = 0; i < 4; i++) await open(wrongOne);
    await openOk(receipt);
  });
});

describe('messages and status', () => {
  it('carries messages both ways, in order, and tells each side what is new', async () => {
    const receipt = await makeReport();
    const id = await idOf(receipt.reference);
    const sent = await post('/api/public/integrity/reports/messages', { ...credentialsOf(receipt), body: 'It happened again last night.' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((sent.json() as TReporterView).messages).toEqual([{ seq: 1, from: 'you', body: 'It happened again last night.', sentOn: todayInEngland(), isNew: false }]);

    let seen = await handlerView(handler, id);
    expect(seen.messages).toEqual([{ seq: 1, fromReporter: true, handlerName: null, body: 'It happened again last night.', sentOn: todayInEngland(), readByReporter: false }]);
    let listed = ((await asHandler(handler, 'GET', '/api/integrity/reports?pageSize=100')).json() as TReportList).items.find((i) => i.id === id);
    expect(listed).toMatchObject({ messageCount: 1, awaitingReply: true, handlerName: null });

    const replied = await asHandler(handler, 'POST', `/api/integrity/reports/${id}/messages`, { body: 'Thank you. Which system does he use?' });
    expect(replied.statusCode, replied.body).toBe(201);
    seen = replied.json() as THandlerReport;
    expect(seen.messages.map((m) => [m.seq, m.fromReporter, m.handlerName])).toEqual([[1, true, null], [2, false, 'counter_corruption']]);
    expect(seen.handler?.name).toBe('counter_corruption');
    listed = ((await asHandler(handler, 'GET', '/api/integrity/reports?pageSize=100')).json() as TReportList).items.find((i) => i.id === id);
    expect(listed).toMatchObject({ messageCount: 2, awaitingReply: false, handlerName: 'counter_corruption' });

    const first = await openOk(receipt);
    expect(first.messages.at(-1)).toEqual({ seq: 2, from: 'handler', body: 'Thank you. Which system does he use?', sentOn: todayInEngland(), isNew: true });
    expect(JSON.stringify(first)).not.toContain('counter_corruption');
    expect((await openOk(receipt)).messages.at(-1)?.isNew).toBe(false);
    expect((await handlerView(handler, id)).messages.at(-1)?.readByReporter).toBe(true);

    await post('/api/public/integrity/reports/messages', { ...credentialsOf(receipt), body: 'The intelligence system, from the custody suite.' });
    expect((await handlerView(handler, id)).messages.map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('refuses an empty or oversized message from either side and stores nothing', async () => {
    const receipt = await makeReport();
    const id = await idOf(receipt.reference);
    const before = await count('integrity_message');
    for (const body of ['', '  ', 'x'.repeat(5_001), 'a null \u0000 character']) {
      expect((await post('/api/public/integrity/reports/messages', { ...credentialsOf(receipt), body })).statusCode).toBe(400);
      expect((await asHandler(handler, 'POST', `/api/integrity/reports/${id}/messages`, { body })).statusCode).toBe(400);
    }
    expect(await count('integrity_message')).toBe(before);
  });

  it('shows the reporter each status change in words, with the day, and closes with an outcome class', async () => {
    const receipt = await makeReport();
    const id = await idOf(receipt.reference);
    let report = await changeStatus(handler, id, { currentStatus: 'received', status: 'assessed' });
    expect(report).toMatchObject({ status: 'assessed', statusChangedOn: todayInEngland(), nextStatuses: ['investigation_opened', 'closed'] });
    expect(await openOk(receipt)).toMatchObject({ status: 'assessed', headline: 'Assessed', statusChangedOn: todayInEngland() });

    report = await changeStatus(handler, id, { currentStatus: 'assessed', status: 'investigation_opened' });
    expect(await openOk(receipt)).toMatchObject({ headline: 'Investigation opened' });

    const noOutcome = await asHandler(handler, 'POST', `/api/integrity/reports/${id}/status`, { currentStatus: 'investigation_opened', status: 'closed' });
    expect(noOutcome.statusCode).toBe(400);
    const stale = await asHandler(handler, 'POST', `/api/integrity/reports/${id}/status`, { currentStatus: 'assessed', status: 'closed', outcomeClass: 'no_action' });
    expect(stale.statusCode).toBe(409);

    report = await changeStatus(handler, id, { currentStatus: 'investigation_opened', status: 'closed', outcomeClass: 'management_action' });
    expect(report).toMatchObject({ status: 'closed', outcomeClass: 'management_action', nextStatuses: [] });
    expect(await openOk(receipt)).toMatchObject({ status: 'closed', outcomeClass: 'management_action', headline: 'Closed: management action' });
    const reopen = await asHandler(handler, 'POST', `/api/integrity/reports/${id}/status`, { currentStatus: 'closed', status: 'assessed' });
    expect(reopen.statusCode).toBe(409);
  });

  it('refuses going backwards, and lets an appropriate authority of the force handle reports too', async () => {
    const receipt = await makeReport();
    const id = await idOf(receipt.reference);
    await changeStatus(authority, id, { currentStatus: 'received', status: 'investigation_opened' });
    const back = await asHandler(authority, 'POST', `/api/integrity/reports/${id}/status`, { currentStatus: 'investigation_opened', status: 'assessed' });
    expect(back.statusCode).toBe(409);
    expect((await asHandler(await t.loginAs('psd_investigator'), 'GET', `/api/integrity/reports/${id}`)).statusCode).toBe(403);
  });
});

describe('what is kept', () => {
  it('keeps no address, user agent, account or time finer than the day in either table', async () => {
    // The reporter is a member of staff who happens to be signed in, in the same browser.
    const staff = await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'reporting.officer@test.warrant', displayName: 'Reporting Officer', roles: ['hr'], forceId: 'MPS', password: TEST_PASSWORD } });
    const session = await t.login('reporting.officer@test.warrant');
    const from = { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT, cookie: session.cookie };
    const receipt = await makeReport({}, from);
    const id = await idOf(receipt.reference);
    expect((await post('/api/public/integrity/reports/messages', { ...credentialsOf(receipt), body: 'More detail.' }, from)).statusCode).toBe(201);
    await asHandler(handler, 'POST', `/api/integrity/reports/${id}/messages`, { body: 'Thank you.' });
    await changeStatus(handler, id, { currentStatus: 'received', status: 'assessed' });
    await openOk(receipt, from);

    // No column can hold a time: every date-like column is a date.
    const columns = await queryRows<{ table_name: string; column_name: string; data_type: string }>(t.database.db, sql`
      select table_name, column_name, data_type from information_schema.columns
      where table_schema = 'public' and table_name in ('integrity_report', 'integrity_message') order by table_name, ordinal_position`);
    expect(columns.map((c) => c.column_name).sort()).toEqual([
      'body', 'case_id', 'category', 'failed_passphrase_attempts', 'force_id', 'from_reporter', 'handler_id', 'handler_id', 'id', 'id', 'locked_until_day', 'outcome_class',
      'passphrase_hash', 'read_by_reporter', 'received_on', 'reference', 'report_id', 'sent_on', 'seq', 'status', 'status_changed_on', 'summary',
    ]);
    expect(columns.filter((c) => /time|interval/i.test(c.data_type))).toEqual([]);

    const [row] = await queryRows<Record<string, unknown>>(t.database.db, sql`select * from integrity_report where id = ${id}`);
    const messages = await queryRows<Record<string, unknown>>(t.database.db, sql`select * from integrity_message where report_id = ${id} order by seq`);
    expect(row).toMatchObject({ received_on: todayInEngland(), status_changed_on: todayInEngland(), locked_until_day: null });
    expect(messages.map((m) => [m.from_reporter, m.handler_id === null, m.sent_on])).toEqual([[true, true, todayInEngland()], [false, false, todayInEngland()]]);
    for (const value of [row, ...messages].flatMap((r) => Object.values(r ?? {}))) {
      const text = String(value);
      expect(text).not.toContain(REPORTER_ADDRESS);
      expect(text).not.toContain('IntegrityLineReporterTestAgent');
      expect(text).not.toBe(staff.id);
      expect(value instanceof Date, `a timestamp: ${text}`).toBe(false);
      if (/^\d{4}-\d{2}-\d{2}/.test(text)) expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(row?.handler_id).not.toBe(staff.id);
  });

  it('leaves the address and user agent nowhere in the database, the rate limiter included', async () => {
    const receipt = await makeReport({}, { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT });
    await openOk(receipt, { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT });
    const columns = await queryRows<{ table_name: string; column_name: string }>(t.database.db, sql`
      select table_name, column_name from information_schema.columns c
      where table_schema = 'public' and data_type in ('text', 'character varying', 'jsonb', 'json', 'inet', 'ARRAY')
        and exists (select 1 from information_schema.tables t where t.table_schema = 'public' and t.table_name = c.table_name and t.table_type = 'BASE TABLE')`);
    expect(columns.length).toBeGreaterThan(50);
    const hits: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [found] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}
        where ${sql.identifier(column)}::text like ${`%${REPORTER_ADDRESS}%`} or ${sql.identifier(column)}::text like '%IntegrityLineReporterTestAgent%'`);
      if (found?.n) hits.push(`${table}.${column}`);
    }
    expect(hits).toEqual([]);
    // The search finds an address where one is kept: a signed-in staff request records its address in the audit.
    await t.app.inject({ method: 'GET', url: '/api/integrity/reports', headers: as(handler), remoteAddress: '192.0.2.55' });
    const [audited] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_event where client_address::text like '%192.0.2.55%'`);
    expect(audited?.n).toBe(1);
  });

  it("ignores a staff session sent with the reporter's requests: no account is looked up, touched or recorded", async () => {
    await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'second.reporter@test.warrant', displayName: 'Second Reporter', roles: ['hr'], forceId: 'MPS', password: TEST_PASSWORD } });
    const session = await t.login('second.reporter@test.warrant');
    const sessionId = createHash('sha256').update(session.cookie.replace('warrant_session=', '')).digest('hex');
    // Five minutes idle: any lookup of the session would refresh its idle clock.
    await t.database.db.execute(sql`update session set last_seen_at = now() - interval '5 minutes' where id = ${sessionId}`);
    const lastSeen = async () => (await queryRows<{ at: string }>(t.database.db, sql`select last_seen_at::text as at from session where id = ${sessionId}`))[0]?.at;
    const before = await lastSeen();
    expect(before).toBeDefined();
    const receipt = await makeReport({}, { cookie: session.cookie });
    await openOk(receipt, { cookie: session.cookie });
    expect(await lastSeen()).toBe(before);
    // A session the server does not know is not even cleared on these routes: it is never read.
    const unknownCookie = await post('/api/public/integrity/reports/open', { reference: receipt.reference, passphrase: receipt.passphrase }, { cookie: 'warrant_session=not-a-session' });
    expect(unknownCookie.statusCode).toBe(200);
    expect(unknownCookie.headers['set-cookie']).toBeUndefined();
    // Elsewhere the same session is looked up, and its idle clock moves.
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: session.cookie } })).statusCode).toBe(200);
    expect(await lastSeen()).not.toBe(before);
  });

  it("writes no audit event for the reporter's actions, and audits the handler's as usual", async () => {
    const before = await count('audit_event');
    const receipt = await makeReport({}, { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT });
    await openOk(receipt);
    await post('/api/public/integrity/reports/messages', { ...credentialsOf(receipt), body: 'One more thing.' });
    await open({ ...receipt, passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE' });
    expect(await count('audit_event')).toBe(before);
    const id = await idOf(receipt.reference);
    const mentions = () => queryRows<{ action: string }>(t.database.db, sql`select action from audit_event
      where entity_id = ${id} or detail::text like ${`%${id}%`} or detail::text like ${`%${receipt.reference}%`} order by seq`);
    expect(await mentions()).toEqual([]);

    await handlerView(handler, id);
    await asHandler(handler, 'POST', `/api/integrity/reports/${id}/messages`, { body: 'Received, thank you.' });
    await changeStatus(handler, id, { currentStatus: 'received', status: 'assessed' });
    expect((await mentions()).map((e) => e.action)).toEqual(['integrity_report.read', 'integrity_report.message', 'integrity_report.status']);
    const [status] = await queryRows<{ detail: Record<string, unknown>; actor_id: string | null }>(t.database.db, sql`select detail, actor_id from audit_event where entity_id = ${id} and action = 'integrity_report.status'`);
    expect(status?.detail).toEqual({ from: 'received', to: 'assessed', outcomeClass: null, on: todayInEngland() });
    expect(status?.actor_id).not.toBeNull();
  });

  it('marks reporter responses not to be cached', async () => {
    const res = await post('/api/public/integrity/reports', report());
    expect(res.headers['cache-control']).toBe('no-store');
    const wrong = await open({ reference: 'ZZZZZZZZZZ', passphrase: 'x' });
    expect(wrong.headers['cache-control']).toBe('no-store');
  });
});

describe('what is logged', () => {
  const linesOf = (from: number) => t.logs.slice(from).map((line) => JSON.parse(line) as Record<string, unknown>);

  it("logs no line for the reporter's requests, while staff requests are logged with their request id", async () => {
    const from = t.logs.length;
    const receipt = await makeReport({}, { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT });
    await openOk(receipt, { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT });
    await post('/api/public/integrity/reports/messages', { ...credentialsOf(receipt), body: 'Logged?' }, { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT });
    await open({ ...receipt, passphrase: 'AAAA-BBBB-CCCC-DDDD-EEEE' }, { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT });
    const staffRequest = await t.app.inject({ method: 'GET', url: '/api/integrity/reports', headers: as(handler) });
    const lines = linesOf(from);
    // Logging is on: the staff request left its "incoming request" and "request completed" lines, with its id.
    const staff = lines.filter((l) => l.reqId === staffRequest.headers['x-request-id']);
    expect(staff.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
    expect(lines.filter((l) => l.reqId !== staffRequest.headers['x-request-id'])).toEqual([]);
    expect(lines.filter((l) => JSON.stringify(l).includes('/api/public/integrity'))).toEqual([]);
    const all = t.logs.slice(from).join('\n');
    for (const secret of [REPORTER_ADDRESS, 'IntegrityLineReporterTestAgent', receipt.reference, receipt.passphrase, receipt.passphrase.replaceAll('-', ''), 'Logged?']) {
      expect(all).not.toContain(secret);
    }
  });

  it('logs a failing reporter request without request id, address, user agent, reference, passphrase or text, and stores nothing', async () => {
    const receipt = await makeReport();
    // A database failure on the reporter's message, as a full disk or a lost connection would give.
    await t.database.db.execute(sql.raw(`create function integrity_test_fail() returns trigger language plpgsql as $$
      begin if new.body like 'FAIL-ON-PURPOSE%' then raise exception 'refused by the test'; end if; return new; end $$`));
    await t.database.db.execute(sql.raw('create trigger integrity_test_fail before insert on integrity_message for each row execute function integrity_test_fail()'));
    try {
      const before = await count('integrity_message');
      const from = t.logs.length;
      const res = await post('/api/public/integrity/reports/messages', { ...credentialsOf(receipt), body: 'FAIL-ON-PURPOSE names a colleague' }, { remoteAddress: REPORTER_ADDRESS, agent: REPORTER_AGENT });
      expect(res.statusCode).toBe(500);
      expect(await count('integrity_message')).toBe(before);
      const lines = linesOf(from);
      const failures = lines.filter((l) => l.level === 50);
      expect(failures.length).toBeGreaterThanOrEqual(1);
      for (const line of failures) {
        expect(line.route).toBe('integrity-line');
        expect(line).not.toHaveProperty('reqId');
        const text = JSON.stringify(line);
        for (const secret of [REPORTER_ADDRESS, 'IntegrityLineReporterTestAgent', receipt.reference, receipt.passphrase.replaceAll('-', ''), 'names a colleague', res.headers['x-request-id']]) {
          expect(text).not.toContain(secret);
        }
      }
    } finally {
      await t.database.db.execute(sql.raw('drop trigger integrity_test_fail on integrity_message'));
      await t.database.db.execute(sql.raw('drop function integrity_test_fail()'));
    }
  });
});

describe('making a case', () => {
  const caseBody = (personId: string, restricted: boolean) => ({
    summary: 'Misuse of the intelligence system to look up an ex-partner',
    restricted,
    subjects: [{ personId, allegations: [{ description: 'Looked up an ex-partner without a policing purpose', standard: 'confidentiality', iopcCategory: 'information', tags: ['information_misuse'] }] }],
  });

  it('records a restricted integrity-line case with the chosen subject, once, hidden from handlers who may not see it', async () => {
    const receipt = await makeReport();
    const id = await idOf(receipt.reference);
    const res = await asHandler(handler, 'POST', `/api/integrity/reports/${id}/case`, caseBody(t.people.inForce.id, true));
    expect(res.statusCode, res.body).toBe(201);
    const made = res.json() as THandlerReport;
    expect(made.hasCase).toBe(true);
    expect(made.case?.reference).toEqual(expect.any(String));
    const caseRes = await asHandler(handler, 'GET', `/api/cases/${made.case?.id}`);
    expect(caseRes.statusCode).toBe(200);
    const created = caseRes.json() as TCase;
    expect(created).toMatchObject({ forceId: 'MPS', source: 'integrity_line', restricted: true, receivedOn: receipt.receivedOn, parties: [] });
    expect(created.subjects.map((s) => s.personId)).toEqual([t.people.inForce.id]);

    // The appropriate authority handles the report but may not see a restricted case.
    const aaView = await handlerView(authority, id);
    expect(aaView).toMatchObject({ hasCase: true, case: null });
    const aaList = ((await asHandler(authority, 'GET', '/api/integrity/reports?pageSize=100')).json() as TReportList).items.find((i) => i.id === id);
    expect(aaList?.caseReference).toBeNull();
    expect((await asHandler(authority, 'GET', `/api/cases/${made.case?.id}`)).statusCode).toBe(404);

    const again = await asHandler(handler, 'POST', `/api/integrity/reports/${id}/case`, caseBody(t.people.inForce.id, true));
    expect(again.statusCode).toBe(409);
    expect(again.body).not.toContain(made.case?.reference ?? 'no reference');
  });

  it('stores nothing when the case cannot be made: a restricted case by an appropriate authority, an unknown subject', async () => {
    const receipt = await makeReport();
    const id = await idOf(receipt.reference);
    const cases = await count('misconduct_case');
    expect((await asHandler(authority, 'POST', `/api/integrity/reports/${id}/case`, caseBody(t.people.inForce.id, true))).statusCode).toBe(403);
    const unknown = await asHandler(handler, 'POST', `/api/integrity/reports/${id}/case`, caseBody('00000000-0000-4000-8000-000000000000', false));
    expect(unknown.statusCode).toBe(400);
    expect((unknown.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual(['subjects.0.personId']);
    expect(await count('misconduct_case')).toBe(cases);
    expect((await handlerView(handler, id)).hasCase).toBe(false);
    // An appropriate authority may make an unrestricted one.
    const made = await asHandler(authority, 'POST', `/api/integrity/reports/${id}/case`, caseBody(t.people.inForce.id, false));
    expect(made.statusCode, made.body).toBe(201);
    expect((made.json() as THandlerReport).case?.reference).toEqual(expect.any(String));
  });
});
