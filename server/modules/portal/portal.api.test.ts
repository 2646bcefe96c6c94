// The public complaint portal through the API on both databases: where a complaint lands, checking progress with
// a one-time code, lockout, no enumeration, bad input storing nothing, and recording a complaint as a case.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TCase } from '../../../shared/case-contracts.js';
import type { TComplaintForm, TComplaintProgress, TComplaintReceipt, TIntakeComplaint, TIntakeList } from '../../../shared/portal-contracts.js';
import type { TOutbox } from '../../../shared/mail-contracts.js';
import { cliContext } from '../../context.js';
import { queryRows } from '../../db/client.js';
import { as, createTestApp, TEST_PASSWORD, type Session, type TestApp } from '../../testing/test-app.js';
import { createUser } from '../users/user.service.js';
import { issueFormToken } from './form-token.js';

let t: TestApp;
let psd: Session;
let wmpAuthority: Session;
let address = 0;

beforeAll(async () => {
  t = await createTestApp();
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'aa.wmp@test.warrant', displayName: 'WMP AA', roles: ['appropriate_authority'], forceId: 'WMP', password: TEST_PASSWORD } });
  [psd, wmpAuthority] = await Promise.all([t.loginAs('psd_investigator'), t.login('aa.wmp@test.warrant')]);
});
afterAll(() => t.close());

/** Each call from its own address, so the per-address rate limit only bites in the test about floods. */
const nextAddress = (): string => `10.1.${Math.floor(++address / 250)}.${(address % 250) + 1}`;

/** A form token opened a minute ago, as a person filling in the form would send it. */
const minuteOldToken = (): string => issueFormToken(t.config.portal.secret, Date.now() - 60_000);

const complaint = (overrides: Record<string, unknown> = {}) => ({
  formToken: minuteOldToken(),
  website: '',
  forceId: 'MPS',
  officer: { name: 'PC Smith', collarNumber: 'MP4411', description: null },
  incidentOn: '2025-05-01',
  incidentPlace: 'Outside Brixton station',
  whatHappened: 'The officer pushed me and would not give their number.',
  name: 'Alex Member',
  email: 'alex@example.test',
  phone: null,
  preferredContact: 'email',
  postalAddress: null,
  accessibilityNeeds: 'Large print letters',
  consent: true,
  ...overrides,
});

const post = (url: string, payload: unknown, remoteAddress = nextAddress()) => t.app.inject({ method: 'POST', url, payload: payload as Record<string, unknown>, remoteAddress });

async function submit(overrides: Record<string, unknown> = {}): Promise<TComplaintReceipt> {
  const res = await post('/api/public/complaints', complaint(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as TComplaintReceipt;
}

async function idOf(reference: string): Promise<string> {
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`select id from public_complaint where reference = ${reference}`);
  if (!row) throw new Error(`no complaint ${reference}`);
  return row.id;
}

async function intake(session: Session, queue: 'force' | 'triage'): Promise<string[]> {
  const res = await t.app.inject({ method: 'GET', url: `/api/intake/complaints?queue=${queue}&pageSize=100`, headers: as(session) });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as TIntakeList).items.map((i) => i.reference);
}

/** Asks for a code and reads it from the outbox, as the complainant would from their email. */
async function requestCode(reference: string, email: string, typed = reference): Promise<string> {
  const res = await post('/api/public/complaints/status-code', { reference: typed, email });
  expect(res.statusCode, res.body).toBe(202);
  const [mail] = await queryRows<{ body: string }>(t.database.db, sql`select body from mail_outbox where subject = ${`Your code to check complaint ${reference}`} order by created_at desc limit 1`);
  const code = /Your code is (\d{6})/.exec(mail?.body ?? '')?.[1];
  if (!code) throw new Error(`no code mailed for ${reference}`);
  return code;
}

