// Journey: an auditor opens the audit trail, sees the latest recorded actions (their own sign-in among them),
// checks that the hash chain is intact and reads the result. Every page on the way is checked with axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { openBrowser, screenshotOnFailure, type BrowserSession } from '../support/browser.js';
import { findDemoLogin, startTestServer, type TestServer } from '../support/server.js';
import { AuditPage } from '../pages/audit.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

describe('an auditor verifies the audit chain', () => {
  let server: TestServer;
  let session: BrowserSession;
  let audit: AuditPage;

  beforeAll(async () => {
    server = await startTestServer();
    session = await openBrowser({ baseURL: server.url });
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  screenshotOnFailure(() => session);

  it('opens Audit and sees the latest events, newest first, their own sign-in among them', async () => {
    const signIn = await SignInPage.open(session.page);
    const header = await signIn.signIn(findDemoLogin(server, ['auditor']));
    await header.goTo('Audit');
    audit = await AuditPage.verifyOnPage(session.page);

    const events = await audit.recentEvents();
    expect(events.length).toBeGreaterThan(0);
    const sequence = events.map((event) => Number(event.seq));
    expect(sequence).toEqual([...sequence].sort((a, b) => b - a));
    expect(events).toContainEqual(expect.objectContaining({ action: 'auth.login', actor: 'Demo auditor' }));
    await expectNoSeriousA11yViolations(session.page);
  });

  it('verifies the chain and is told it is intact', async () => {
    const message = await audit.verifyChain();
    expect(message).toContain('The audit chain is intact');
    expect(message).toMatch(/[\d,]+ events? checked/);
    await expectNoSeriousA11yViolations(session.page);
  });

  it('raised no uncaught error in the web app', () => {
    expect(session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
