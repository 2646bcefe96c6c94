// The integrity line as its handler sees it: the list of reports and one report with its messages, the reply form
// and the status form.
import type { Locator, Page } from 'playwright-core';
import { summaryRows, tableRows } from './govuk-content.js';

export class IntegrityReportsPage {
  readonly heading: Locator;
  readonly table: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Integrity line reports', exact: true });
    this.table = page.getByRole('main').getByRole('table', { name: 'Integrity line reports matching the filter' });
  }

  static async verifyOnPage(page: Page): Promise<IntegrityReportsPage> {
    const list = new IntegrityReportsPage(page);
    await list.heading.waitFor();
    return list;
  }

  /** The row of one report: reference, received, about, status, messages, handler, case. */
  async rowOf(reference: string): Promise<string[] | undefined> {
    await this.table.waitFor();
    return (await tableRows(this.table)).find((cells) => cells[0] === reference);
  }

  async openReport(reference: string): Promise<IntegrityReportPage> {
    await this.table.getByRole('link', { name: reference, exact: true }).click();
    return IntegrityReportPage.verifyOnPage(this.page, reference);
  }
}

export class IntegrityReportPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page, reference: string) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: `Report ${reference}`, exact: true });
  }

  /** The success banner once it tells of this action (the one before may still be showing until then). */
  private async bannerSaying(text: string): Promise<string> {
    const banner = this.page.getByRole('alert').filter({ hasText: text });
    await banner.waitFor();
    return (await banner.innerText()).trim();
  }

  static async verifyOnPage(page: Page, reference: string): Promise<IntegrityReportPage> {
    const report = new IntegrityReportPage(page, reference);
    await report.heading.waitFor();
    return report;
  }

  summary(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main').locator('.govuk-summary-list').first());
  }

  whatTheReporterSaid(): Promise<string> {
    return this.page.getByRole('main').locator('.govuk-inset-text').first().innerText();
  }

  async messages(): Promise<{ heading: string; body: string }[]> {
    const items = this.page.getByRole('list', { name: 'Messages, oldest first' }).getByRole('listitem');
    const messages: { heading: string; body: string }[] = [];
    for (const item of await items.all()) {
      messages.push({ heading: (await item.getByRole('heading').innerText()).trim(), body: (await item.locator('.govuk-summary-card__content').innerText()).trim() });
    }
    return messages;
  }

  async reply(body: string): Promise<string> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Message to the reporter').fill(body);
    await main.getByRole('button', { name: 'Send message', exact: true }).click();
    return this.bannerSaying('Message sent');
  }

  async changeStatus(status: string, outcomeClass?: string): Promise<string> {
    const main = this.page.getByRole('main');
    await main.getByRole('group', { name: 'New status' }).getByRole('radio', { name: status, exact: true }).check();
    if (outcomeClass) await main.getByRole('group', { name: 'Outcome class (only when closing)' }).getByRole('radio', { name: outcomeClass, exact: true }).check();
    await main.getByRole('button', { name: 'Change status', exact: true }).click();
    return this.bannerSaying('Status changed');
  }

  async makeCase(): Promise<ReportCasePage> {
    await this.page.getByRole('main').getByRole('link', { name: 'Make a case', exact: true }).click();
    return ReportCasePage.verifyOnPage(this.page);
  }
}

export class ReportCasePage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Make a case', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<ReportCasePage> {
    const form = new ReportCasePage(page);
    await form.heading.waitFor();
    return form;
  }

  isRestricted(): Promise<boolean> {
    return this.page.getByRole('main').getByRole('checkbox', { name: 'Restrict the case to counter-corruption' }).isChecked();
  }

  /** Searches the register for the first subject and selects the person with that full name. */
  async chooseSubject(search: string, fullName: string): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Search the register by name').fill(search);
    await main.getByRole('button', { name: 'Search for subject 1' }).click();
    await main.getByRole('button', { name: `Select ${fullName}`, exact: true }).click();
  }

  async describeAllegation({ alleged, standard, category }: { alleged: string; standard: string; category: string }): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('What is alleged').fill(alleged);
    await main.getByLabel('Standard of Professional Behaviour').selectOption({ label: standard });
    await main.getByLabel('IOPC complaint category').selectOption({ label: category });
  }

  async make(reference: string): Promise<IntegrityReportPage> {
    await this.page.getByRole('main').getByRole('button', { name: 'Make case', exact: true }).click();
    return IntegrityReportPage.verifyOnPage(this.page, reference);
  }
}
