// "Check your answers before recording the decision": each answer with a "Change" link, then "Record the decision".
import type { Locator, Page } from 'playwright-core';

export class VettingCheckAnswersPage {
  readonly heading: Locator;
  readonly recordButton: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Check your answers before recording the decision', exact: true });
    this.recordButton = main.getByRole('button', { name: 'Record the decision', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<VettingCheckAnswersPage> {
    const check = new VettingCheckAnswersPage(page);
    await check.heading.waitFor();
    return check;
  }

  /** Each answer as the user reads it: { Decision: 'Granted with …', Conditions: 'a\nb', … }. */
  async answers(): Promise<Record<string, string>> {
    const rows = await this.page.getByRole('main').locator('.govuk-summary-list__row').all();
    const answers: Record<string, string> = {};
    for (const row of rows) {
      const key = (await row.locator('dt').innerText()).trim();
      answers[key] = (await row.locator('.govuk-summary-list__value').innerText()).trim();
    }
    return answers;
  }

  /** What the page says happens next (a second approval, the appeal window, or an immediate grant). */
  async whatHappensNext(): Promise<string> {
    const heading = this.page.getByRole('main').getByRole('heading', { level: 2, name: 'Now record the decision', exact: true });
    return (await heading.locator('xpath=following-sibling::p[1]').innerText()).trim();
  }

  async change(what: string): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: `Change ${what}`, exact: true }).click();
  }

  async record(): Promise<void> {
    await this.recordButton.click();
  }
}
