// The authorization matrix: every API route × every role × a record in the user's force and one outside it.
// The expectations are written out here, not derived from the policy, so a change to shared/policy.ts that
// widens or narrows access fails this test until the table is deliberately updated.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../shared/roles.js';
import { sql } from 'drizzle-orm';
import { cliContext } from './context.js';
import { queryRows } from './db/client.js';
import { createUser } from './modules/users/user.service.js';
import { createPerson } from './modules/people/person.service.js';
import { startWashRun } from './modules/national-index/data-wash.service.js';
import { insertReviews } from './modules/national-index/data-wash.repo.js';
import { as, createTestApp, TEST_PASSWORD, type Session, type TestApp } from './testing/test-app.js';

type Case = { route: string; expected: Record<Role, string> };

// "in/out": status for a record in the user's force (MPS) / in another force (WMP).
// For searches: "in/out" is whether the MPS person / the WMP-only person appears (seen, hidden) or 403.
const R = (admin: string, psd: string, aa: string, cc: string, vo: string, vm: string, hr: string, analyst: string, auditor: string, chief: string): Record<Role, string> => ({
  system_administrator: admin, psd_investigator: psd, appropriate_authority: aa, counter_corruption: cc, vetting_officer: vo,
  vetting_manager: vm, hr, analyst, auditor, chief_officer: chief,
});

