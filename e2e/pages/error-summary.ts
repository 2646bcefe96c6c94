// GOV.UK error summary: "There is a problem" above a form, one link per field in error.
import type { Locator, Page } from 'playwright-core';

export class ErrorSummary {
  readonly title: Locator;
  private readonly summary: Locator;

  constructor(page: Page) {
    this.summary = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'There is a problem' }) });
    this.title = this.summary.getByRole('heading', { name: 'There is a problem' });
  }

  async messages(): Promise<string[]> {
    await this.title.waitFor();
    return (await this.summary.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
  }

  /** Whether focus is inside the summary, as GOV.UK Frontend puts it when the page shows errors. */
  isFocused(): Promise<boolean> {
    return this.summary.evaluate((element) => element.closest('.govuk-error-summary')?.contains(document.activeElement) ?? false);
  }
}
