import type { Locator, Page } from 'playwright-core';
import { ErrorSummary } from './error-summary.js';
import { PersonPage } from './person.page.js';

export type DateParts = { day: string; month: string; year: string };

export type NewPerson = {
  givenNames: string;
  familyName: string;
  dateOfBirth: DateParts;
  /** The label of a "Sex" radio, e.g. "Female". */
  sex: string;
  /** The force as shown in the list, e.g. "Metropolitan Police Service". */
  force: string;
  /** The label of a "Role" radio, e.g. "Police officer". */
  role: string;
  rank?: string;
  collarNumber?: string;
  startDate: DateParts;
};

export class PersonCreatePage {
  readonly heading: Locator;
  readonly addButton: Locator;
  readonly errorSummary: ErrorSummary;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Add a person', exact: true });
    this.addButton = page.getByRole('button', { name: 'Add person', exact: true });
    this.errorSummary = new ErrorSummary(page);
  }

  static async verifyOnPage(page: Page): Promise<PersonCreatePage> {
    const create = new PersonCreatePage(page);
    await create.heading.waitFor();
    await create.addButton.waitFor();
    return create;
  }

  async submit(): Promise<void> {
    await this.addButton.click();
  }

  /** Fills in every field a user needs for a new person with their first employment. */
  async fill(person: NewPerson): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Given names', { exact: true }).fill(person.givenNames);
    await main.getByLabel('Family name', { exact: true }).fill(person.familyName);
    await this.fillDate('Date of birth (optional)', person.dateOfBirth);
    await main.getByRole('group', { name: 'Sex' }).getByRole('radio', { name: person.sex, exact: true }).check();
    await main.getByLabel('Force', { exact: true }).selectOption({ label: person.force });
    await main.getByRole('group', { name: 'Role' }).getByRole('radio', { name: person.role, exact: true }).check();
    if (person.rank) await main.getByLabel('Rank (optional)', { exact: true }).fill(person.rank);
    if (person.collarNumber) await main.getByLabel('Collar number (optional)', { exact: true }).fill(person.collarNumber);
    await this.fillDate('Start date', person.startDate);
  }

  /** Adds the person and waits for their page. */
  async add(person: NewPerson): Promise<PersonPage> {
    await this.fill(person);
    await this.submit();
    return PersonPage.verifyOnPage(this.page);
  }

  private async fillDate(legend: string, date: DateParts): Promise<void> {
    const group = this.page.getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day', { exact: true }).fill(date.day);
    await group.getByLabel('Month', { exact: true }).fill(date.month);
    await group.getByLabel('Year', { exact: true }).fill(date.year);
  }
}
