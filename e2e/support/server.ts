// Starts the real Warrant server for browser tests: a free loopback port, an in-memory PGlite database with
// the demo data, and the built web app (scripts/test.sh runs `vite build` first).
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Role } from '../../shared/roles.js';
import { WEB_ROOT } from '../../server/app.js';
import { startServer } from '../../server/main.js';

export type TestServer = Awaited<ReturnType<typeof startServer>>;
export type DemoLogin = TestServer['demoLogins'][number];

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export async function startTestServer(): Promise<TestServer> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(`the web app is not built (no ${WEB_ROOT}/index.html): run \`npx vite build\` first (npm test does)`);
  }
  const port = await findFreePort();
  return startServer({ port, host: '127.0.0.1', database: 'memory', seedDemo: true, logLevel: 'warn' });
}

/** The demo login of the first of `roles` that the demo data has one for. */
export function findDemoLogin(server: TestServer, roles: readonly Role[]): DemoLogin {
  for (const role of roles) {
    const login = server.demoLogins.find((l) => l.role === role);
    if (login) return login;
  }
  const available = server.demoLogins.map((l) => l.role).join(', ');
  throw new Error(`the demo data has no login for any of ${roles.join(', ')} (it has: ${available})`);
}
