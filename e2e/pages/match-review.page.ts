// The possible-match queue and one possible match with its decision form.
import type { Locator, Page } from 'playwright-core';
import { ErrorSummary } from './error-summary.js';
import { summaryRows, tableRows } from './govuk-content.js';

export class MatchReviewsPage {
  readonly heading: Locator;
  readonly queueHeading: Locator;
  readonly successBanner: Locator;
  readonly table: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Possible matches', exact: true });
    this.queueHeading = main.locator('#queue-heading');
    this.successBanner = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
    this.table = main.getByRole('table', { name: 'Possible matches, highest score first' });
  }

  static async verifyOnPage(page: Page): Promise<MatchReviewsPage> {
    const queue = new MatchReviewsPage(page);
    await queue.heading.waitFor();
    await queue.queueHeading.waitFor();
    return queue;
  }

  async successMessage(): Promise<string> {
    await this.successBanner.waitFor();
    return (await this.successBanner.getByRole('heading', { level: 3 }).innerText()).trim();
  }

  async heading2(): Promise<string> {
    return (await this.queueHeading.innerText()).trim();
  }

  /** Each row without the "Found" column's date and time, which changes from run to run. */
  async rows(): Promise<string[][]> {
    return (await tableRows(this.table)).map(([person = '', born = '', found = '', ...rest]) => [person, born, found.replace(/ \d.*$/, ''), ...rest]);
  }

  async filterByStatus(status: string): Promise<MatchReviewsPage> {
    await this.page.getByLabel('Status', { exact: true }).selectOption({ label: status });
    await this.page.getByRole('button', { name: 'Apply filters', exact: true }).click();
    await this.page.waitForURL(/status=/);
    return MatchReviewsPage.verifyOnPage(this.page);
  }

  async open(name: string): Promise<MatchReviewPage> {
    await this.table.getByRole('link', { name, exact: true }).click();
    return MatchReviewPage.verifyOnPage(this.page, name);
  }
}

export class MatchReviewPage {
  readonly heading: Locator;
  readonly errorSummary: ErrorSummary;
  readonly registerSide: Locator;
  readonly otherSide: Locator;
  readonly explanation: Locator;

  private constructor(private readonly page: Page, name: string) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: new RegExp(`^${name} `) });
    this.errorSummary = new ErrorSummary(page);
    this.registerSide = main.getByTestId('register-side');
    this.otherSide = main.getByTestId('other-side');
    this.explanation = main.getByRole('table', { name: /^Each field compared/ });
  }

  static async verifyOnPage(page: Page, name: string): Promise<MatchReviewPage> {
    const review = new MatchReviewPage(page, name);
    await review.heading.waitFor();
    return review;
  }

  register(): Promise<Record<string, string>> {
    return summaryRows(this.registerSide);
  }

  other(): Promise<Record<string, string>> {
    return summaryRows(this.otherSide);
  }

  async otherTitle(): Promise<string> {
    return (await this.otherSide.getByRole('heading', { level: 2 }).innerText()).trim();
  }

  async explanationRows(): Promise<string[][]> {
    return tableRows(this.explanation);
  }

  async decide(choice: 'Yes, they are the same person' | 'No, they are different people', reason: string): Promise<void> {
    await this.page.getByRole('radio', { name: choice, exact: true }).check();
    await this.page.getByLabel('Reason for your decision', { exact: true }).fill(reason);
    await this.page.getByRole('button', { name: 'Save decision', exact: true }).click();
  }
}
