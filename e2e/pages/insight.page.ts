// The Insight page: filters, the figures with their tables, charts and CSV links.
import type { Locator, Page } from 'playwright-core';

export class InsightPage {
  readonly heading: Locator;
  readonly scope: Locator;
  readonly filters: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Insight', exact: true });
    this.scope = main.locator('.govuk-body-l').first();
    this.filters = main.getByRole('form', { name: 'Choose the figures' });
  }

  /** Opens Insight from the service navigation. */
  static async openFromMenu(page: Page): Promise<InsightPage> {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Insight', exact: true }).click();
    return InsightPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<InsightPage> {
    const insight = new InsightPage(page);
    await insight.heading.waitFor();
    await page.getByRole('main').getByRole('table', { name: 'People at each stage by ethnicity' }).waitFor();
    return insight;
  }

  async choose({ force, year, role }: { force?: string; year?: string; role?: string }): Promise<InsightPage> {
    if (force) await this.filters.getByLabel('Force', { exact: true }).selectOption({ label: force });
    if (year) await this.filters.getByLabel('Year', { exact: true }).selectOption(year);
    if (role) await this.filters.getByLabel('Role', { exact: true }).selectOption({ label: role });
    const before = this.page.url();
    await this.filters.getByRole('button', { name: 'Show figures' }).click();
    await this.page.waitForURL((url) => url.toString() !== before);
    return InsightPage.verifyOnPage(this.page);
  }

  table(name: string): Locator {
    return this.page.getByRole('main').getByRole('table', { name, exact: true });
  }

  /** The cells of the row whose row header is `group`, within the rows of one stage of a disproportionality table. */
  async stageRow(table: string, stage: string, group: string): Promise<string[]> {
    const body = this.table(table).locator('tbody').filter({ has: this.page.getByRole('rowheader', { name: stage, exact: true }) });
    const row = body.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: group, exact: true }) });
    return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  async columnTexts(table: string): Promise<string[]> {
    return (await this.table(table).getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  chart(name: RegExp): Locator {
    return this.page.getByRole('main').getByRole('img', { name });
  }

  csvLink(title: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: `Download this figure as CSV (${title})`, exact: true });
  }

  drilldownLink(): Locator {
    return this.page.getByRole('main').getByRole('link', { name: 'See the people with two or more allegations' });
  }
}
