// Journey: a vetting manager makes the year's randomised re-vetting draw (2024 APP). From the vetting home page they
// open the draw page, get the share wrong and are told so, check the draw before making it (it cannot be redone
// for the year), make it, and follow the result to the open reviews the draw opened. Trying the same year again is
// refused. Then they record a national security clearance (SC) on a person's vetting file, where it shows as
// recorded, not managed. Every page is checked with axe.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TRandomRevettingDrawList } from '../../shared/vetting-contracts.js';
import { signInToApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { RandomRevettingPage } from '../pages/random-revetting.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { VettingFormPage } from '../pages/vetting-form.page.js';
import { VettingHomePage } from '../pages/vetting-home.page.js';

const PERSON_ID = '00000000-0000-4000-8000-000000000001';
const thisYear = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric' }).format(new Date()));

describe('a vetting manager makes the randomised re-vetting draw', () => {
  const journey = useJourney();
  let manager: Page;
  // The draw is once per force and year: use the latest year the demo data has not drawn for.
  let year = thisYear;

  beforeAll(async () => {
    manager = journey.session.page;
    const login = findDemoLogin(journey.server, ['vetting_manager']);
    expect(login.forceId).toBe('MPS');
    const api = await signInToApi(journey.server.url, login);
    try {
      const drawn = new Set((await api.get<TRandomRevettingDrawList>('/api/vetting/random-revetting')).items.filter((d) => d.forceId === 'MPS').map((d) => d.year));
      while (drawn.has(year)) year -= 1;
      expect(year).toBeGreaterThanOrEqual(2020);
    } finally {
      await api.close();
    }
  });

  it('opens the draw page from the vetting home page, with this year and 5% to start from', async () => {
    const header = await (await SignInPage.open(manager)).signIn(findDemoLogin(journey.server, ['vetting_manager']));
    await header.goTo('Vetting');
    await VettingHomePage.verifyOnPage(manager);
    await manager.getByRole('main').getByRole('link', { name: 'Randomised re-vetting: this year’s draw and past draws', exact: true }).click();
    const page = await RandomRevettingPage.verifyOnPage(manager);
    expect(await page.textValue('Year')).toBe(String(thisYear));
    expect(await page.textValue('Share to re-vet')).toBe('5%');
    await expectNoSeriousA11yViolations(manager);
  });

  it('refuses a share that is not a percentage, then checks the draw before making it', async () => {
    const page = await RandomRevettingPage.verifyOnPage(manager);
    await page.fillText('Share to re-vet', '0');
    await page.press('Continue');
    expect(await page.errorSummary.messages()).toEqual(['Share to re-vet must be a percentage above 0 and at most 100, like 5%']);
    expect(await manager.title()).toMatch(/^Error: Randomised re-vetting/);
    await expectNoSeriousA11yViolations(manager);

    await page.fillText('Year', String(year));
    await page.fillText('Share to re-vet', '5%');
    await page.press('Continue');
    await page.checkHeading.waitFor();
    expect(await page.warning.innerText()).toContain(`This cannot be redone for ${year}.`);
    await expectNoSeriousA11yViolations(manager);
  });

  it('makes the draw, lists it, and links to the reviews it opened', async () => {
    const page = await RandomRevettingPage.verifyOnPage(manager);
    await page.press('Make the draw');
    await page.resultPanel.waitFor();
    const panel = await page.resultPanel.innerText();
    expect(panel).toContain(`The ${year} draw is made`);
    const [, picked = '0', eligible = '0'] = /(\d+) (?:person|people) picked of (\d+) eligible/.exec(panel) ?? [];
    expect(Number(eligible)).toBeGreaterThan(0);
    expect(Number(picked)).toBe(Math.ceil(Number(eligible) * 0.05));
    expect((await page.drawRows()).find((row) => row.year === String(year))).toEqual({ year: String(year), share: '5%', eligible, picked });
    await expectNoSeriousA11yViolations(manager);

    await manager.getByRole('main').getByRole('link', { name: 'See the open random re-vetting reviews', exact: true }).click();
    const reviews = manager.getByRole('main');
    await reviews.getByRole('heading', { level: 1, name: 'Open vetting reviews: randomised re-vetting', exact: true }).waitFor();
    const triggers = await reviews.getByRole('table').getByRole('row').evaluateAll((rows) => rows.slice(1).map((row) => row.querySelectorAll('td')[2]?.textContent ?? ''));
    expect(triggers.length).toBeGreaterThanOrEqual(Number(picked));
    expect(triggers.every((text) => text.startsWith('Randomised re-vetting'))).toBe(true);
    await expectNoSeriousA11yViolations(manager);
  });

  it('refuses a second draw for the same year', async () => {
    await manager.goto(`/vetting/random-revetting?year=${year}&share=10%25`);
    const page = await RandomRevettingPage.verifyOnPage(manager);
    expect(await page.textValue('Year')).toBe(String(year));
    await page.press('Continue');
    await page.press('Make the draw');
    expect(await page.errorSummary.messages()).toEqual([`The ${year} draw for MPS has already been made`]);
    expect(await page.textValue('Share to re-vet')).toBe('10%');
    await expectNoSeriousA11yViolations(manager);
  });

  it('records a national security clearance on a person’s vetting file, shown as recorded and not managed', async () => {
    await manager.goto(`/people/${PERSON_ID}`);
    await manager.getByRole('main').getByRole('link', { name: 'Record a national security clearance', exact: true }).click();
    const form = await VettingFormPage.verifyOnPage(manager, 'Record a national security clearance');
    await expectNoSeriousA11yViolations(manager);
    await form.press('Record the clearance');
    expect(await form.errorSummary.messages()).toEqual([
      'Select the national security clearance held',
      'Enter the date the clearance was granted',
      'Enter the sponsoring body and its reference',
    ]);
    await expectNoSeriousA11yViolations(manager);
    await form.choose('Clearance held', 'Security Check (SC)');
    await form.fillDate('Date granted', `${thisYear - 1}-05-01`);
    await form.fillDate('Expiry date (optional)', `${thisYear + 4}-05-01`);
    await form.fillText('Sponsoring body and reference', 'Counter Terrorism Policing, NSV/0413');
    await form.press('Record the clearance');

    const clearances = manager.getByRole('main').getByRole('table', { name: 'Vetting clearances', exact: true });
    const row = clearances.getByRole('row').filter({ hasText: 'National security clearance (recorded, not managed here)' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Sponsor: Counter Terrorism Policing, NSV/0413');
    expect((await row.getByRole('cell').first().innerText()).startsWith('SC')).toBe(true);
    await expectNoSeriousA11yViolations(manager);
  });
});
