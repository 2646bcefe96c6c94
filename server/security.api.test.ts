// Bad input, sessions, CSRF, lockout, atomic writes and log hygiene, through the real app (Fastify inject).
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from './db/client.js';
import { as, createTestApp, TEST_PASSWORD, type TestApp } from './testing/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ WARRANT_LOGIN_MAX_FAILURES: '3', WARRANT_BODY_LIMIT_BYTES: '4096' });
});
afterAll(() => t.close());

const countPeople = async () => (await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from person`))[0]?.n;

describe('bad input gets 4xx problem+json naming the field', () => {
  it('malformed JSON → 400 MALFORMED_REQUEST', async () => {
    const s = await t.loginAs('hr');
    const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: { ...as(s), 'content-type': 'application/json' }, payload: '{"givenNames": ' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'MALFORMED_REQUEST', status: 400 });
  });

  it('wrong types name each field', async () => {
    const s = await t.loginAs('hr');
    const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: as(s), payload: { givenNames: 42, familyName: 'X', sex: 'unknown', employment: { forceId: 'MPS', role: 'police_officer', startDate: 'yesterday' } } });
    expect(res.statusCode).toBe(400);
    const paths = (res.json() as { errors: { path: string }[] }).errors.map((e) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['givenNames', 'sex', 'employment.startDate']));
  });

  it('unknown fields are refused, not ignored', async () => {
    const s = await t.loginAs('hr');
    const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: as(s), payload: { givenNames: 'A', familyName: 'B', sex: 'male', ethnicity: 'white', employment: { forceId: 'MPS', role: 'police_officer', startDate: '2020-01-01' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ path: 'ethnicity', message: 'unknown field' }] });
  });

  it('an oversized body → 413', async () => {
    const s = await t.loginAs('hr');
    const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: as(s), payload: { givenNames: 'x'.repeat(10_000) } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('an unknown or malformed id → 404 / 400, never 500', async () => {
    const s = await t.loginAs('psd_investigator');
    expect((await t.app.inject({ method: 'GET', url: '/api/people/7f1d3c1e-2b7a-4c55-9a0e-0d7f1b2c3d4e', headers: as(s) })).statusCode).toBe(404);
    const bad = await t.app.inject({ method: 'GET', url: '/api/people/not-a-uuid', headers: as(s) });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ errors: [{ path: 'id' }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/no-such-route', headers: as(s) })).json()).toMatchObject({ status: 404, code: 'NOT_FOUND' });
  });

  it('a search with no criteria names the field to fill in', async () => {
    const s = await t.loginAs('psd_investigator');
    const res = await t.app.inject({ method: 'GET', url: '/api/people?page=0', headers: as(s) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ path: 'page' }] });
  });
});

describe('writes are all or nothing', () => {
  it('a person whose employment fails leaves no person, name or audit event behind', async () => {
    const before = await countPeople();
    const [{ seq: seqBefore } = { seq: 0 }] = await queryRows<{ seq: number }>(t.database.db, sql`select coalesce(max(seq), 0) as seq from audit_event`);
    // A national HR user creates in a force code that does not exist:
    // the person row is inserted first, then the employment's foreign key fails.
    const { createUser } = await import('./modules/users/user.service.js');
    const { cliContext } = await import('./context.js');
    await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'hr.all@test.warrant', displayName: 'HR', roles: ['hr'], forceId: null, password: TEST_PASSWORD } });
    const national = await t.login('hr.all@test.warrant');
    const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: as(national), payload: { givenNames: 'Half', familyName: 'Written', sex: 'female', employment: { forceId: 'NOPE', role: 'police_staff', startDate: '2020-01-01' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ path: 'employment.forceId' }] });
    expect(await countPeople()).toBe(before);
    const names = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from person_name where family_name = 'Written'`);
    expect(names[0]?.n).toBe(0);
    const events = await queryRows<{ n: number }>(t.database.db, sql`select count(*) as n from audit_event where seq > ${seqBefore} and action = 'person.create'`);
    expect(events[0]?.n).toBe(0);
  });
});

