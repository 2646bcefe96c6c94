// Reading GOV.UK content the way a user sees it: a summary list's rows, a table's rows, a navigation link.
import type { Locator, Page } from 'playwright-core';

/** The rows of a summary list (or of every list within `scope`) as { key: value }, texts trimmed. */
export async function summaryRows(scope: Locator): Promise<Record<string, string>> {
  const rows: Record<string, string> = {};
  for (const row of await scope.locator('.govuk-summary-list__row').all()) {
    const key = (await row.locator('.govuk-summary-list__key').innerText()).trim();
    rows[key] = (await row.locator('.govuk-summary-list__value').innerText()).trim();
  }
  return rows;
}

/** A table's body rows, each as its cells' texts (header cells of a row included), whitespace collapsed. */
export async function tableRows(table: Locator): Promise<string[][]> {
  const rows: string[][] = [];
  for (const row of await table.locator('tbody tr').all()) {
    const cells = await row.locator('th, td').allInnerTexts();
    rows.push(cells.map((text) => text.replace(/\s+/g, ' ').trim()));
  }
  return rows;
}

/** Follows a link of the service navigation by its text. */
export async function goToSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true }).click();
}
