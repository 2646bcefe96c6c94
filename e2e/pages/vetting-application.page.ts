// A vetting application: the summary, the next steps, the decision, the task list of checks and decision, the
// adverse information, the person's history in every force and the timeline.
import type { Locator, Page } from 'playwright-core';

export class VettingApplicationPage {
  readonly heading: Locator;
  readonly successBanner: Locator;
  readonly tasks: Locator;
  readonly decision: Locator;
  readonly timeline: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.successBanner = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
    this.tasks = main.getByRole('region', { name: 'Checks and decision', exact: true });
    this.decision = main.getByRole('region', { name: 'Decision', exact: true });
    this.timeline = main.getByRole('region', { name: 'Timeline', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<VettingApplicationPage> {
    const application = new VettingApplicationPage(page);
    await application.tasks.waitFor();
    await application.timeline.waitFor();
    return application;
  }

  async reference(): Promise<string> {
    return (await this.heading.innerText()).trim();
  }

  async successMessage(): Promise<string> {
    await this.successBanner.waitFor();
    return (await this.successBanner.getByRole('paragraph').innerText()).trim();
  }

  private static async rowValue(scope: Locator, page: Page, label: string): Promise<string> {
    const row = scope.locator('.govuk-summary-list__row').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).first();
    return (await row.locator('.govuk-summary-list__value').innerText()).trim();
  }

  /** A row of the application's summary at the top, e.g. "State". */
  summaryValue(label: string): Promise<string> {
    return VettingApplicationPage.rowValue(this.page.getByRole('main').locator('.govuk-summary-list').first(), this.page, label);
  }

  /** A row of the decision section, e.g. "Second approval". */
  decisionValue(label: string): Promise<string> {
    return VettingApplicationPage.rowValue(this.decision, this.page, label);
  }

  /** Each task with its status, in order: { 'Police National Computer (PNC)': 'Not started', …, Decision: 'Cannot start yet' }. */
  async taskStatuses(): Promise<Record<string, string>> {
    const items = await this.tasks.locator('.govuk-task-list__item').all();
    const statuses: Record<string, string> = {};
    for (const item of items) {
      const name = (await item.locator('.govuk-task-list__name-and-hint > :first-child').innerText()).trim();
      statuses[name] = (await item.locator('.govuk-task-list__status').innerText()).trim();
    }
    return statuses;
  }

  /** The hint under a task, e.g. why the decision cannot start yet. */
  async taskHint(name: string): Promise<string> {
    const item = this.tasks.locator('.govuk-task-list__item').filter({ has: this.page.locator('.govuk-task-list__name-and-hint > :first-child', { hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) });
    return (await item.locator('.govuk-task-list__hint').innerText()).trim();
  }

  async openTask(name: string): Promise<void> {
    await this.tasks.getByRole('link', { name, exact: true }).click();
  }

  /** The links a task list gives this user, by name: a task they cannot do has none. */
  async taskLinks(): Promise<string[]> {
    return (await this.tasks.getByRole('link').allInnerTexts()).map((text) => text.trim());
  }

  async takeStep(name: string): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name, exact: true }).click();
  }

  async steps(): Promise<string[]> {
    return (await this.page.getByRole('main').locator('.govuk-button-group a.govuk-button').allInnerTexts()).map((text) => text.trim());
  }

  async conditions(): Promise<string[]> {
    const row = this.decision.locator('.govuk-summary-list__row').filter({ has: this.page.locator('dt', { hasText: /^Conditions$/ }) });
    return (await row.getByRole('listitem').allInnerTexts()).map((text) => text.trim());
  }

  async timelineTitles(): Promise<string[]> {
    return (await this.timeline.getByRole('heading', { level: 3 }).allInnerTexts()).map((text) => text.trim());
  }

  async openPerson(name: string): Promise<void> {
    await this.page.getByRole('main').locator('.govuk-summary-list').first().getByRole('link', { name, exact: true }).click();
  }
}
