// Journey: a hand-made Chicago-format sample (server/modules/real-data/fixtures/sample-chicago: fictional officers)
// is imported with the importer `warrant import --format chicago` runs; a national analyst opens "Imported data",
// chooses the imported US force, reads the data-quality flags the sample was made with, each figure on all rows and
// without flagged rows (the same numbers the API gives, small ones hidden), the charts and the report's CSV. A chief
// officer sees their own force only. Axe on every page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TRealDataFigures } from '../../shared/real-data-contracts.js';
import { cliContext } from '../../server/context.js';
import { importChicago } from '../../server/modules/real-data/chicago-import.service.js';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { RealDataPage } from '../pages/real-data.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

const SAMPLE = resolve('server/modules/real-data/fixtures/sample-chicago');
const FLAGS = 'What an analyst should question before trusting the figures';

describe('an analyst reads the figures on imported data', () => {
  const journey = useJourney();
  let realData: RealDataPage;

  it('imports the sample as a force beyond England and Wales, then finds it from the menu', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'warrant-e2e-real-data-'));
    try {
      const report = await importChicago({
        database: journey.server.database, ctx: cliContext(), forceId: 'CHI', forceName: 'Chicago Police Department (sample)', jurisdiction: 'us-il',
        files: { roster: join(SAMPLE, 'roster.csv'), complaints: join(SAMPLE, 'complaints.csv'), accused: join(SAMPLE, 'accused.csv') }, rejectionsFile: join(dir, 'rejections.csv'),
      });
      expect(report.rejected).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const page = journey.session.page;
    const signIn = await SignInPage.open(page);
    await signIn.signIn(findDemoLogin(journey.server, ['analyst']));
    realData = await RealDataPage.openFromMenu(page);
    expect(await page.getByRole('main').getByText('Choose a force to see its figures.').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page);
    realData = await realData.chooseForce('Chicago Police Department (sample) (CHI, us-il)');
    expect(new URL(page.url()).search).toBe('?forceId=CHI');
    expect(await realData.scope.innerText()).toBe('Chicago Police Department (sample) (CHI, us-il): cases received 1 January 2001 to 31 December 2003.');
    await expectNoSeriousA11yViolations(page);
  });

  it('shows the data-quality flags the sample was made with, and what "without flagged rows" leaves out', async () => {
    expect(await realData.row(FLAGS, 'Incident date after the complaint date')).toEqual(['2', 'Yes']);
    expect(await realData.row(FLAGS, 'Closed before the complaint was made')).toEqual(['1', 'Yes']);
    expect(await realData.row(FLAGS, 'The category is a placeholder ("In Process-Allegation Pending") or missing')).toEqual(['2', 'Yes']);
    expect(await realData.row(FLAGS, 'Accused officer not on the roster: made a new person from the accused rows; leaving date unknown')).toEqual(['5', 'Yes']);
    expect((await realData.row(FLAGS, 'Resigned before the latest appointment: a re-hire whose earlier service is not recorded (informative only)'))[1]).toBe('No (informative)');
    expect(await realData.row(FLAGS, 'Rows naming no usable officer (for example UNKNOWN): rejected at import, counted')).toEqual(['3', 'Not imported']);
    expect(await realData.chart(/^Rows flagged for data quality/).getAttribute('aria-label')).toContain('Incident date after the complaint date: 2');
  });

  it('shows each figure on all rows and without flagged rows, as the API gives them, small numbers hidden', async () => {
    const page = journey.session.page;
    const figures = await page.evaluate(async () => (await fetch('/api/real-data/figures?forceId=CHI')).json() as Promise<TRealDataFigures>);
    const all = figures.all.repeatByAllegations.total.people.value;
    const without = figures.withoutFlagged.repeatByAllegations.total.people.value;
    expect(all).toBe(24);
    expect(without).toBeLessThan(24);
    expect((await realData.row('People by number of allegations', 'All')).slice(0, 2)).toEqual([String(all), String(without)]);
    // The top 1%, 5% and 10% of 24 subjects are 1, 2 and 3 officers: their shares are not shown, as Insight hides a
    // count under 5; the totals are.
    for (const [top, subjects] of [['Top 1%', '1'], ['Top 5%', '2'], ['Top 10%', '3']] as const) {
      expect(await realData.row('Share of allegations of the subjects with the most allegations', top)).toEqual([subjects, 'Not shown: fewer than 5 subjects', 'Not shown: fewer than 5 subjects']);
    }
    expect(await page.getByRole('main').getByText(`24 subjects and ${figures.all.concentration.allegations} allegations in all`).isVisible()).toBe(true);
    const decided = figures.all.caseToAnswer.byCategory.total?.decided.value;
    expect((await realData.row('Allegations by IOPC category', 'All allegations'))[0]).toBe(String(decided));
    expect((await realData.row('Workforce and accused by ethnicity', 'White'))[2]).toBe('Reference');
    const cells = (await page.getByRole('main').getByRole('cell').allInnerTexts()).join(' ');
    expect(cells).toContain('<5');
    expect(cells).not.toMatch(/NaN|Infinity|undefined/);
    const chart = realData.chart(/^People by number of allegations, all rows against without flagged rows/);
    expect(await chart.getAttribute('aria-label')).toContain(`1 allegation: ${figures.all.repeatByAllegations.bands[0]?.people.value ?? 'not shown'}`);
    await expect.poll(() => chart.locator('svg').count()).toBe(1);
    expect(await realData.chart(/^Relative rate index of being accused per head, against White/).count()).toBe(1);
    expect(await realData.chart(/^People alerted by each early-warning rule/).count()).toBe(1);
    await expectNoSeriousA11yViolations(page);
  });

  it('downloads a figure as the CSV `warrant report` writes, rows marked all and without_flagged', async () => {
    const href = await realData.csvLink('Data quality').getAttribute('href');
    expect(href).toBe('/api/real-data/figures.csv?forceId=CHI&figure=data-quality');
    const response = await journey.session.page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    }, href ?? '');
    expect(response.status).toBe(200);
    expect(response.type).toContain('text/csv');
    expect(response.text).toContain('incident_after_complaint,2,yes,');
    const repeat = await journey.session.page.evaluate(async () => (await fetch('/api/real-data/figures.csv?forceId=CHI&figure=repeat-distribution')).text());
    expect(repeat).toMatch(/\nwithout_flagged,allegations,all,/);
  });

  it('keeps a chief officer to their own force', async () => {
    const page = journey.session.page;
    await page.context().clearCookies();
    const signIn = await SignInPage.open(page);
    const chief = findDemoLogin(journey.server, ['chief_officer']);
    await signIn.signIn(chief);
    await page.goto(`${journey.server.url}/real-data?forceId=CHI`);
    realData = await RealDataPage.verifyOnPage(page);
    expect(await realData.chooser.count()).toBe(0);
    await realData.scope.or(page.getByRole('main').getByText(/has no case with a subject/)).first().waitFor();
    expect(await page.getByRole('main').innerText()).not.toContain('Chicago Police Department (sample)');
    await expectNoSeriousA11yViolations(page);
  });
});
