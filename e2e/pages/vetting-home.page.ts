// The vetting unit's home: applications in the force, the lists to work through, "Open an application".
import type { Locator, Page } from 'playwright-core';

export class VettingHomePage {
  readonly heading: Locator;
  readonly openApplicationButton: Locator;
  readonly applications: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Vetting', exact: true });
    this.openApplicationButton = main.getByRole('link', { name: 'Open an application', exact: true });
    this.applications = main.getByRole('table', { name: 'Vetting applications, newest first' });
  }

  static async verifyOnPage(page: Page): Promise<VettingHomePage> {
    const home = new VettingHomePage(page);
    await home.heading.waitFor();
    return home;
  }

  /** The applications listed, as reference and state. */
  async applicationRows(): Promise<{ reference: string; person: string; state: string }[]> {
    const rows = await this.applications.getByRole('row').all();
    const result: { reference: string; person: string; state: string }[] = [];
    for (const row of rows.slice(1)) {
      const cells = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
      result.push({ reference: cells[0] ?? '', person: cells[1] ?? '', state: cells[5] ?? '' });
    }
    return result;
  }

  async openApplication(reference: string): Promise<void> {
    await this.applications.getByRole('link', { name: reference, exact: true }).click();
  }
}
