import type { Locator, Page } from 'playwright-core';

export class AccessibilityStatementPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Accessibility statement for Warrant', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<AccessibilityStatementPage> {
    const statement = new AccessibilityStatementPage(page);
    await statement.heading.waitFor();
    return statement;
  }

  section(name: string): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2, name, exact: true });
  }
}
