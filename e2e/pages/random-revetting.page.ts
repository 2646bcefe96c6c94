// Randomised re-vetting (/vetting/random-revetting): the draw form, the check-before-you-draw step, the result
// panel and the table of draws made.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';

export class RandomRevettingPage extends CaseForm {
  readonly heading: Locator;
  readonly checkHeading: Locator;
  readonly warning: Locator;
  readonly resultPanel: Locator;
  readonly draws: Locator;

  private constructor(page: Page) {
    super(page);
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Randomised re-vetting', exact: true });
    this.checkHeading = main.getByRole('heading', { level: 2, name: 'Check before you draw', exact: true });
    this.warning = main.locator('.govuk-warning-text__text');
    this.resultPanel = main.locator('.govuk-panel--confirmation');
    this.draws = main.getByRole('table', { name: 'Randomised re-vetting draws, newest year first' });
  }

  static async verifyOnPage(page: Page): Promise<RandomRevettingPage> {
    const draw = new RandomRevettingPage(page);
    await draw.heading.waitFor();
    return draw;
  }

  textValue(label: string): Promise<string> {
    return this.scope.getByLabel(label, { exact: true }).inputValue();
  }

  /** The draws made, as the table reads: year, share, eligible, picked. */
  async drawRows(): Promise<{ year: string; share: string; eligible: string; picked: string }[]> {
    await this.draws.waitFor();
    const rows = await this.draws.getByRole('row').all();
    const result: { year: string; share: string; eligible: string; picked: string }[] = [];
    for (const row of rows.slice(1)) {
      const [year = '', share = '', eligible = '', picked = ''] = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
      result.push({ year, share, eligible, picked });
    }
    return result;
  }
}
