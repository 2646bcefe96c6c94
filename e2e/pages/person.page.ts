import type { Locator, Page } from 'playwright-core';

export class PersonPage {
  readonly heading: Locator;
  readonly careerHeading: Locator;

  private constructor(page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.careerHeading = page.getByRole('heading', { level: 2, name: 'Career', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<PersonPage> {
    const person = new PersonPage(page);
    await person.careerHeading.waitFor();
    return person;
  }

  async name(): Promise<string> {
    return (await this.heading.innerText()).trim();
  }
}