const MATRIX: Case[] = [
  { route: 'GET /api/forces', expected: R('200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200') },
  { route: 'GET /api/people', expected: R('403/403', 'seen/seen', 'seen/seen', 'seen/seen', 'seen/seen', 'seen/seen', 'seen/hidden', '403/403', 'seen/seen', 'seen/hidden') },
  { route: 'GET /api/people/:id', expected: R('403/403', '200/200', '200/200', '200/200', '200/200', '200/200', '200/404', '403/403', '200/200', '200/404') },
  { route: 'POST /api/people', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '201/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/people/:id/employments/:employmentId/end', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '200/404', '403/403', '403/403', '403/403') },
  { route: 'GET /api/users', expected: R('200/200', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/users', expected: R('201/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'PATCH /api/users/:id', expected: R('200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/cases', expected: R('403/403', 'seen/hidden', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', 'seen/seen', 'seen/hidden') },
  { route: 'POST /api/cases', expected: R('403/403', '201/403', '201/403', '201/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/cases/:id', expected: R('403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '200/404') },
  { route: 'GET /api/cases/:id/subjects/:subjectId/history', expected: R('403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/cases/:id/subjects/:subjectId/transitions', expected: R('403/403', '403/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/404') },
  // 409: allowed, but a Regulation 17 notice belongs to the investigation stage.
  { route: 'POST /api/cases/:id/subjects/:subjectId/regulation-17-notice', expected: R('403/403', '409/404', '403/403', '409/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/cases/:id/subjects/:subjectId/restrictions', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/cases/overdue', expected: R('403/403', 'seen/hidden', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403', 'seen/seen', 'seen/hidden') },
  { route: 'GET /api/cases/:id/subjects/:subjectId/comparables', expected: R('403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '200/200', '200/404') },
  { route: 'POST /api/cases/:id/restrictions/:restrictionId/review', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/cases/:id/local-policing-body-reports', expected: R('403/403', '403/403', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  // 409: allowed, but only a public complaint has a complainant to ask for a review.
  { route: 'POST /api/cases/:id/complainant-review', expected: R('403/403', '403/403', '409/404', '409/404', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/classification', expected: R('403/403', '200/200', '200/200', '200/200', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/people/:id/cases', expected: R('403/403', '200/200', '200/200', '200/200', '200/200', '200/200', '403/403', '403/403', '200/200', '403/403') },
  { route: 'GET /api/national-index/checks', expected: R('403/403', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '403/403', '200/200', '403/403') },
  { route: 'GET /api/national-index/entries/:id', expected: R('403/403', '200/200', '200/200', '200/200', '200/200', '200/200', '200/200', '403/403', '200/200', '403/403') },
  { route: 'POST /api/wash-runs', expected: R('403/403', '403/403', '403/403', '202/403', '403/403', '202/403', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/wash-runs', expected: R('403/403', '403/403', '403/403', '200/200', '403/403', '200/200', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/wash-runs/:id', expected: R('403/403', '403/403', '403/403', '200/404', '403/403', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/match-reviews', expected: R('403/403', '403/403', '403/403', 'seen/hidden', 'seen/hidden', 'seen/hidden', '403/403', '403/403', '403/403', '403/403') },
  { route: 'POST /api/match-reviews/:id/decision', expected: R('403/403', '403/403', '403/403', '200/404', '200/404', '200/404', '403/403', '403/403', '403/403', '403/403') },
  { route: 'GET /api/audit/events', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
  { route: 'POST /api/audit/verify', expected: R('403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '403/403', '200/200', '403/403') },
];

// Routes every signed-in user (or anyone) may call; they hold no records to scope.
const UNSCOPED = ['GET /api/health', 'GET /api/session', 'POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/auth/providers', 'GET /api/auth/oidc/start', 'GET /api/auth/oidc/callback'];

let t: TestApp;
let outOfForceUserId: string;
let counter = 0;
let wmpAuthority: Session;

/** An open possible match in a force, as the data wash would leave it. */
async function plantReview(forceId: string, personId: string): Promise<string> {
  counter += 1;
  await insertReviews(t.database.db, [{ kind: 'open_case_elsewhere', forceId, personId, dedupeKey: `matrix-${counter}`, reasons: [] }]);
  const [row] = await queryRows<{ id: string }>(t.database.db, sql`select id from match_review where dedupe_key = ${`matrix-${counter}`}`);
  return row?.id ?? '';
}

/** A fresh case in MPS (in force) or WMP (out of force), so a step taken by one test never blocks the next. */
async function freshCase(side: 'in' | 'out'): Promise<{ id: string; subjectId: string; version: number }> {
  const session = side === 'in' ? await t.loginAs('appropriate_authority') : wmpAuthority;
  const res = await t.app.inject({ method: 'POST', url: '/api/cases', headers: as(session), payload: {
    forceId: side === 'in' ? 'MPS' : 'WMP', source: 'conduct_matter', summary: 'Matrix case', receivedOn: '2025-03-03',
    subjects: [{ personId: side === 'in' ? t.people.inForce.id : t.people.outOfForce.id, allegations: [{ description: 'x', standard: 'confidentiality', iopcCategory: 'information', tags: ['information_misuse'] }] }],
  } });
  if (res.statusCode !== 201) throw new Error(`fresh case: ${res.body}`);
  const c = res.json() as { id: string; version: number; subjects: { id: string }[] };
  return { id: c.id, version: c.version, subjectId: c.subjects[0]?.id ?? '' };
}

beforeAll(async () => {
  t = await createTestApp();
  const wmpUser = await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'hr.wmp@test.warrant', displayName: 'WMP HR', roles: ['hr'], forceId: 'WMP', password: TEST_PASSWORD } });
  outOfForceUserId = wmpUser.id;
  await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'aa.wmp@test.warrant', displayName: 'WMP AA', roles: ['appropriate_authority'], forceId: 'WMP', password: TEST_PASSWORD } });
  wmpAuthority = await t.login('aa.wmp@test.warrant');
});
afterAll(() => t.close());

async function call(route: string, role: Role, side: 'in' | 'out'): Promise<string> {
  const session = await t.loginAs(role);
  const headers = as(session);
  const force = side === 'in' ? 'MPS' : 'WMP';
  const person = side === 'in' ? t.people.inForce : t.people.outOfForce;
  counter += 1;
  switch (route) {
    case 'GET /api/people': {
      const name = side === 'in' ? 'brien' : 'adeyemi';
      const res = await t.app.inject({ method: 'GET', url: `/api/people?name=${name}`, headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      const ids = (res.json() as { items: { id: string }[] }).items.map((i) => i.id);
      return ids.includes(person.id) ? 'seen' : 'hidden';
    }
    case 'GET /api/people/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/people/${person.id}`, headers })).statusCode);
    case 'POST /api/people':
      return String((await t.app.inject({ method: 'POST', url: '/api/people', headers, payload: {
        givenNames: 'Test', familyName: `Person${counter}`, sex: 'male', employment: { forceId: force, role: 'police_staff', startDate: '2020-01-01' },
      } })).statusCode);
    case 'POST /api/users':
      return String((await t.app.inject({ method: 'POST', url: '/api/users', headers, payload: {
        email: `new${counter}@test.warrant`, displayName: 'New', roles: ['hr'], forceId: force, password: 'long enough password',
      } })).statusCode);
    case 'POST /api/people/:id/employments/:employmentId/end': {
      const fresh = await createPerson({ db: t.database.db, ctx: cliContext(), input: {
        givenNames: 'Leaver', familyName: `Number${counter}`, sex: 'female', otherNames: [],
        employment: { forceId: force, role: 'police_staff', startDate: '2015-01-01' },
      } });
      const employmentId = fresh.employments[0]?.id;
      return String((await t.app.inject({ method: 'POST', url: `/api/people/${fresh.id}/employments/${employmentId}/end`, headers, payload: { endDate: '2025-01-31', leavingReason: 'end_of_contract' } })).statusCode);
    }
    case 'GET /api/cases': {
      const c = await freshCase(side);
      const res = await t.app.inject({ method: 'GET', url: '/api/cases?pageSize=100&tag=information_misuse', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { items: { id: string }[] }).items.some((i) => i.id === c.id) ? 'seen' : 'hidden';
    }
    case 'POST /api/cases':
      return String((await t.app.inject({ method: 'POST', url: '/api/cases', headers, payload: {
        forceId: force, source: 'conduct_matter', summary: 'x', receivedOn: '2025-03-03',
        subjects: [{ personId: person.id, allegations: [{ description: 'x', standard: 'confidentiality', iopcCategory: 'information' }] }],
      } })).statusCode);
    case 'GET /api/cases/:id':
      return String((await t.app.inject({ method: 'GET', url: `/api/cases/${(await freshCase(side)).id}`, headers })).statusCode);
    case 'GET /api/cases/:id/subjects/:subjectId/history': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'GET', url: `/api/cases/${c.id}/subjects/${c.subjectId}/history`, headers })).statusCode);
    }
    case 'POST /api/cases/:id/subjects/:subjectId/transitions': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjectId}/transitions`, headers, payload: { action: 'withdraw', version: c.version, rationale: 'r', decidedOn: '2025-03-04' } })).statusCode);
    }
    case 'POST /api/cases/:id/subjects/:subjectId/regulation-17-notice': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjectId}/regulation-17-notice`, headers, payload: {
        version: c.version, servedOn: '2025-03-04',
        contents: { conductDescribed: true, severityStated: true, proceedingsLikely: true, rightToPoliceFriend: true, rightToLegalAdvice: true, rightToRespond: true, harmfulInformationWithheld: false },
      } })).statusCode);
    }
    case 'POST /api/cases/:id/subjects/:subjectId/restrictions': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjectId}/restrictions`, headers, payload: { version: c.version, kind: 'restricted_duties', conditions: 'No public contact', decidedOn: '2025-03-04', reviewOn: '2025-06-04' } })).statusCode);
    }
    case 'GET /api/cases/overdue': {
      await freshCase(side);
      const res = await t.app.inject({ method: 'GET', url: '/api/cases/overdue', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { byForce: { forceId: string }[] }).byForce.some((f) => f.forceId === force) ? 'seen' : 'hidden';
    }
    case 'GET /api/cases/:id/subjects/:subjectId/comparables': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'GET', url: `/api/cases/${c.id}/subjects/${c.subjectId}/comparables`, headers })).statusCode);
    }
    case 'POST /api/cases/:id/restrictions/:restrictionId/review': {
      // The restriction is made by the force's own appropriate authority; the role under test reviews it.
      const c = await freshCase(side);
      const owner = side === 'in' ? await t.loginAs('appropriate_authority') : wmpAuthority;
      const made = await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/subjects/${c.subjectId}/restrictions`, headers: as(owner), payload: { version: c.version, kind: 'suspension', conditions: 'Suspended on full pay', decidedOn: '2025-03-04', reviewOn: '2025-04-04' } });
      const after = made.json() as { version: number; subjects: { restrictions: { id: string }[] }[] };
      const restrictionId = after.subjects[0]?.restrictions[0]?.id;
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/restrictions/${restrictionId}/review`, headers, payload: { version: after.version, reviewedOn: '2025-04-04', decision: 'continue', nextReviewOn: '2025-05-04', rationale: 'Still needed' } })).statusCode);
    }
    case 'POST /api/cases/:id/local-policing-body-reports': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/local-policing-body-reports`, headers, payload: { version: c.version, decidedOn: '2025-03-04', rationale: 'r' } })).statusCode);
    }
    case 'POST /api/cases/:id/complainant-review': {
      const c = await freshCase(side);
      return String((await t.app.inject({ method: 'POST', url: `/api/cases/${c.id}/complainant-review`, headers, payload: { version: c.version, body: 'iopc', requestedOn: '2025-03-04' } })).statusCode);
    }
    case 'GET /api/national-index/checks':
      return String((await t.app.inject({ method: 'GET', url: `/api/national-index/checks?givenNames=${encodeURIComponent(person.givenNames)}&familyName=${encodeURIComponent(person.familyName)}`, headers })).statusCode);
    case 'GET /api/national-index/entries/:id': {
      const { importListEntries } = await import('./modules/national-index/list-entry.service.js');
      await importListEntries({ db: t.database.db, ctx: cliContext(), rows: [{ list: 'barred', given_names: 'Matrix', family_name: `Entry${side}`, reason: 'r', decided_on: '2024-01-01', last_force: force }] });
      const [entry] = await queryRows<{ id: string }>(t.database.db, sql`select id from list_entry where family_name = ${`Entry${side}`}`);
      return String((await t.app.inject({ method: 'GET', url: `/api/national-index/entries/${entry?.id}`, headers })).statusCode);
    }
    case 'POST /api/wash-runs':
      return String((await t.app.inject({ method: 'POST', url: '/api/wash-runs', headers, payload: { forceId: force } })).statusCode);
    case 'GET /api/wash-runs/:id': {
      const run = await startWashRun({ db: t.database.db, ctx: cliContext(), forceId: force });
      return String((await t.app.inject({ method: 'GET', url: `/api/wash-runs/${run.id}`, headers })).statusCode);
    }
    case 'GET /api/match-reviews': {
      const id = await plantReview(force, person.id);
      const res = await t.app.inject({ method: 'GET', url: '/api/match-reviews?status=open', headers });
      if (res.statusCode !== 200) return String(res.statusCode);
      return (res.json() as { id: string }[]).some((r) => r.id === id) ? 'seen' : 'hidden';
    }
    case 'POST /api/match-reviews/:id/decision': {
      const id = await plantReview(force, person.id);
      return String((await t.app.inject({ method: 'POST', url: `/api/match-reviews/${id}/decision`, headers, payload: { decision: 'reject', reason: 'Different person' } })).statusCode);
    }
    case 'GET /api/people/:id/cases':
      return String((await t.app.inject({ method: 'GET', url: `/api/people/${person.id}/cases`, headers })).statusCode);
    case 'PATCH /api/users/:id': {
      const target = side === 'in' ? (await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: t.emailOf('analyst'), password: TEST_PASSWORD } })).json().user.id : outOfForceUserId;
      return String((await t.app.inject({ method: 'PATCH', url: `/api/users/${target}`, headers, payload: { unlock: true } })).statusCode);
    }
    default: {
      const [method, url] = route.split(' ') as ['GET' | 'POST', string];
      return String((await t.app.inject({ method, url, headers })).statusCode);
    }
  }
}