describe('sessions', () => {
  it('refuses a state-changing request without the CSRF token', async () => {
    const s = await t.loginAs('hr');
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'CSRF_FAILED' });
  });

  it('sets a secure, HttpOnly, SameSite=Strict cookie and ends the session on logout', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: t.emailOf('hr'), password: TEST_PASSWORD } });
    const cookie = res.cookies.find((c) => c.name === 'warrant_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/' });
    const s = { cookie: `warrant_session=${cookie?.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: as(s) })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: as(s) })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/session', headers: as(s) })).statusCode).toBe(401);
  });

  it('expires a session idle longer than the limit', async () => {
    const s = await t.loginAs('chief_officer');
    await t.database.db.execute(sql`update session set last_seen_at = now() - interval '31 minutes'`);
    expect((await t.app.inject({ method: 'GET', url: '/api/forces', headers: as(s) })).statusCode).toBe(401);
  });

  it('expires a session past the absolute limit even while in use', async () => {
    const s = await t.loginAs('chief_officer');
    await t.database.db.execute(sql`update session set created_at = now() - interval '13 hours'`);
    expect((await t.app.inject({ method: 'GET', url: '/api/forces', headers: as(s) })).statusCode).toBe(401);
  });

  it('locks an account after repeated failures, even for the right password, and an admin can unlock it', async () => {
    const email = t.emailOf('vetting_officer');
    for (let i = 0; i < 3; i++) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: 'wrong password' } });
      expect(res.statusCode).toBe(i < 2 ? 401 : 423);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(423);
    expect(locked.json()).toMatchObject({ code: 'ACCOUNT_LOCKED' });
    const admin = await t.loginAs('system_administrator');
    const users = (await t.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })).json() as { id: string; email: string; lockedUntil: string | null }[];
    const target = users.find((u) => u.email === email);
    expect(target?.lockedUntil).not.toBeNull();
    expect((await t.app.inject({ method: 'PATCH', url: `/api/users/${target?.id}`, headers: as(admin), payload: { unlock: true } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password: TEST_PASSWORD } })).statusCode).toBe(200);
  });

  it('gives the same answer for an unknown email as for a wrong password', async () => {
    const unknown = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'nobody@test.warrant', password: 'x' } });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: t.emailOf('auditor'), password: 'x' } });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });
});

describe('logs', () => {
  it('never contain passwords, session tokens, CSRF tokens or searched names', async () => {
    const s = await t.loginAs('psd_investigator');
    await t.app.inject({ method: 'GET', url: '/api/people?name=Kowalski', headers: as(s) });
    await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: t.emailOf('hr'), password: 'a-wrong-password-here' } });
    const token = s.cookie.split('=')[1] ?? '';
    const all = t.logs.join('\n');
    expect(all).toContain('"path":"/api/people"');
    for (const secret of [TEST_PASSWORD, 'a-wrong-password-here', token, s.csrf, 'Kowalski']) {
      expect(all).not.toContain(secret);
    }
  });
});

describe('audit of reads', () => {
  it('records who read which person, from where, with the request id', async () => {
    const s = await t.loginAs('psd_investigator');
    const res = await t.app.inject({ method: 'GET', url: `/api/people/${t.people.outOfForce.id}`, headers: { ...as(s), 'x-forwarded-for': '203.0.113.9' } });
    const rows = await queryRows<{ action: string; request_id: string; client_address: string; actor_id: string }>(t.database.db,
      sql`select action, request_id, client_address, actor_id from audit_event where entity_id = ${t.people.outOfForce.id} and action = 'person.read'`);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.request_id).toBe(res.headers['x-request-id']);
    expect(rows[0]?.client_address).toBe('127.0.0.1');
    expect(rows[0]?.actor_id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('privilege boundaries', () => {
  it('stops a force administrator from creating a national oversight account', async () => {
    const admin = await t.loginAs('system_administrator');
    const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: as(admin), payload: { email: 'sneaky@test.warrant', displayName: 'Sneaky', roles: ['auditor'], forceId: 'MPS', password: 'long enough password' } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ errors: [{ path: 'roles' }] });
  });

  it('refuses an employment that starts in the future', async () => {
    const hr = await t.loginAs('hr');
    const res = await t.app.inject({ method: 'POST', url: '/api/people', headers: as(hr), payload: { givenNames: 'Future', familyName: 'Starter', sex: 'male', employment: { forceId: 'MPS', role: 'police_staff', startDate: '2099-01-01' } } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ errors: [{ path: 'employment.startDate' }] });
  });
});
