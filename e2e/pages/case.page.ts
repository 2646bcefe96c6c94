// A case: the summary, a section per subject with the stages of their matter and the steps open to the user,
// and the timeline.
import type { Locator, Page } from 'playwright-core';

export type TimelineEntry = { title: string; text: string };

export class CasePage {
  readonly heading: Locator;
  readonly successBanner: Locator;
  readonly timeline: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.successBanner = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
    this.timeline = main.getByRole('region', { name: 'Timeline' });
  }

  static async verifyOnPage(page: Page): Promise<CasePage> {
    const casePage = new CasePage(page);
    await casePage.timeline.waitFor();
    await casePage.heading.waitFor();
    return casePage;
  }

  static async open(page: Page, path: string): Promise<CasePage> {
    await page.goto(path);
    return CasePage.verifyOnPage(page);
  }

  /** The case reference, e.g. MPS-2026-000001, without the "Restricted" tag that may follow it. */
  async reference(): Promise<string> {
    const text = (await this.heading.innerText()).trim();
    return text.replace(/\s*Restricted$/, '');
  }

  async isRestricted(): Promise<boolean> {
    return (await this.heading.getByText('Restricted', { exact: true }).count()) > 0;
  }

  async successMessage(): Promise<string> {
    await this.successBanner.waitFor();
    return (await this.successBanner.getByRole('paragraph').innerText()).trim();
  }

  /** The value of a row of the case summary or of a subject's summary, e.g. "Live until". */
  async summaryValue(label: string): Promise<string> {
    const row = this.page.getByRole('main').locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).first();
    return (await row.locator('.govuk-summary-list__value').innerText()).trim();
  }

  /** A subject's section, headed "Subject" (or "Subject 2") and their name. */
  /** Follows a link on a row of the case summary, e.g. "Record a complainant review". */
  async followSummaryAction(name: string): Promise<void> {
    await this.page.getByRole('main').locator('.govuk-summary-list__actions').getByRole('link', { name, exact: true }).click();
  }

  subject(name: string): Locator {
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.getByRole('main').getByRole('region', { name: new RegExp(`^Subject( \\d+)?\\s+${escaped}$`) });
  }

  /** Each stage of the subject's matter with its status, in order: { 'Assess severity': 'Completed', … }. */
  async stages(name: string): Promise<Record<string, string>> {
    const items = await this.subject(name).locator('.govuk-task-list__item').all();
    const stages: Record<string, string> = {};
    for (const item of items) {
      const stage = (await item.locator('.govuk-task-list__name-and-hint').innerText()).trim();
      stages[stage] = (await item.locator('.govuk-task-list__status').innerText()).trim();
    }
    return stages;
  }

  /** The steps the user may take now for the subject, as their link texts (without the hidden "for <name>"). */
  async steps(name: string): Promise<string[]> {
    const links = await this.subject(name).locator('.govuk-button-group a.govuk-button').allInnerTexts();
    return links.map((text) => text.replace(` for ${name}`, '').trim());
  }

  async takeStep(name: string, step: string): Promise<void> {
    await this.subject(name).getByRole('link', { name: `${step} for ${name}`, exact: true }).click();
  }

  /** The timeline, newest first. */
  async timelineEntries(): Promise<TimelineEntry[]> {
    const items = await this.timeline.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3 }) }).all();
    const entries: TimelineEntry[] = [];
    for (const item of items) {
      entries.push({ title: (await item.getByRole('heading', { level: 3 }).innerText()).trim(), text: (await item.innerText()).trim() });
    }
    return entries;
  }

  async openPerson(name: string): Promise<void> {
    await this.subject(name).getByRole('link', { name, exact: true }).click();
  }
}
