// A decision form for one subject (assess severity, decide case to answer, …), or one of the record forms around
// the workflow (Regulation 17 notice, restriction): a heading, perhaps the subject's history and comparable cases,
// then the form.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';
import { CasePage } from './case.page.js';

export class CaseDecisionPage extends CaseForm {
  readonly heading: Locator;
  readonly historyPanel: Locator;
  readonly comparablesPanel: Locator;

  private constructor(page: Page, title: string) {
    super(page);
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: title, exact: true });
    this.historyPanel = main.getByRole('region', { name: /history in every force$/ });
    this.comparablesPanel = main.getByRole('region', { name: 'Comparable cases', exact: true });
  }

  static async verifyOnPage(page: Page, title: string): Promise<CaseDecisionPage> {
    const decision = new CaseDecisionPage(page, title);
    await decision.heading.waitFor();
    return decision;
  }

  /** A table of a panel by its caption, as rows of cell texts (header row first). */
  async panelTable(panel: Locator, caption: string | RegExp): Promise<string[][]> {
    const table = panel.getByRole('table', { name: caption });
    const rows = await table.getByRole('row').all();
    const cells: string[][] = [];
    for (const row of rows) cells.push((await row.locator('th, td').allInnerTexts()).map((text) => text.trim()));
    return cells;
  }

  async acknowledgeHistory(): Promise<void> {
    await this.tick(/^I have read .+’s full history, including cases with no case to answer and withdrawn cases$/);
  }

  async fillDecision({ decidedOn, rationale }: { decidedOn: string; rationale: string }): Promise<void> {
    await this.fillDate('Date decided', decidedOn);
    await this.fillText('Rationale', rationale);
  }

  /** Saves and waits for the case page it returns to. */
  async save(button = 'Save decision'): Promise<CasePage> {
    await this.press(button);
    return CasePage.verifyOnPage(this.page);
  }
}
