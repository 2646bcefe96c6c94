// A vetting form page (record a check, add adverse information, the decision, the second approval): its heading,
// GOV.UK fields found by label and legend, and the error summary.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';

export class VettingFormPage extends CaseForm {
  readonly heading: Locator;

  private constructor(page: Page, title: string) {
    super(page);
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: title, exact: true });
  }

  static async verifyOnPage(page: Page, title: string): Promise<VettingFormPage> {
    const form = new VettingFormPage(page, title);
    await form.heading.waitFor();
    return form;
  }

  /** The current text of a box, e.g. after "Change" on check your answers. */
  async textValue(label: string): Promise<string> {
    return this.scope.getByLabel(label, { exact: true }).inputValue();
  }

  async isVisible(label: string): Promise<boolean> {
    return this.scope.getByLabel(label, { exact: true }).isVisible();
  }
}
