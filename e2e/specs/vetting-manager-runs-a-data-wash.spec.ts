// Journey: a vetting manager in the Metropolitan Police Service washes the force's workforce against the Barred and
// Advisory Lists, follows the run to the end, and reviews what it found: one possible match (same name, a date of
// birth one digit out) rejected with a reason, after being told the reason is needed, and one match confirmed. Then
// the progress page is shown refreshing itself while a run is going, and an applicant is checked against the lists.
// Two entries are imported for two serving MPS officers before the journey, as `warrant import` would (the lists
// are kept by the College of Policing; there is no API to add entries). The demo data's own lists already hold one
// serving MPS officer under a variant of their given name (server/modules/demo/demo-lists.ts): the wash finds that
// match too, and it stays in the queue.
// Every page on the way is checked with axe.
import type { Page } from 'playwright-core';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TPersonSearchResult, TPersonSummary } from '../../shared/contracts.js';
import { cliContext } from '../../server/context.js';
import { queryRows } from '../../server/db/client.js';
import { runWash, startWashRun } from '../../server/modules/national-index/data-wash.service.js';
import { importListEntries } from '../../server/modules/national-index/list-entry.service.js';
import { signInToApi } from '../support/api.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { useJourney } from '../support/journey.js';
import { findDemoLogin } from '../support/server.js';
import { WashRunPage, WashRunsPage } from '../pages/data-wash.page.js';
import { goToSection } from '../pages/govuk-content.js';
import { ListCheckPage } from '../pages/list-check.page.js';
import { MatchReviewsPage } from '../pages/match-review.page.js';
import { SignInPage } from '../pages/sign-in.page.js';
import { longDate } from '../support/dates.js';

const MPS = 'Metropolitan Police Service';
/** The same date of birth with the year's last digit mistyped: one digit different. */
const oneDigitOut = (iso: string): string => {
  const last = Number(iso.charAt(3));
  return `${iso.slice(0, 3)}${last === 9 ? 8 : last + 1}${iso.slice(4)}`;
};
const nameOf = (person: TPersonSummary) => `${person.givenNames} ${person.familyName}`;
/** This journey's two, and the demo data's variant-name match. */
const MATCHES = 3;

