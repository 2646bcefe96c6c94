// Checking someone against the Barred and Advisory Lists, and one list entry.
import type { Locator, Page } from 'playwright-core';
import { ErrorSummary } from './error-summary.js';
import { summaryRows, tableRows } from './govuk-content.js';

export type CheckDetails = { givenNames: string; familyName: string; dateOfBirth?: { day: string; month: string; year: string } };

export class ListCheckPage {
  readonly heading: Locator;
  readonly errorSummary: ErrorSummary;
  readonly resultHeading: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Check the Barred and Advisory Lists', exact: true });
    this.errorSummary = new ErrorSummary(page);
    this.resultHeading = main.getByRole('heading', { level: 2, name: /^Result:/ });
  }

  static async verifyOnPage(page: Page): Promise<ListCheckPage> {
    const check = new ListCheckPage(page);
    await check.heading.waitFor();
    return check;
  }

  async check(details: CheckDetails): Promise<void> {
    await this.page.getByLabel('Given names', { exact: true }).fill(details.givenNames);
    await this.page.getByLabel('Family name', { exact: true }).fill(details.familyName);
    if (details.dateOfBirth) {
      await this.page.getByLabel('Day', { exact: true }).fill(details.dateOfBirth.day);
      await this.page.getByLabel('Month', { exact: true }).fill(details.dateOfBirth.month);
      await this.page.getByLabel('Year', { exact: true }).fill(details.dateOfBirth.year);
    }
    await this.submit();
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Check the lists', exact: true }).click();
  }

  async result(): Promise<string> {
    return (await this.resultHeading.innerText()).trim();
  }

  async summaryText(): Promise<string> {
    return (await this.page.getByTestId('check-summary').innerText()).trim();
  }

  /** The titles of the entries found, in order. */
  async entryTitles(): Promise<string[]> {
    return (await this.page.getByRole('main').locator('.govuk-summary-card__title').allInnerTexts()).map((text) => text.trim());
  }

  card(title: string): Locator {
    return this.page.getByRole('main').locator('.govuk-summary-card').filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) });
  }

  cardSummary(title: string): Promise<Record<string, string>> {
    return summaryRows(this.card(title));
  }

  async cardExplanation(title: string): Promise<string[][]> {
    return tableRows(this.card(title).getByRole('table'));
  }

  async openEntry(title: string, name: string): Promise<ListEntryPage> {
    await this.card(title).getByRole('link', { name: /^View entry/ }).click();
    return ListEntryPage.verifyOnPage(this.page, name);
  }
}

export class ListEntryPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page, name: string) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name, exact: true });
  }

  static async verifyOnPage(page: Page, name: string): Promise<ListEntryPage> {
    const entry = new ListEntryPage(page, name);
    await entry.heading.waitFor();
    return entry;
  }

  async caption(): Promise<string> {
    return (await this.page.getByRole('main').locator('.govuk-caption-l').innerText()).trim();
  }

  summary(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main'));
  }
}
