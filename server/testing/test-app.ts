// Builds a real app on a fresh test database (PGlite or PostgreSQL per WARRANT_TEST_DB) with a small
// fixture: one user per role in MPS, people employed in MPS and in WMP only. Used by *.api.test.ts.
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../config.js';
import { buildApp } from '../app.js';
import { openTestDatabase } from '../db/test-database.js';
import type { Database } from '../db/client.js';
import { cliContext } from '../context.js';
import { ROLES, type Role } from '../../shared/roles.js';
import type { TPerson } from '../../shared/contracts.js';
import { createUser } from '../modules/users/user.service.js';
import { createPerson } from '../modules/people/person.service.js';

export const TEST_PASSWORD = 'correct horse battery staple';

export type Session = { cookie: string; csrf: string };
export type TestApp = {
  app: FastifyInstance;
  database: Database;
  config: Config;
  logs: string[];
  people: { inForce: TPerson; outOfForce: TPerson };
  emailOf: (role: Role, forceId?: string | null) => string;
  login: (email: string, password?: string) => Promise<Session>;
  loginAs: (role: Role) => Promise<Session>;
  close: () => Promise<void>;
};

export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info', WARRANT_LOGIN_RATE_PER_MINUTE: '1000', ...env });
  const logs: string[] = [];
  const logStream = new Writable({ write(chunk, _enc, done) { logs.push(String(chunk)); done(); } });
  const app = await buildApp({ db: database.db, config, logStream, serveWeb: false });
  const db = database.db;
  const ctx = cliContext();
  const emailOf = (role: Role, forceId: string | null = 'MPS') => `${role}.${forceId ?? 'national'}@test.warrant`.toLowerCase();
  for (const role of ROLES) {
    await createUser({ db, ctx, input: { email: emailOf(role), displayName: role, roles: [role], forceId: 'MPS', password: TEST_PASSWORD } });
  }
  const inForce = await createPerson({ db, ctx, input: {
    givenNames: 'Zoë', familyName: "O'Brien-Smith", dateOfBirth: '1985-03-14', sex: 'female',
    otherNames: [{ kind: 'previous', givenNames: 'Zoë', familyName: 'Kowalski' }],
    employment: { forceId: 'MPS', role: 'police_officer', rank: 'Sergeant', collarNumber: 'MP4411', startDate: '2008-09-01' },
  } });
  const outOfForce = await createPerson({ db, ctx, input: {
    givenNames: 'Tunde', familyName: 'Adeyemi', dateOfBirth: '1979-11-02', sex: 'male', otherNames: [],
    employment: { forceId: 'WMP', role: 'police_officer', rank: 'Constable', collarNumber: 'WM2210', startDate: '2004-01-12' },
  } });

  const login = async (email: string, password = TEST_PASSWORD): Promise<Session> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'warrant_session');
    if (!cookie) throw new Error('no session cookie');
    return { cookie: `warrant_session=${cookie.value}`, csrf: (res.json() as { csrfToken: string }).csrfToken };
  };
  return {
    app,
    database,
    config,
    logs,
    people: { inForce, outOfForce },
    emailOf,
    login,
    loginAs: (role) => login(emailOf(role)),
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

/** Headers for a signed-in request; state-changing requests also carry the CSRF token. */
export const as = (session: Session) => ({ cookie: session.cookie, 'x-csrf-token': session.csrf });
