// Overdue and time in stage: open and overdue cases by force and by investigator, and time in each stage.
import type { Locator, Page } from 'playwright-core';

export class CaseOversightPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Overdue and time in stage', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<CaseOversightPage> {
    const oversight = new CaseOversightPage(page);
    await oversight.heading.waitFor();
    return oversight;
  }

  /** A table ("By force", "By investigator", "Time in stage") as rows of cell texts, without its header row. */
  async table(caption: string): Promise<string[][]> {
    const rows = await this.page.getByRole('main').getByRole('table', { name: caption, exact: true }).getByRole('row').all();
    const cells: string[][] = [];
    for (const row of rows.slice(1)) cells.push((await row.locator('th, td').allInnerTexts()).map((text) => text.trim()));
    return cells;
  }
}