const checkStatus = (reference: string, code: string) => post('/api/public/complaints/status', { reference, code });
const count = async (table: 'public_complaint' | 'mail_outbox' | 'misconduct_case'): Promise<number> =>
  (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from ${sql.identifier(table)}`))[0]?.n ?? 0;

describe('making a complaint', () => {
  it('gives out the forces and a form token without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/public/complaints/form' });
    expect(res.statusCode).toBe(200);
    const form = res.json() as TComplaintForm;
    expect(form.forces).toContainEqual({ id: 'MPS', name: expect.any(String) });
    expect(form.formToken.split('.')).toHaveLength(3);
    expect(form.minimumSeconds).toBeGreaterThan(0);
  });

  it("puts a complaint into its force's intake, with a random reference and a confirmation email", async () => {
    const receipt = await submit();
    expect(receipt.reference).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    expect(receipt.forceName).toBe('Metropolitan Police Service');
    expect(await intake(psd, 'force')).toContain(receipt.reference);
    expect(await intake(psd, 'triage')).not.toContain(receipt.reference);
    expect(await intake(wmpAuthority, 'force')).not.toContain(receipt.reference);
    const other = await t.app.inject({ method: 'GET', url: `/api/intake/complaints/${await idOf(receipt.reference)}`, headers: as(wmpAuthority) });
    expect(other.statusCode).toBe(404);
    const [mail] = await queryRows<{ to: string; body: string }>(t.database.db, sql`select "to", body from mail_outbox where subject = ${`Your complaint reference ${receipt.reference}`}`);
    expect(mail).toMatchObject({ to: 'alex@example.test', body: expect.stringContaining(receipt.reference) });
    const [audit] = await queryRows<{ actor_id: string | null; force_id: string }>(t.database.db, sql`select actor_id, force_id from audit_event where action = 'public_complaint.submit' and detail->>'reference' = ${receipt.reference}`);
    expect(audit).toEqual({ actor_id: null, force_id: 'MPS' });
  });

  it('sends a complaint whose force is not known to the triage queue that every force sees', async () => {
    const receipt = await submit({ forceId: null });
    expect(receipt.forceName).toBeNull();
    expect(await intake(psd, 'triage')).toContain(receipt.reference);
    expect(await intake(wmpAuthority, 'triage')).toContain(receipt.reference);
    expect(await intake(psd, 'force')).not.toContain(receipt.reference);
  });

  it('keeps script in free text as text, exactly as typed', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes"';
    const receipt = await submit({ whatHappened: script, officer: { name: '<b>PC</b>', description: null, collarNumber: null } });
    const id = await idOf(receipt.reference);
    const res = await t.app.inject({ method: 'GET', url: `/api/intake/complaints/${id}`, headers: as(psd) });
    const read = res.json() as TIntakeComplaint;
    expect(read.whatHappened).toBe(script);
    expect(read.officer.name).toBe('<b>PC</b>');
    expect(res.headers['content-type']).toContain('application/json');
    const [row] = await queryRows<{ what_happened: string }>(t.database.db, sql`select what_happened from public_complaint where id = ${id}`);
    expect(row?.what_happened).toBe(script);
  });

  it('refuses a filled honeypot, empty and oversized answers and missing consent with field paths, storing nothing', async () => {
    const before = [await count('public_complaint'), await count('mail_outbox')];
    const cases: [Record<string, unknown>, string][] = [
      [{ website: 'http://spam.example' }, 'website'],
      [{ whatHappened: '   ' }, 'whatHappened'],
      [{ whatHappened: 'x'.repeat(20_001) }, 'whatHappened'],
      [{ name: '' }, 'name'],
      [{ officer: { name: 'y'.repeat(201) } }, 'officer.name'],
      [{ email: 'not-an-email' }, 'email'],
      [{ consent: false }, 'consent'],
      [{ preferredContact: 'phone', phone: null }, 'phone'],
      [{ preferredContact: 'post' }, 'postalAddress'],
      [{ forceId: 'NOPE' }, 'forceId'],
      [{ incidentOn: '2999-01-01' }, 'incidentOn'],
      [{ incidentOn: '0000-01-01' }, 'incidentOn'],
      [{ whatHappened: 'before\u0000after' }, 'whatHappened'],
      [{ officer: { description: '\u0000' } }, 'officer.description'],
      [{ extra: 'field' }, 'extra'],
    ];
    for (const [overrides, path] of cases) {
      const res = await post('/api/public/complaints', complaint(overrides));
      expect(res.statusCode, `${path}: ${res.body}`).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path), path).toContain(path);
    }
    const empty = await t.app.inject({ method: 'POST', url: '/api/public/complaints', payload: {}, remoteAddress: nextAddress() });
    expect(empty.statusCode).toBe(400);
    const huge = await t.app.inject({ method: 'POST', url: '/api/public/complaints', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(complaint({ whatHappened: 'z'.repeat(2 * 1024 * 1024) })), remoteAddress: nextAddress() });
    expect(huge.statusCode).toBe(413);
    expect([await count('public_complaint'), await count('mail_outbox')]).toEqual(before);
  });

  it('refuses a complaint sent within seconds of opening the form, or with a forged token', async () => {
    const form = (await t.app.inject({ method: 'GET', url: '/api/public/complaints/form' })).json() as TComplaintForm;
    const tooSoon = await post('/api/public/complaints', complaint({ formToken: form.formToken }));
    expect(tooSoon.statusCode).toBe(400);
    expect(tooSoon.json()).toMatchObject({ errors: [{ path: 'formToken', message: expect.stringContaining('too quickly') }] });
    const forged = await post('/api/public/complaints', complaint({ formToken: issueFormToken('another secret of at least 32 characters', Date.now() - 60_000) }));
    expect(forged.json()).toMatchObject({ errors: [{ path: 'formToken', message: expect.stringContaining('not valid') }] });
    const stale = await post('/api/public/complaints', complaint({ formToken: issueFormToken(t.config.portal.secret, Date.now() - 25 * 3_600_000) }));
    expect(stale.json()).toMatchObject({ errors: [{ path: 'formToken', message: expect.stringContaining('expired') }] });
  });

  it('slows a flood from one address with 429, while other addresses carry on', async () => {
    const flood = '192.0.2.77';
    const statuses: number[] = [];
    for (let i = 0; i < t.config.portal.ratePerHour; i++) {
      statuses.push((await post('/api/public/complaints/status-code', { reference: 'ZZZZZZZZZZ', email: 'x@example.test' }, flood)).statusCode);
    }
    expect(new Set(statuses)).toEqual(new Set([202]));
    const limited = await post('/api/public/complaints/status-code', { reference: 'ZZZZZZZZZZ', email: 'x@example.test' }, flood);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.headers['retry-after']).toBeDefined();
    expect((await post('/api/public/complaints/status-code', { reference: 'ZZZZZZZZZZ', email: 'x@example.test' })).statusCode).toBe(202);
  });
});

describe('checking progress', () => {
  it('needs the code sent to the email on the complaint, and each code works once', async () => {
    const { reference } = await submit({ email: 'Progress.Person@example.test' });
    // Typed in lower case with a dash, and the email in other capitals: still the same complaint.
    const code = await requestCode(reference, 'progress.person@EXAMPLE.test', reference.toLowerCase().replace(/(.{5})/, '$1-'));
    const wrong = await checkStatus(reference, code === '000000' ? '111111' : '000000');
    expect(wrong.statusCode).toBe(400);
    const right = await checkStatus(reference, code);
    expect(right.statusCode, right.body).toBe(200);
    expect(right.json()).toMatchObject({ reference, stage: 'received', headline: 'Received', forceName: 'Metropolitan Police Service', reason: null } satisfies Partial<TComplaintProgress>);
    expect((await checkStatus(reference, code)).statusCode).toBe(400);
    const [mail] = await queryRows<{ to: string }>(t.database.db, sql`select "to" from mail_outbox where subject = ${`Your code to check complaint ${reference}`}`);
    expect(mail?.to).toBe('Progress.Person@example.test');
    const [stored] = await queryRows<{ code_hash: string }>(t.database.db, sql`select code_hash from complaint_access_code c join public_complaint p on p.id = c.complaint_id where p.reference = ${reference}`);
    expect(stored?.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored?.code_hash).not.toContain(code);
  });

  it('locks the reference for 30 minutes after 5 wrong codes, even for the right code', async () => {
    const { reference } = await submit({ email: 'locked@example.test' });
    const code = await requestCode(reference, 'locked@example.test');
    const wrong = code === '999999' ? '999998' : '999999';
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) answers.push((await checkStatus(reference, wrong)).body);
    const locked = await checkStatus(reference, code);
    expect(locked.statusCode).toBe(400);
    const generic = (body: string) => (({ correlationId: _, ...rest }: { correlationId?: string }) => rest)(JSON.parse(body) as { correlationId?: string });
    expect(generic(locked.body)).toEqual(generic(answers[0] ?? ''));
    const [row] = await queryRows<{ minutes: number }>(t.database.db, sql`select extract(epoch from locked_until - now()) / 60 as minutes from public_complaint where reference = ${reference}`);
    expect(Number(row?.minutes)).toBeGreaterThan(29);
    expect(Number(row?.minutes)).toBeLessThanOrEqual(30);
    // No new code while locked either: the answer is the same, but nothing is sent.
    const mailsBefore = await count('mail_outbox');
    expect((await post('/api/public/complaints/status-code', { reference, email: 'locked@example.test' })).statusCode).toBe(202);
    expect(await count('mail_outbox')).toBe(mailsBefore);
    // Half an hour later the unused code works again.
    await t.database.db.execute(sql`update public_complaint set locked_until = now() - interval '1 second' where reference = ${reference}`);
    expect((await checkStatus(reference, code)).statusCode).toBe(200);
  });

  it('answers the same for an unknown reference and a wrong email, and mails nothing', async () => {
    const { reference } = await submit({ email: 'owner@example.test' });
    const mailsBefore = await count('mail_outbox');
    const wrongEmail = await post('/api/public/complaints/status-code', { reference, email: 'someone.else@example.test' });
    const unknown = await post('/api/public/complaints/status-code', { reference: 'ZZZZ-ZZZZ-ZZ', email: 'owner@example.test' });
    expect([wrongEmail.statusCode, unknown.statusCode]).toEqual([202, 202]);
    expect(wrongEmail.body).toBe(unknown.body);
    expect(await count('mail_outbox')).toBe(mailsBefore);
    const matching = await post('/api/public/complaints/status-code', { reference, email: 'owner@example.test' });
    expect(matching.body).toBe(unknown.body);
    expect(await count('mail_outbox')).toBe(mailsBefore + 1);

    const strip = (body: string) => (({ correlationId: _, ...rest }: { correlationId?: string }) => rest)(JSON.parse(body) as { correlationId?: string });
    const badCode = await checkStatus(reference, '123456');
    const noSuchReference = await checkStatus('ZZZZZZZZZZ', '123456');
    expect([badCode.statusCode, noSuchReference.statusCode]).toEqual([400, 400]);
    expect(strip(badCode.body)).toEqual(strip(noSuchReference.body));
  });

  it('sends at most 3 codes per quarter of an hour, still with the same answer', async () => {
    const { reference } = await submit({ email: 'many@example.test' });
    for (let i = 0; i < 4; i++) expect((await post('/api/public/complaints/status-code', { reference, email: 'many@example.test' })).statusCode).toBe(202);
    const [row] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from mail_outbox where subject = ${`Your code to check complaint ${reference}`}`);
    expect(row?.n).toBe(3);
  });

  it('refuses a malformed reference or code with the field named', async () => {
    const res = await post('/api/public/complaints/status', { reference: 'short', code: '12ab' });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { errors: { path: string }[] }).errors.map((e) => e.path).sort()).toEqual(['code', 'reference']);
  });
});

