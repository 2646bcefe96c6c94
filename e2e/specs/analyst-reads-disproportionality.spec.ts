// Journey: a national analyst opens Insight, chooses 2025 (the demo's closed cases outside MPS), reads the
// disproportionality table with its forest plot and definitions, sees small numbers hidden, reads the
// case-to-answer and closure charts, downloads the CSV, narrows to one force and role, and cannot reach the named
// people behind the figures. Axe on every page.
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../support/axe.js';
import { findDemoLogin } from '../support/server.js';
import { useJourney } from '../support/journey.js';
import { InsightPage } from '../pages/insight.page.js';
import { SignInPage } from '../pages/sign-in.page.js';

const ETHNICITY = 'People at each stage by ethnicity';

describe('an analyst reads disproportionality', () => {
  const journey = useJourney();
  let insight: InsightPage;

  it('opens Insight from the menu and chooses 2025 for every force', async () => {
    const page = journey.session.page;
    const signIn = await SignInPage.open(page);
    await signIn.signIn(findDemoLogin(journey.server, ['analyst']));
    insight = await InsightPage.openFromMenu(page);
    insight = await insight.choose({ year: '2025' });
    expect(new URL(page.url()).search).toBe('?year=2025&years=1&role=all');
    expect(await insight.scope.innerText()).toBe('All forces, 1 January 2025 to 31 December 2025, officers and staff.');
    await expectNoSeriousA11yViolations(page);
  });

  it('reads the counts, rates and ratios at each stage, with the forest plot and its definition', async () => {
    const page = journey.session.page;
    const [people, share, perHead] = await insight.stageRow(ETHNICITY, 'Subject of an allegation', 'Black');
    expect(Number(people)).toBeGreaterThanOrEqual(5);
    expect(share).toMatch(/^\d+\.\d% \(\d+\.\d% to \d+\.\d%\)$/);
    expect(perHead).toMatch(/^\d+\.\d\d \(\d+\.\d\d to \d+\.\d\d\)$/);
    expect(await insight.stageRow(ETHNICITY, 'Subject of an allegation', 'White')).toEqual([expect.stringMatching(/^\d+$/), expect.any(String), 'Reference', 'Reference']);
    const chart = insight.chart(/^Relative rate index against White of reaching each stage/);
    expect(await chart.getAttribute('aria-label')).toContain('Subject of an allegation: Black');
    await expect.poll(() => chart.locator('svg').count()).toBe(1);
    expect(await page.getByRole('main').getByText(/The workforce is everyone with an employment of the chosen roles/).first().isVisible()).toBe(true);
    // Small numbers: "<5" and the cells hidden with them, never a NaN or an infinite ratio.
    const cells = await insight.columnTexts(ETHNICITY);
    expect(cells).toContain('<5');
    expect(cells).toContain('[c]');
    expect(cells.join(' ')).not.toMatch(/NaN|Infinity/);
    // The other figures have their charts too: the yearly trend, the repeat histogram and the days to each step.
    expect(await insight.chart(/^Relative rate index against White of being the subject of an allegation, per head, year by year from 2021 to 2025/).count()).toBe(1);
    expect((await insight.columnTexts('Subject of an allegation: rate per head against White (95% CI), by year')).length).toBeGreaterThan(0);
    expect(await insight.chart(/^Bar chart of people by number of allegations/).count()).toBe(1);
    expect(await insight.chart(/^Days from receipt to each step, all categories/).getAttribute('aria-label')).toContain('Severity assessed: median');
    await expectNoSeriousA11yViolations(page);
  });

  it('sees the case-to-answer rates against all allegations and the days to closure drawn, with what is left out said', async () => {
    const tags = insight.chart(/^Case-to-answer rate by thematic tag with 95% confidence intervals/);
    const label = (await tags.getAttribute('aria-label')) ?? '';
    expect(label).toMatch(/dashed line: all allegations \d+\.\d%\. /);
    expect(label).toMatch(/Sexual harassment \d+\.\d% \(\d+\.\d% to \d+\.\d%\)/);
    expect(label).toContain('Whole interval below all allegations: ');
    await expect.poll(() => tags.locator('svg').count()).toBe(1);
    expect(await insight.chart(/^Case-to-answer rate by IOPC category/).count()).toBe(1);
    expect(await insight.chart(/^Case-to-answer rate by Standard of Professional Behaviour/).count()).toBe(1);
    const closure = insight.chart(/^Days from receipt to closure by IOPC category: median, 75th and 90th percentile/);
    expect(await closure.getAttribute('aria-label')).toMatch(/Sexual conduct: median \d+(\.\d)?, 75th/);
    await expect.poll(() => closure.locator('svg').count()).toBe(1);
  });

  it('downloads the same figures as CSV, small numbers still hidden', async () => {
    const href = await insight.csvLink('Disproportionality at each stage').getAttribute('href');
    expect(href).toBe('/api/insight/disproportionality.csv?year=2025&years=1&role=all');
    // Fetched from the page, as the link's download would be, with the session cookie.
    const response = await journey.session.page.evaluate(async (url) => {
      const res = await fetch(url);
      return { status: res.status, type: res.headers.get('content-type') ?? '', text: await res.text() };
    }, href ?? '');
    expect(response.status).toBe(200);
    expect(response.type).toContain('text/csv');
    const csv = response.text;
    expect(csv).toContain('ethnicity,Subject of an allegation,Black,');
    expect(csv).toContain('<5');
  });

  it('narrows to one force and to police officers', async () => {
    insight = await insight.choose({ force: 'Greater Manchester Police', role: 'Police officers' });
    expect(await insight.scope.innerText()).toBe('Greater Manchester Police, 1 January 2025 to 31 December 2025, police officers.');
    expect(await insight.table('Allegations by thematic tag').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(journey.session.page);
  });

  it('sees aggregates only: no link to the people behind them, and no way in by address', async () => {
    const page = journey.session.page;
    expect(await insight.drilldownLink().count()).toBe(0);
    await page.goto(`${journey.server.url}/insight/people?year=2025`);
    await page.getByRole('heading', { level: 1, name: 'You do not have permission to view this page' }).waitFor();
    await expectNoSeriousA11yViolations(page);
  });

  it('raised no uncaught error in the web app', () => {
    expect(journey.session.pageErrors.map((e) => e.message)).toEqual([]);
  });
});