describe('a vetting manager runs a data wash and reviews what it found', () => {
  const journey = useJourney();
  let page: Page;
  let workforce: number;
  // Two serving MPS officers: one with a Barred List entry one digit out on the date of birth (a possible match),
  // one exactly on the Advisory List (a match).
  let possible: TPersonSummary & { dateOfBirth: string };
  let certain: TPersonSummary & { dateOfBirth: string };
  let possibleName: string;
  let certainName: string;
  let demoName: string;

  beforeAll(async () => {
    page = journey.session.page;
    const api = await signInToApi(journey.server.url, findDemoLogin(journey.server, ['vetting_manager']));
    try {
      const { items } = await api.get<TPersonSearchResult>('/api/people?forceId=MPS&pageSize=100');
      const serving = items.filter((p): p is TPersonSummary & { dateOfBirth: string } => p.currentForceId === 'MPS' && p.dateOfBirth !== null);
      const [first, second] = serving;
      if (!first || !second) throw new Error('the demo data has fewer than two serving MPS officers');
      [possible, certain] = [first, second];
    } finally {
      await api.close();
    }
    possibleName = nameOf(possible);
    certainName = nameOf(certain);
    const db = journey.server.database.db;
    const imported = await importListEntries({ db, ctx: cliContext(), rows: [
      { list: 'barred', given_names: possible.givenNames, family_name: possible.familyName, date_of_birth: oneDigitOut(possible.dateOfBirth), last_force: 'KEN', role: 'Constable', reason: 'Discreditable conduct: dishonesty', decided_on: '2023-06-30' },
      { list: 'advisory', given_names: certain.givenNames, family_name: certain.familyName, date_of_birth: certain.dateOfBirth, last_force: 'WMP', role: 'Police staff', reason: 'Resigned while under investigation for corruption', decided_on: '2024-02-12' },
    ] });
    expect(imported).toMatchObject({ imported: 2, rejected: [] });
    // Counted here independently of the wash: everyone with a current MPS employment.
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from person p where exists (select 1 from employment e where e.person_id = p.id and e.force_id = 'MPS' and e.end_date is null)`);
    workforce = row?.n ?? 0;
    expect(workforce).toBeGreaterThan(2);
  });

  it('starts a data wash of the force and follows it to the end', async () => {
    const signIn = await SignInPage.open(page);
    await signIn.signIn(findDemoLogin(journey.server, ['vetting_manager']));
    await goToSection(page, 'Data wash');
    const runs = await WashRunsPage.verifyOnPage(page);
    expect(await runs.emptyMessage()).toBe('No data wash has been run yet.');
    await expectNoSeriousA11yViolations(page);

    const start = await runs.start();
    expect(await start.summary()).toEqual({ Workforce: MPS });
    await expectNoSeriousA11yViolations(page);

    const run = await start.start(MPS);
    expect(new URL(page.url()).pathname).toMatch(/^\/data-wash\/[0-9a-f-]{36}$/);
    await expect.poll(() => run.statusText(), { timeout: 30_000 }).toBe(`Completed: ${workforce} of ${workforce} people checked, ${MATCHES} possible matches found.`);
    expect(await run.status.getAttribute('aria-live')).toBe('polite');
    expect(await run.progress.getAttribute('value')).toBe('100');
    expect(await run.summary()).toMatchObject({ Status: 'Completed', Workforce: MPS, 'People checked': `${workforce} of ${workforce}`, 'Possible matches found': String(MATCHES) });
    expect((await run.summary()).Finished).not.toBe('Not yet');
    await expectNoSeriousA11yViolations(page);
  });

  it('rejects the possible match, after being told a reason is needed', async () => {
    const run = await WashRunPage.verifyOnPage(page, MPS);
    await run.reviewLink().click();
    let queue = await MatchReviewsPage.verifyOnPage(page);
    expect(new URL(page.url()).searchParams.get('washRunId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await queue.heading2()).toBe(`${MATCHES} possible matches`);
    const rows = await queue.rows();
    expect(rows.filter(([name]) => name === certainName || name === possibleName)).toEqual([
      [certainName, longDate(certain.dateOfBirth), 'Barred or Advisory List entry', '12', 'Match', 'To review'],
      [possibleName, longDate(possible.dateOfBirth), 'Barred or Advisory List entry', '7.5', 'Possible match', 'To review'],
    ]);
    // The demo's: given name a variant (+2.5), family name and date of birth exact.
    const demo = rows.filter(([name]) => name !== certainName && name !== possibleName);
    expect(demo.map((row) => row.slice(2))).toEqual([['Barred or Advisory List entry', '11.5', 'Match', 'To review']]);
    demoName = demo[0]?.[0] ?? '';
    await expectNoSeriousA11yViolations(page);

    const review = await queue.open(possibleName);
    expect(await review.register()).toMatchObject({ Name: possibleName, 'Date of birth': longDate(possible.dateOfBirth), Force: MPS });
    expect(await review.otherTitle()).toBe('On the Barred List');
    expect(await review.other()).toEqual({
      Name: possibleName,
      'Other names': 'None recorded',
      'Date of birth': longDate(oneDigitOut(possible.dateOfBirth)),
      Force: 'Kent Police (last force)',
      'Role or rank': 'Constable',
      Reason: 'Discreditable conduct: dishonesty',
      'Date of decision': '30 June 2023',
    });
    expect(await review.explanationRows()).toEqual([
      ['Family name', 'Exact', '+4'],
      ['Given name', 'Exact', '+3'],
      ['Date of birth', 'One digit different', '+0.5'],
      ['Score', '10 or more is a match; 6 to 10 is a possible match for a person to review', '7.5'],
    ]);
    await expectNoSeriousA11yViolations(page);

    await review.decide('No, they are different people', '');
    expect(await review.errorSummary.messages()).toEqual(['Enter why they are not the same person']);
    expect(await review.errorSummary.isFocused()).toBe(true);
    expect(await page.title()).toBe(`Error: Possible match: ${possibleName} – Warrant`);
    await expectNoSeriousA11yViolations(page);

    await review.decide('No, they are different people', 'Passport shows a different year of birth; never served in Kent.');
    queue = await MatchReviewsPage.verifyOnPage(page);
    expect(await queue.successMessage()).toBe(`Possible match rejected: ${possibleName}`);
    // Back on the queue of this wash, with only the matches left to review.
    expect(new URL(page.url()).searchParams.get('washRunId')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await queue.rows()).map((row) => row[0])).toEqual([certainName, demoName]);
    await expectNoSeriousA11yViolations(page);
  });

  it('confirms the match, and finds both decisions with their status', async () => {
    let queue = await MatchReviewsPage.verifyOnPage(page);
    const review = await queue.open(certainName);
    expect(await review.otherTitle()).toBe('On the Advisory List');
    expect(await review.explanationRows()).toEqual([
      ['Family name', 'Exact', '+4'],
      ['Given name', 'Exact', '+3'],
      ['Date of birth', 'Exact', '+5'],
      ['Score', '10 or more is a match; 6 to 10 is a possible match for a person to review', '12'],
    ]);
    await review.decide('Yes, they are the same person', 'Same date of birth and WMP employment on the application.');
    queue = await MatchReviewsPage.verifyOnPage(page);
    expect(await queue.successMessage()).toBe(`Possible match confirmed: ${certainName}`);
    expect(await queue.heading2()).toBe('1 possible match');
    expect((await queue.rows()).map((row) => row[0])).toEqual([demoName]);
    await expectNoSeriousA11yViolations(page);

    queue = await queue.filterByStatus('Any status');
    expect((await queue.rows()).map((row) => [row[0], row[5]])).toEqual([[certainName, 'Confirmed'], [demoName, 'To review'], [possibleName, 'Rejected']]);
    await expectNoSeriousA11yViolations(page);
  });

  it('shows a run’s progress page refreshing itself until the wash has finished', async () => {
    const db = journey.server.database.db;
    // A run that has started but not yet done any work, as if the server were busy; the test then runs it.
    const pending = await startWashRun({ db, ctx: cliContext(), forceId: 'MPS' });
    await page.goto(`/data-wash/${pending.id}`);
    const run = await WashRunPage.verifyOnPage(page, MPS);
    expect(await run.statusText()).toBe('Running: about 0% of the workforce checked so far.');
    expect(await run.summary()).toMatchObject({ Status: 'Running', Finished: 'Not yet', 'People checked': `0 of ${workforce}` });
    await expectNoSeriousA11yViolations(page);
    // Marks this page load: if the page were reloaded rather than refreshed in place, the mark would be gone.
    await page.evaluate(() => document.body.setAttribute('data-test-mark', 'before'));

    await runWash({ db, runId: pending.id });
    await expect.poll(() => run.statusText(), { timeout: 15_000 }).toBe(`Completed: ${workforce} of ${workforce} people checked, ${MATCHES} possible matches found.`);
    expect(await page.evaluate(() => document.body.getAttribute('data-test-mark'))).toBe('before');
    expect(await run.reviewLink().innerText()).toBe(`Review the ${MATCHES} possible matches`);
    await expectNoSeriousA11yViolations(page);

    await goToSection(page, 'Data wash');
    const runs = await WashRunsPage.verifyOnPage(page);
    expect((await runs.rows()).map((row) => row.slice(1))).toEqual([
      [MPS, 'Completed', `${workforce} of ${workforce} people checked (100%)`, String(MATCHES)],
      [MPS, 'Completed', `${workforce} of ${workforce} people checked (100%)`, String(MATCHES)],
    ]);
  });

  it('checks an applicant against the lists and opens the entry found', async () => {
    await goToSection(page, 'List checks');
    const check = await ListCheckPage.verifyOnPage(page);
    await expectNoSeriousA11yViolations(page);

    await check.submit();
    expect(await check.errorSummary.messages()).toEqual(['Enter the given names', 'Enter the family name']);
    await expectNoSeriousA11yViolations(page);

    const [year = '', month = '', day = ''] = possible.dateOfBirth.split('-');
    await check.check({ givenNames: possible.givenNames, familyName: possible.familyName, dateOfBirth: { day, month, year } });
    await check.resultHeading.waitFor();
    expect(await check.result()).toBe('Result: Possible match');
    expect(await check.summaryText()).toBe(`${possibleName}, born ${longDate(possible.dateOfBirth)} checked against the Barred and Advisory Lists. 1 entry found, highest score first.`);
    const title = `1. ${possibleName}, Barred List`;
    expect(await check.entryTitles()).toEqual([title]);
    expect(await check.cardSummary(title)).toMatchObject({ Result: 'Possible match score 7.5', 'Date of birth': longDate(oneDigitOut(possible.dateOfBirth)), 'Last force': 'Kent Police' });
    expect((await check.cardExplanation(title)).map((row) => row[2])).toEqual(['+4', '+3', '+0.5', '7.5']);
    await expectNoSeriousA11yViolations(page);

    const entry = await check.openEntry(title, possibleName);
    expect(await entry.caption()).toBe('Barred List entry');
    expect(await entry.summary()).toMatchObject({
      List: 'Barred List', 'Date of birth': longDate(oneDigitOut(possible.dateOfBirth)), 'Last force': 'Kent Police', Reason: 'Discreditable conduct: dishonesty',
      'Date of decision': '30 June 2023', Source: 'Imported from the list',
    });
    await expectNoSeriousA11yViolations(page);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