describe('authorization matrix', () => {
  for (const { route, expected } of MATRIX) {
    for (const role of ROLES) {
      it(`${route} as ${role}: ${expected[role]}`, async () => {
        const got = `${await call(route, role, 'in')}/${await call(route, role, 'out')}`;
        expect(got).toBe(expected[role]);
      });
    }
  }

  it('covers every API route the server declares', async () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const declared = Object.entries(spec.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
    const covered = new Set([...MATRIX.map((c) => c.route), ...UNSCOPED]);
    expect(declared.filter((r) => !covered.has(r))).toEqual([]);
    expect(declared.length).toBe(covered.size);
  });

  it('answers 401 problem+json to every protected route without a session', async () => {
    for (const { route } of MATRIX) {
      const [method, url] = route.replace(':id', t.people.inForce.id).replace(':subjectId', t.people.inForce.id).replace(':employmentId', t.people.inForce.id).replace(':restrictionId', t.people.inForce.id).split(' ') as ['GET' | 'POST' | 'PATCH', string];
      const res = await t.app.inject({ method, url, payload: method === 'GET' ? undefined : {} });
      expect(res.statusCode, route).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });

  it('lets a national user of a force-scoped role reach every force', async () => {
    await createUser({ db: t.database.db, ctx: cliContext(), input: { email: 'hr.national@test.warrant', displayName: 'National HR', roles: ['hr'], forceId: null, password: TEST_PASSWORD } });
    const session = await t.login('hr.national@test.warrant');
    const res = await t.app.inject({ method: 'GET', url: `/api/people/${t.people.outOfForce.id}`, headers: as(session) });
    expect(res.statusCode).toBe(200);
  });
});
