import type { Locator, Page } from 'playwright-core';

export type CareerRow = { force: string; role: string; rank: string; collarNumber: string; start: string; end: string; leavingReason: string };
export type AddressRow = { postcode: string; from: string; to: string; recordedFrom: string };

export class PersonPage {
  readonly heading: Locator;
  readonly careerHeading: Locator;
  readonly careerTable: Locator;
  readonly cases: Locator;
  readonly addressHistory: Locator;
  readonly recordAddressLink: Locator;
  readonly successBanner: Locator;

  private constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.careerHeading = main.getByRole('heading', { level: 2, name: 'Career', exact: true });
    this.careerTable = main.getByRole('table', { name: /employment across forces/i });
    this.cases = main.getByRole('region', { name: 'Cases', exact: true });
    this.addressHistory = main.getByRole('region', { name: 'Address history', exact: true });
    this.recordAddressLink = this.addressHistory.getByRole('link', { name: 'Record an address', exact: true });
    this.successBanner = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success', exact: true }) });
  }

  static async verifyOnPage(page: Page): Promise<PersonPage> {
    const person = new PersonPage(page);
    await person.careerHeading.waitFor();
    return person;
  }

  async name(): Promise<string> {
    return (await this.heading.innerText()).trim();
  }

  /** The career table's rows, newest first, as the user reads them. */
  async career(): Promise<CareerRow[]> {
    const rows = await this.careerTable.getByRole('row').all();
    const career: CareerRow[] = [];
    for (const row of rows.slice(1)) {
      const [force = '', role = '', rank = '', collarNumber = '', start = '', end = '', leavingReason = ''] = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
      career.push({ force, role, rank, collarNumber, start, end, leavingReason });
    }
    return career;
  }

  /** The address history table's rows, newest first, as the user reads them. */
  async addresses(): Promise<AddressRow[]> {
    const rows = await this.addressHistory.getByRole('table', { name: /addresses lived at/i }).getByRole('row').all();
    const addresses: AddressRow[] = [];
    for (const row of rows.slice(1)) {
      const [postcode = '', from = '', to = '', recordedFrom = ''] = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
      addresses.push({ postcode, from, to, recordedFrom });
    }
    return addresses;
  }

  /** The text of the success banner after a record is saved ("Address recorded"). */
  async successMessage(): Promise<string> {
    return (await this.successBanner.locator('.govuk-notification-banner__content').innerText()).trim();
  }

  /** The references in the "Cases" section (cases in every force), newest first. */
  async caseReferences(): Promise<string[]> {
    const rows = await this.cases.getByRole('table').getByRole('row').all();
    const references: string[] = [];
    // The first cell is the reference, with the allegations' Standards and tags under it.
    for (const row of rows.slice(1)) references.push((await row.getByRole('cell').first().innerText()).split('\n')[0]?.trim() ?? '');
    return references;
  }

  /** Live warnings and open restrictions, as the warning texts read. */
  async warnings(): Promise<string[]> {
    return (await this.cases.locator('.govuk-warning-text__text').allInnerTexts()).map((text) => text.replace(/^Warning\s*/, '').trim());
  }
}
