// "Record an address" for a person: postcode, from and to dates, and where the address was recorded from.
import type { Locator, Page } from 'playwright-core';
import { ErrorSummary } from './error-summary.js';
import { PersonPage } from './person.page.js';

export type AddressAnswers = {
  postcode: string;
  from: { day: string; month: string; year: string };
  to?: { day: string; month: string; year: string };
};

export class AddressRecordPage {
  readonly heading: Locator;
  readonly postcode: Locator;
  readonly recordButton: Locator;
  readonly errorSummary: ErrorSummary;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Record an address', exact: true });
    this.postcode = main.getByLabel('Postcode', { exact: true });
    this.recordButton = main.getByRole('button', { name: 'Record address', exact: true });
    this.errorSummary = new ErrorSummary(page);
  }

  static async verifyOnPage(page: Page): Promise<AddressRecordPage> {
    const form = new AddressRecordPage(page);
    await form.heading.waitFor();
    await form.recordButton.waitFor();
    return form;
  }

  async fill(answers: AddressAnswers): Promise<void> {
    await this.postcode.fill(answers.postcode);
    await this.fillDate('From', answers.from);
    if (answers.to) await this.fillDate('To (optional)', answers.to);
  }

  async submit(): Promise<void> {
    await this.recordButton.click();
  }

  /** Records the address and waits for the person's page. */
  async record(answers: AddressAnswers): Promise<PersonPage> {
    await this.fill(answers);
    await this.submit();
    return PersonPage.verifyOnPage(this.page);
  }

  /** The error shown next to a text field, without GOV.UK's visually hidden "Error:" prefix. */
  async fieldError(label: string): Promise<string> {
    const id = await this.page.getByRole('main').getByLabel(label, { exact: true }).getAttribute('id');
    const text = await this.page.locator(`#${id ?? ''}-error`).innerText();
    return text.replace(/^Error:\s*/, '').trim();
  }

  private async fillDate(legend: string, date: { day: string; month: string; year: string }): Promise<void> {
    const group = this.page.getByRole('main').getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day', { exact: true }).fill(date.day);
    await group.getByLabel('Month', { exact: true }).fill(date.month);
    await group.getByLabel('Year', { exact: true }).fill(date.year);
  }
}
