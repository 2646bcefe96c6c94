// Journey: the pages around the tasks. A signed-out user who follows a link to a page is asked to sign in and
// taken back to it; the home page, the accessibility statement, "Page not found" and "You do not have permission"
// pages; and the keyboard's first stop, the skip link. Every page on the way is checked with axe.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { AccessibilityStatementPage } from '../pages/accessibility.page.js';
import { AppFooter } from '../pages/app-footer.js';
import type { AppHeader } from '../pages/app-header.js';
import { HomePage } from '../pages/home.page.js';
import { PersonSearchPage } from '../pages/person-search.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { StatusPage } from '../pages/status.page.js';

describe('access, navigation and error pages', () => {
  const journey = useJourney();
  let header: AppHeader;

  it('asks a signed-out user to sign in, then takes them to the page they asked for', async () => {
    const { page } = journey.session;
    await page.goto('/people');
    const signIn = await SignInPage.verifyOnPage(page);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/people');
    await expectNoSeriousA11yViolations(page);

    header = await signIn.signIn(findDemoLogin(journey.server, ['psd_investigator']));
    await PersonSearchPage.verifyOnPage(page);
    expect(new URL(page.url()).pathname).toBe('/people');
  });

  it('shows the home page with the tasks the user may do', async () => {
    await header.goTo('Home');
    const home = await HomePage.verifyOnPage(journey.session.page);
    expect(await home.taskNames()).toEqual(['Search for a person', 'Work on complaints and misconduct cases', 'Take in complaints from the public', 'See reviews of your decisions', 'Check the Barred and Advisory Lists']);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('is branded as Warrant, not as GOV.UK: no crown, no Crown copyright, no GDS Transport', async () => {
    const { page } = journey.session;
    await expect.poll(() => header.serviceName.count()).toBe(1);
    expect(await page.getByRole('img', { name: 'GOV.UK' }).count()).toBe(0);
    expect(await page.getByText(/Crown copyright|Open Government Licence/).count()).toBe(0);
    const fonts = await page.evaluate(() => ({
      heading: getComputedStyle(document.querySelector('h1') ?? document.body).fontFamily,
      body: getComputedStyle(document.body).fontFamily,
      faces: [...document.fonts].map((face) => face.family),
    }));
    expect(fonts.heading).toMatch(/^system-ui/);
    expect(fonts.body).toMatch(/^system-ui/);
    expect(fonts.faces.filter((family) => family.includes('GDS Transport'))).toEqual([]);
  });

  it('links every page to the accessibility statement and the API documentation', async () => {
    const footer = new AppFooter(journey.session.page);
    const apiDocs = await footer.apiDocumentationLink.getAttribute('href');
    expect(apiDocs).toBe('/api/docs');
    expect((await journey.session.page.request.get(apiDocs ?? '')).status()).toBe(200);

    await footer.accessibilityLink.click();
    const statement = await AccessibilityStatementPage.verifyOnPage(journey.session.page);
    await statement.section('Reporting a problem with accessibility').waitFor();
    expect(await journey.session.page.title()).toBe('Accessibility statement – Warrant');
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('shows "Page not found" for an address that does not exist', async () => {
    await journey.session.page.goto('/no-such-page');
    await StatusPage.verifyNotFound(journey.session.page);
    expect(await journey.session.page.title()).toBe('Page not found – Warrant');
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('makes the skip link the first tab stop, and it moves focus to the main content', async () => {
    const { page } = journey.session;
    await HomePage.open(page);
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    expect(await skipLink.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main-content');
  });

  it('shows "You do not have permission" to a user whose role cannot search people', async () => {
    await header.signOut();
    const signIn = await SignInPage.verifyOnPage(journey.session.page);
    header = await signIn.signIn(findDemoLogin(journey.server, ['analyst']));
    expect(await header.navLink('People').count()).toBe(0);

    await journey.session.page.goto('/people');
    await StatusPage.verifyForbidden(journey.session.page);
    expect(await journey.session.page.title()).toBe('You do not have permission to view this page – Warrant');
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
