// Open a vetting application: find the person on the register, then the level and the kind.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';

export class VettingApplicationOpenPage extends CaseForm {
  readonly heading: Locator;
  readonly results: Locator;

  private constructor(page: Page) {
    super(page);
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Open a vetting application', exact: true });
    this.results = main.getByRole('table', { name: 'People matching your search' });
  }

  static async verifyOnPage(page: Page): Promise<VettingApplicationOpenPage> {
    const open = new VettingApplicationOpenPage(page);
    await open.heading.waitFor();
    return open;
  }

  /** Searches the register and selects the result whose row contains rowText; returns the name shown once chosen. */
  async choosePerson(search: string, rowText: string): Promise<string> {
    await this.fillText('Search the register by name', search);
    await this.press('Search the register');
    await this.results.waitFor();
    const row = this.results.getByRole('row').filter({ hasText: rowText }).first();
    await row.getByRole('link', { name: /^Select / }).click();
    const change = this.page.getByRole('main').getByRole('link', { name: 'Change the person being vetted', exact: true });
    await change.waitFor();
    const nameRow = this.page.getByRole('main').locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: /^Name$/ }) });
    return (await nameRow.locator('.govuk-summary-list__value').innerText()).trim();
  }
}