describe('staff intake', () => {
  const allegation = { description: 'Pushed the complainant', standard: 'use_of_force', iopcCategory: 'police_powers', tags: ['use_of_force'] };

  it("records a complaint as a 'logged' public-complaint case with the complainant as a party, and the complainant sees it", async () => {
    const { reference } = await submit({ email: 'recorded@example.test', phone: '020 7946 0000' });
    const id = await idOf(reference);
    const res = await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${id}/case`, headers: as(psd), payload: {
      summary: 'Pushed outside the station', subjects: [{ personId: t.people.inForce.id, allegations: [allegation] }],
    } });
    expect(res.statusCode, res.body).toBe(201);
    const recorded = res.json() as TIntakeComplaint;
    expect(recorded).toMatchObject({ status: 'recorded_as_case', caseReference: expect.stringMatching(/^MPS-\d{4}-\d{6}$/) });
    const c = (await t.app.inject({ method: 'GET', url: `/api/cases/${recorded.caseId}`, headers: as(psd) })).json() as TCase;
    expect(c.source).toBe('public_complaint');
    expect(c.subjects.map((s) => s.state)).toEqual(['logged']);
    expect(c.subjects[0]?.allegations[0]).toMatchObject({ occurredOn: '2025-05-01', place: 'Outside Brixton station' });
    expect(c.parties).toEqual([expect.objectContaining({ kind: 'complainant', name: 'Alex Member', email: 'recorded@example.test', phone: '020 7946 0000', accessibilityNeeds: 'Large print letters' })]);
    const events = await queryRows<{ action: string }>(t.database.db, sql`select action from audit_event where entity_id in (${id}, ${c.id}) order by seq`);
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['case.create', 'public_complaint.record_as_case']));

    const progress = (await checkStatus(reference, await requestCode(reference, 'recorded@example.test'))).json() as TComplaintProgress;
    expect(progress).toMatchObject({ stage: 'recorded_as_case', headline: 'Recorded as a complaint', explanation: expect.stringContaining('logged') });
    const again = await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${id}/case`, headers: as(psd), payload: { summary: 's', subjects: [{ personId: t.people.inForce.id, allegations: [allegation] }] } });
    expect(again.statusCode).toBe(409);
  });

  it('records nothing when the case cannot be made', async () => {
    const { reference } = await submit();
    const id = await idOf(reference);
    const cases = await count('misconduct_case');
    const res = await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${id}/case`, headers: as(psd), payload: {
      summary: 'Pushed', subjects: [{ personId: '7f1d3c1e-2b7a-4c55-9a0e-0d7f1b2c3d4e', allegations: [allegation] }],
    } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ path: 'subjects.0.personId' }] });
    expect(await count('misconduct_case')).toBe(cases);
    const [row] = await queryRows<{ status: string; case_id: string | null }>(t.database.db, sql`select status, case_id from public_complaint where id = ${id}`);
    expect(row).toEqual({ status: 'received', case_id: null });
  });

  it('routes a triage complaint to a force before it can become a case there', async () => {
    const { reference } = await submit({ forceId: null });
    const id = await idOf(reference);
    const early = await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${id}/case`, headers: as(wmpAuthority), payload: { summary: 's', subjects: [{ personId: t.people.outOfForce.id, allegations: [allegation] }] } });
    expect(early.statusCode).toBe(409);
    const routed = await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${id}/route`, headers: as(psd), payload: { forceId: 'WMP', note: 'Happened in Birmingham' } });
    expect(routed.statusCode, routed.body).toBe(200);
    expect(routed.json()).toMatchObject({ forceId: 'WMP', note: 'Happened in Birmingham', triagedBy: 'psd_investigator' });
    expect(await intake(wmpAuthority, 'force')).toContain(reference);
    expect(await intake(psd, 'triage')).not.toContain(reference);
    expect((await t.app.inject({ method: 'GET', url: `/api/intake/complaints/${id}`, headers: as(psd) })).statusCode).toBe(404);
    const recorded = await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${id}/case`, headers: as(wmpAuthority), payload: { summary: 's', subjects: [{ personId: t.people.outOfForce.id, allegations: [allegation] }] } });
    expect(recorded.statusCode, recorded.body).toBe(201);
  });

  it('closes a complaint without a case and shows the complainant the reason', async () => {
    const { reference } = await submit({ email: 'closed@example.test' });
    const id = await idOf(reference);
    const empty = await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${id}/close`, headers: as(psd), payload: { reason: ' ' } });
    expect(empty.json()).toMatchObject({ errors: [{ path: 'reason' }] });
    const closed = await t.app.inject({ method: 'POST', url: `/api/intake/complaints/${id}/close`, headers: as(psd), payload: { reason: 'The same complaint as ABCDEFGH23, made twice' } });
    expect(closed.statusCode, closed.body).toBe(200);
    const progress = (await checkStatus(reference, await requestCode(reference, 'closed@example.test'))).json() as TComplaintProgress;
    expect(progress).toMatchObject({ stage: 'closed', reason: 'The same complaint as ABCDEFGH23, made twice' });
  });

  it('audits reading a complaint and the intake list', async () => {
    const { reference } = await submit();
    const id = await idOf(reference);
    await t.app.inject({ method: 'GET', url: `/api/intake/complaints/${id}`, headers: as(psd) });
    await intake(psd, 'force');
    const [read] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_event where action = 'public_complaint.read' and entity_id = ${id}`);
    expect(read?.n).toBe(1);
    const [list] = await queryRows<{ ids: string[] }>(t.database.db, sql`select detail->'ids' as ids from audit_event where action = 'public_complaint.list' order by seq desc limit 1`);
    expect(list?.ids).toContain(id);
  });
});

describe('mail outbox', () => {
  it('shows administrators every message with its body while nothing is sent by SMTP', async () => {
    const { reference } = await submit({ email: 'outbox@example.test' });
    const admin = await t.loginAs('system_administrator');
    const res = await t.app.inject({ method: 'GET', url: '/api/mail/outbox', headers: as(admin) });
    expect(res.statusCode).toBe(200);
    const outbox = res.json() as TOutbox;
    expect(outbox.delivery).toBe('outbox');
    expect(outbox.items).toContainEqual(expect.objectContaining({ to: 'outbox@example.test', subject: `Your complaint reference ${reference}`, body: expect.stringContaining(reference), sentAt: null }));
    const [audited] = await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from audit_event where action = 'mail.outbox_read'`);
    expect(audited?.n).toBeGreaterThan(0);
  });
});
