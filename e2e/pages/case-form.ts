// What every case form shares (intake, decisions, notices, restrictions): GOV.UK fields found by their labels and
// legends, as a user finds them, and the error summary.
import type { Locator, Page } from 'playwright-core';
import { ErrorSummary } from './error-summary.js';

export type DateParts = { day: string; month: string; year: string };

/** A date as the three boxes of a GOV.UK date input want it: 2026-03-02 → 2, 3, 2026. */
export function dateParts(iso: string): DateParts {
  const [year = '', month = '', day = ''] = iso.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

export class CaseForm {
  readonly errorSummary: ErrorSummary;

  constructor(protected readonly page: Page, protected readonly scope: Locator = page.getByRole('main')) {
    this.errorSummary = new ErrorSummary(page);
  }

  async fillDate(legend: string, iso: string): Promise<void> {
    const date = dateParts(iso);
    const group = this.scope.getByRole('group', { name: legend, exact: true });
    await group.getByLabel('Day', { exact: true }).fill(date.day);
    await group.getByLabel('Month', { exact: true }).fill(date.month);
    await group.getByLabel('Year', { exact: true }).fill(date.year);
  }

  async fillText(label: string, value: string): Promise<void> {
    await this.scope.getByLabel(label, { exact: true }).fill(value);
  }

  async choose(legend: string, option: string): Promise<void> {
    await this.scope.getByRole('group', { name: legend, exact: true }).getByRole('radio', { name: option, exact: true }).check();
  }

  async tick(label: string | RegExp): Promise<void> {
    await this.scope.getByRole('checkbox', typeof label === 'string' ? { name: label, exact: true } : { name: label }).check();
  }

  async select(label: string, option: string): Promise<void> {
    await this.scope.getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async press(button: string): Promise<void> {
    await this.page.getByRole('main').getByRole('button', { name: button, exact: true }).click();
  }
}
