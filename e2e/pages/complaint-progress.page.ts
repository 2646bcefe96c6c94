// Checking the progress of a complaint: reference and email, then the emailed code, then the status.
import type { Locator, Page } from 'playwright-core';
import { ErrorSummary } from './error-summary.js';
import { summaryRows } from './govuk-content.js';

export class ProgressStartPage {
  readonly heading: Locator;
  readonly errorSummary: ErrorSummary;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Check the progress of your complaint', exact: true });
    this.errorSummary = new ErrorSummary(page);
  }

  static async verifyOnPage(page: Page): Promise<ProgressStartPage> {
    const start = new ProgressStartPage(page);
    await start.heading.waitFor();
    return start;
  }

  async askForCode(reference: string, email: string): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Complaint reference', { exact: true }).fill(reference);
    await main.getByLabel('Email address', { exact: true }).fill(email);
    await main.getByRole('button', { name: 'Send me a code', exact: true }).click();
  }
}

export class ProgressCodePage {
  readonly heading: Locator;
  readonly errorSummary: ErrorSummary;
  readonly message: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Enter the code we sent you', exact: true });
    this.message = main.locator('.govuk-inset-text');
    this.errorSummary = new ErrorSummary(page);
  }

  static async verifyOnPage(page: Page): Promise<ProgressCodePage> {
    const code = new ProgressCodePage(page);
    await code.heading.waitFor();
    return code;
  }

  async enter(code: string): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Code', { exact: true }).fill(code);
    await main.getByRole('button', { name: 'Continue', exact: true }).click();
  }
}

export class ProgressStatusPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'The progress of your complaint', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<ProgressStatusPage> {
    const status = new ProgressStatusPage(page);
    await status.heading.waitFor();
    return status;
  }

  summary(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main'));
  }
}
