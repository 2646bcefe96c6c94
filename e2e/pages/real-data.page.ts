// The page of figures on imported data (/real-data): the force chooser, the data-quality flags and each figure with
// its chart, table and CSV link.
import type { Locator, Page } from 'playwright-core';

export class RealDataPage {
  readonly heading: Locator;
  readonly scope: Locator;
  readonly chooser: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Figures on imported data', exact: true });
    this.scope = main.getByTestId('real-data-scope');
    this.chooser = main.getByRole('form', { name: 'Choose the force' });
  }

  /** Opens the page from the service navigation. */
  static async openFromMenu(page: Page): Promise<RealDataPage> {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Imported data', exact: true }).click();
    return RealDataPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<RealDataPage> {
    const realData = new RealDataPage(page);
    await realData.heading.waitFor();
    return realData;
  }

  /** Chooses a force by the text of its option and waits for its figures. */
  async chooseForce(option: string): Promise<RealDataPage> {
    await this.chooser.getByLabel('Force', { exact: true }).selectOption({ label: option });
    const before = this.page.url();
    await this.chooser.getByRole('button', { name: 'Show figures' }).click();
    await this.page.waitForURL((url) => url.toString() !== before);
    const page = await RealDataPage.verifyOnPage(this.page);
    await page.table('What an analyst should question before trusting the figures').waitFor();
    return page;
  }

  table(name: string): Locator {
    return this.page.getByRole('main').getByRole('table', { name, exact: true });
  }

  /** The cells of the row whose row header is `rowHeader`. */
  async row(table: string, rowHeader: string): Promise<string[]> {
    const row = this.table(table).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: rowHeader, exact: true }) });
    return (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
  }

  chart(name: RegExp): Locator {
    return this.page.getByRole('main').getByRole('img', { name });
  }

  csvLink(title: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: `Download this figure as CSV (${title})`, exact: true });
  }
}
