// Journey: an auditor opens the audit trail, sees the latest recorded actions (their own sign-in among them),
// checks that the hash chain is intact and reads the result. Every page on the way is checked with axe.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { AuditPage } from '../pages/audit.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

describe('an auditor verifies the audit chain', () => {
  const journey = useJourney();
  let audit: AuditPage;

  it('opens Audit and sees the latest events, newest first, their own sign-in among them', async () => {
    const signIn = await SignInPage.open(journey.session.page);
    const header = await signIn.signIn(findDemoLogin(journey.server, ['auditor']));
    await header.goTo('Audit');
    audit = await AuditPage.verifyOnPage(journey.session.page);

    const events = await audit.recentEvents();
    expect(events.length).toBeGreaterThan(0);
    const sequence = events.map((event) => Number(event.seq));
    expect(sequence).toEqual([...sequence].sort((a, b) => b - a));
    expect(events).toContainEqual(expect.objectContaining({ action: 'auth.login', actor: 'Demo auditor' }));
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('verifies the chain and is told it is intact', async () => {
    const message = await audit.verifyChain();
    expect(message).toContain('The audit chain is intact');
    expect(message).toMatch(/[\d,]+ events? checked/);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
