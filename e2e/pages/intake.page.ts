// Staff intake of public complaints: the list (/intake), one complaint, and the record-as-a-case form.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';
import { summaryRows, tableRows } from './govuk-content.js';

export class IntakeListPage {
  readonly heading: Locator;
  readonly results: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Public complaints', exact: true });
    this.results = main.getByRole('table', { name: 'Public complaints matching the filters' });
  }

  static async verifyOnPage(page: Page): Promise<IntakeListPage> {
    const list = new IntakeListPage(page);
    await list.heading.waitFor();
    return list;
  }

  rows(): Promise<string[][]> {
    return tableRows(this.results);
  }

  async open(reference: string): Promise<IntakeComplaintPage> {
    await this.results.getByRole('link', { name: reference, exact: true }).click();
    return IntakeComplaintPage.verifyOnPage(this.page, reference);
  }
}

export class IntakeComplaintPage {
  readonly heading: Locator;
  readonly successBanner: Locator;

  private constructor(private readonly page: Page, reference: string) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: `Complaint ${reference}`, exact: true });
    this.successBanner = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
  }

  static async verifyOnPage(page: Page, reference: string): Promise<IntakeComplaintPage> {
    const complaint = new IntakeComplaintPage(page, reference);
    await complaint.heading.waitFor();
    return complaint;
  }

  details(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main'));
  }

  async successMessage(): Promise<string> {
    await this.successBanner.waitFor();
    return (await this.successBanner.getByRole('paragraph').innerText()).trim();
  }

  async recordAsCase(): Promise<RecordAsCasePage> {
    await this.page.getByRole('main').getByRole('link', { name: 'Record as a case', exact: true }).click();
    return RecordAsCasePage.verifyOnPage(this.page);
  }
}

export class RecordAsCasePage extends CaseForm {
  readonly heading: Locator;

  private constructor(page: Page) {
    super(page);
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Record as a case', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<RecordAsCasePage> {
    const form = new RecordAsCasePage(page);
    await form.heading.waitFor();
    return form;
  }

  /** Searches the register for the subject and selects the row with `rowText` (e.g. a date of birth). */
  async chooseSubject(search: string, rowText: string): Promise<void> {
    const subject = this.scope.getByRole('region', { name: 'Subject 1' });
    await subject.getByLabel('Search the register by name', { exact: true }).fill(search);
    await subject.getByRole('button', { name: 'Search for subject 1', exact: true }).click();
    const table = subject.getByRole('table', { name: 'People matching your search for subject 1' });
    await table.getByRole('row').filter({ hasText: rowText }).getByRole('button', { name: /^Select / }).click();
    await subject.getByRole('button', { name: 'Change subject 1', exact: true }).waitFor();
  }

  async record(): Promise<IntakeComplaintPage> {
    const reference = (await this.scope.locator('.govuk-caption-l').innerText()).replace(/^Complaint /, '').trim();
    await this.press('Record case');
    return IntakeComplaintPage.verifyOnPage(this.page, reference);
  }
}

export class OutboxPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Mail outbox', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<OutboxPage> {
    const outbox = new OutboxPage(page);
    await outbox.heading.waitFor();
    return outbox;
  }

  /** The newest message with this subject: its rows, e.g. { To, Message }. */
  async message(subject: string): Promise<Record<string, string>> {
    const card = this.page.getByRole('main').locator('.govuk-summary-card').filter({ has: this.page.getByRole('heading', { level: 2, name: subject, exact: true }) }).first();
    return summaryRows(card);
  }
}
