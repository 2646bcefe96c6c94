// Journey: an investigator signs in, finds a person by part of their name, reads their career, signs out.
// Every page on the way is checked with axe.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import type { AppHeader } from '../pages/app-header.js';
import { PersonSearchPage } from '../pages/person-search.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

// The demo data (server/modules/demo) draws family names from a fixed pool that includes Thompson.
const PARTIAL_NAME = 'thomps';

describe('signing in and searching for a person', () => {
  const journey = useJourney();
  let header: AppHeader;
  let search: PersonSearchPage;

  it('signs in with the PSD investigator demo login', async () => {
    const signIn = await SignInPage.open(journey.session.page);
    await expectNoSeriousA11yViolations(journey.session.page);
    header = await signIn.signIn(findDemoLogin(journey.server, ['psd_investigator', 'hr']));
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('finds people by part of a name', async () => {
    await header.goToPeople();
    search = await PersonSearchPage.verifyOnPage(journey.session.page);
    await expectNoSeriousA11yViolations(journey.session.page);

    await search.searchByName(PARTIAL_NAME);
    const names = await search.resultNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name.toLowerCase()).toContain(PARTIAL_NAME);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it("opens a person and shows their career", async () => {
    const [first] = await search.resultNames();
    expect(first).toBeDefined();
    const person = await search.openPerson(first ?? '');
    expect((await person.name()).toLowerCase()).toContain(PARTIAL_NAME);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('signs out and lands on the sign-in page', async () => {
    await header.signOut();
    await SignInPage.verifyOnPage(journey.session.page);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
