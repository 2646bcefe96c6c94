import type { Locator, Page } from 'playwright-core';

export type CareerRow = { force: string; role: string; rank: string; collarNumber: string; start: string; end: string; leavingReason: string };

export class PersonPage {
  readonly heading: Locator;
  readonly careerHeading: Locator;
  readonly careerTable: Locator;

  private constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.careerHeading = main.getByRole('heading', { level: 2, name: 'Career', exact: true });
    this.careerTable = main.getByRole('table', { name: /employment across forces/i });
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
}
