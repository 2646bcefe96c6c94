import type { Locator, Page } from 'playwright-core';
import { PersonPage } from './person.page.js';

export class PersonSearchPage {
  readonly nameField: Locator;
  readonly searchButton: Locator;
  readonly results: Locator;

  private constructor(private readonly page: Page) {
    this.nameField = page.getByLabel('Name', { exact: true });
    this.searchButton = page.getByRole('button', { name: 'Search', exact: true });
    this.results = page.getByRole('main').getByRole('table');
  }

  static async verifyOnPage(page: Page): Promise<PersonSearchPage> {
    const search = new PersonSearchPage(page);
    await search.nameField.waitFor();
    await search.searchButton.waitFor();
    return search;
  }

  /** Searches by name and waits for the results heading ("N people found" or "No people found"). */
  async searchByName(name: string): Promise<void> {
    await this.nameField.fill(name);
    await this.searchButton.click();
    await this.resultsHeading().waitFor();
  }

  resultsHeading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2, name: /(people|person) found/i });
  }

  /** The people listed, as the names of their links in the results table. */
  async resultNames(): Promise<string[]> {
    return this.results.getByRole('link').allInnerTexts();
  }

  async openPerson(name: string): Promise<PersonPage> {
    await this.results.getByRole('link', { name, exact: true }).first().click();
    return PersonPage.verifyOnPage(this.page);
  }
}
