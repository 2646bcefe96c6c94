// The lifecycle every browser journey shares: one Warrant server and one browser for the spec file, started
// before its tests and closed after them, with a screenshot of each open page when a test fails.
import { afterAll, beforeAll } from 'vitest';
import { openBrowser, screenshotOnFailure, type BrowserSession } from './browser.js';
import { startTestServer, type TestServer } from './server.js';

export type Journey = { readonly server: TestServer; readonly session: BrowserSession };

export function useJourney(): Journey {
  let server: TestServer | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    session = await openBrowser({ baseURL: server.url });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  screenshotOnFailure(() => session);
  return {
    get server() {
      if (!server) throw new Error('the journey has not started: use it inside a test or hook');
      return server;
    },
    get session() {
      if (!session) throw new Error('the journey has not started: use it inside a test or hook');
      return session;
    },
  };
}
