import type { Locator, Page } from 'playwright-core';

export class HomePage {
  readonly heading: Locator;
  readonly tasks: Locator;

  private constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Welcome to Warrant', exact: true });
    this.tasks = main.getByRole('list').getByRole('link');
  }

  static async open(page: Page): Promise<HomePage> {
    await page.goto('/');
    return HomePage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<HomePage> {
    const home = new HomePage(page);
    await home.heading.waitFor();
    return home;
  }

  async openTask(name: string): Promise<void> {
    await this.tasks.getByText(name, { exact: true }).click();
  }

  /** The tasks the signed-in user is offered, as link texts. */
  async taskNames(): Promise<string[]> {
    return this.tasks.allInnerTexts();
  }
}
