// The pages a user sees instead of the one they asked for: page not found (404) and no permission (403).
import type { Locator, Page } from 'playwright-core';

export class StatusPage {
  readonly heading: Locator;

  private constructor(page: Page, title: string) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: title, exact: true });
  }

  static async verifyNotFound(page: Page): Promise<StatusPage> {
    const status = new StatusPage(page, 'Page not found');
    await status.heading.waitFor();
    return status;
  }

  static async verifyForbidden(page: Page): Promise<StatusPage> {
    const status = new StatusPage(page, 'You do not have permission to view this page');
    await status.heading.waitFor();
    return status;
  }
}
