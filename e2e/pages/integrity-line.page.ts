// The anonymous integrity line as the reporter sees it: the start page, the report form, the confirmation with the
// reference and passphrase, and opening the report to read messages, reply and see its status.
import type { Locator, Page } from 'playwright-core';
import { ErrorSummary } from './error-summary.js';
import { summaryRows } from './govuk-content.js';

const h1 = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('main').getByRole('heading', { level: 1, name, ...(typeof name === 'string' ? { exact: true } : {}) });

export class IntegrityLineStartPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = h1(page, 'Report wrongdoing anonymously');
  }

  static async open(page: Page): Promise<IntegrityLineStartPage> {
    await page.goto('/integrity-line');
    return IntegrityLineStartPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<IntegrityLineStartPage> {
    const start = new IntegrityLineStartPage(page);
    await start.heading.waitFor();
    return start;
  }

  /** The promises the page makes about anonymity, as listed. */
  async anonymityPromises(): Promise<string[]> {
    const list = this.page.getByRole('main').getByRole('heading', { name: 'How we keep you anonymous' }).locator('xpath=following-sibling::ul[1]');
    return (await list.getByRole('listitem').allInnerTexts()).map((t) => t.trim());
  }

  async startNow(): Promise<ReportFormPage> {
    await this.page.getByRole('main').getByRole('button', { name: 'Start now' }).click();
    return ReportFormPage.verifyOnPage(this.page);
  }
}

export class ReportFormPage {
  readonly heading: Locator;
  readonly errorSummary: ErrorSummary;

  private constructor(private readonly page: Page) {
    this.heading = h1(page, 'Make a report');
    this.errorSummary = new ErrorSummary(page);
  }

  static async verifyOnPage(page: Page): Promise<ReportFormPage> {
    const form = new ReportFormPage(page);
    await form.heading.waitFor();
    return form;
  }

  async send(): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: 'Send report', exact: true }).click();
  }

  async fillIn({ force, about, whatHappened }: { force: string; about: string; whatHappened: string }): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Which police force is your report about?').selectOption({ label: force });
    await main.getByRole('group', { name: 'What is your report about?' }).getByRole('radio', { name: about, exact: true }).check();
    await main.getByLabel('What happened?').fill(whatHappened);
  }
}

export class ReportConfirmationPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = h1(page, 'Report sent');
  }

  static async verifyOnPage(page: Page): Promise<ReportConfirmationPage> {
    const confirmation = new ReportConfirmationPage(page);
    await confirmation.heading.waitFor();
    return confirmation;
  }

  /** What the reporter writes down. */
  async writeDown(): Promise<{ reference: string; passphrase: string }> {
    const rows = await summaryRows(this.page.getByRole('main'));
    return { reference: rows.Reference ?? '', passphrase: rows.Passphrase ?? '' };
  }

  warning(): Promise<string> {
    return this.page.getByRole('main').locator('.govuk-warning-text__text').innerText();
  }
}

export type ThreadMessage = { heading: string; body: string };

export class ReportOpenPage {
  readonly heading: Locator;
  readonly errorSummary: ErrorSummary;

  private constructor(private readonly page: Page) {
    this.heading = h1(page, 'Open your report');
    this.errorSummary = new ErrorSummary(page);
  }

  static async open(page: Page): Promise<ReportOpenPage> {
    await page.goto('/integrity-line/open');
    return ReportOpenPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<ReportOpenPage> {
    const open = new ReportOpenPage(page);
    await open.heading.waitFor();
    return open;
  }

  async enter({ reference, passphrase }: { reference: string; passphrase: string }): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Reference', { exact: true }).fill(reference);
    await main.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await main.getByRole('button', { name: 'Open report', exact: true }).click();
  }

  async openReport(credentials: { reference: string; passphrase: string }): Promise<ReportThreadPage> {
    await this.enter(credentials);
    return ReportThreadPage.verifyOnPage(this.page, credentials.reference);
  }
}

export class ReportThreadPage {
  readonly heading: Locator;
  readonly banner: Locator;

  private constructor(private readonly page: Page, reference: string) {
    this.heading = h1(page, `Your report ${reference}`);
    this.banner = page.getByRole('alert').filter({ hasText: 'Success' });
  }

  static async verifyOnPage(page: Page, reference: string): Promise<ReportThreadPage> {
    const thread = new ReportThreadPage(page, reference);
    await thread.heading.waitFor();
    return thread;
  }

  summary(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main').locator('.govuk-summary-list').first());
  }

  async messages(): Promise<ThreadMessage[]> {
    const items = this.page.getByRole('list', { name: 'Messages, oldest first' }).getByRole('listitem');
    const messages: ThreadMessage[] = [];
    for (const item of await items.all()) {
      messages.push({ heading: (await item.getByRole('heading').innerText()).replace(/\s+/g, ' ').trim(), body: (await item.locator('.govuk-summary-card__content').innerText()).trim() });
    }
    return messages;
  }

  async reply(body: string): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Send a message to the counter-corruption unit').fill(body);
    await main.getByRole('button', { name: 'Send message', exact: true }).click();
    await this.banner.waitFor();
  }

  async close(): Promise<ReportOpenPage> {
    await this.page.getByRole('main').getByRole('button', { name: 'Close your report', exact: true }).click();
    return ReportOpenPage.verifyOnPage(this.page);
  }
}
