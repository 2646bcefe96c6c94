// The data wash: the list of runs, the start page and a run's progress page.
import type { Locator, Page } from 'playwright-core';
import { summaryRows, tableRows } from './govuk-content.js';

export class WashRunsPage {
  readonly heading: Locator;
  readonly startLink: Locator;
  readonly runs: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Data wash', exact: true });
    this.startLink = main.getByRole('link', { name: 'Start a data wash', exact: true });
    this.runs = main.getByRole('table', { name: 'Recent runs, newest first' });
  }

  static async verifyOnPage(page: Page): Promise<WashRunsPage> {
    const runs = new WashRunsPage(page);
    await runs.heading.waitFor();
    return runs;
  }

  async emptyMessage(): Promise<string> {
    return (await this.page.getByRole('main').getByText('No data wash has been run yet.').innerText()).trim();
  }

  async rows(): Promise<string[][]> {
    return tableRows(this.runs);
  }

  async start(): Promise<WashRunStartPage> {
    await this.startLink.click();
    return WashRunStartPage.verifyOnPage(this.page);
  }
}

export class WashRunStartPage {
  readonly heading: Locator;
  readonly startButton: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Start a data wash', exact: true });
    this.startButton = page.getByRole('button', { name: 'Start the data wash', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<WashRunStartPage> {
    const start = new WashRunStartPage(page);
    await start.heading.waitFor();
    return start;
  }

  summary(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main'));
  }

  async start(workforce: string): Promise<WashRunPage> {
    await this.startButton.click();
    return WashRunPage.verifyOnPage(this.page, workforce);
  }
}

export class WashRunPage {
  readonly heading: Locator;
  /** The polite live region that says how far the wash has got. */
  readonly status: Locator;
  readonly progress: Locator;

  private constructor(private readonly page: Page, workforce: string) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: workforce, exact: true });
    this.status = main.getByRole('status');
    this.progress = main.getByRole('progressbar');
  }

  static async verifyOnPage(page: Page, workforce: string): Promise<WashRunPage> {
    const run = new WashRunPage(page, workforce);
    await run.heading.waitFor();
    await run.status.waitFor();
    return run;
  }

  async statusText(): Promise<string> {
    return (await this.status.innerText()).trim();
  }

  summary(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main'));
  }

  reviewLink(): Locator {
    return this.page.getByRole('main').getByRole('link', { name: /^Review the \d+ possible match/ });
  }
}
