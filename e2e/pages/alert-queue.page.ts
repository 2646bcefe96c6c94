// The early-warning alert queue (/alerts) with its filters (kept in the URL) and the ageing summary. Open alerts show
// their age; closed alerts show the disposition and the day they were closed instead.
import type { Locator, Page } from 'playwright-core';
import { AlertPage } from './alert.page.js';
import { CaseForm } from './case-form.js';
import { tableRows } from './govuk-content.js';

/** A row of the results, keyed by its column: `age` in the open list, `disposition` and `closed` in the closed list. */
export type AlertRow = {
  person: string; rule: string; severity: string; age?: string; disposition?: string; closed?: string; owner: string; evidence: string; reopened: string;
};

const COLUMNS: Readonly<Record<string, keyof AlertRow>> = {
  Person: 'person', Rule: 'rule', Severity: 'severity', Age: 'age', Disposition: 'disposition', Closed: 'closed', Owner: 'owner', Evidence: 'evidence', 'Re-opened': 'reopened',
};

export type AlertFilters = { status?: 'Open' | 'Closed'; rule?: string; onlyMine?: boolean };

export class AlertQueuePage {
  readonly heading: Locator;
  readonly resultsHeading: Locator;
  readonly results: Locator;
  readonly rulesLink: Locator;
  readonly ageing: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Early-warning alerts', exact: true });
    this.resultsHeading = main.getByRole('heading', { level: 2, name: /^(No (open|closed) alerts|[\d,]+ (open|closed) alerts?)$/ });
    this.results = main.getByRole('table', { name: /alerts matching the filters$/ });
    this.rulesLink = main.getByRole('link', { name: 'Early-warning rules', exact: true });
    this.ageing = main.getByRole('region', { name: 'How long open alerts have waited' });
  }

  static async verifyOnPage(page: Page): Promise<AlertQueuePage> {
    const queue = new AlertQueuePage(page);
    await queue.heading.waitFor();
    await queue.resultsHeading.waitFor();
    return queue;
  }

  static async open(page: Page, search = ''): Promise<AlertQueuePage> {
    await page.goto(`/alerts${search}`);
    return AlertQueuePage.verifyOnPage(page);
  }

  /** Sets the filters (labels as shown) and waits for the filtered list. */
  async filter(filters: AlertFilters): Promise<void> {
    const form = new CaseForm(this.page, this.page.getByRole('search', { name: 'Filter alerts' }));
    await form.choose('Status', filters.status ?? 'Open');
    await form.select('Rule', filters.rule ?? 'Any rule');
    await this.page.getByRole('checkbox', { name: 'Only alerts assigned to me', exact: true }).setChecked(filters.onlyMine ?? false);
    const before = this.page.url();
    await this.page.getByRole('button', { name: 'Apply filters', exact: true }).click();
    await this.page.waitForURL((url) => url.href !== before);
    await this.resultsHeading.waitFor();
  }

  /** The rows of the page shown, each keyed by its column's heading. */
  async rows(): Promise<AlertRow[]> {
    if ((await this.results.count()) === 0) return [];
    const keys = (await this.results.locator('thead th').allInnerTexts()).map((heading) => {
      const key = COLUMNS[heading.trim()];
      if (!key) throw new Error(`the alert queue has a column this page object does not know: ${heading}`);
      return key;
    });
    return (await tableRows(this.results)).map((cells) => {
      const row: AlertRow = { person: '', rule: '', severity: '', owner: '', evidence: '', reopened: '' };
      keys.forEach((key, index) => {
        row[key] = cells[index] ?? '';
      });
      return row;
    });
  }

  /**
   * The row of the alert `rule` raised for the person named, following "Next" page by page from the page shown
   * (other alerts of the force may come first), or undefined when no page has it. Stays on the page where it is.
   */
  async findRow(personName: string, rule: string): Promise<AlertRow | undefined> {
    for (;;) {
      const row = (await this.rows()).find((r) => r.person === personName && r.rule === `${rule} (alert for ${personName})`);
      if (row) return row;
      const next = this.page.getByRole('navigation', { name: 'Pagination' }).getByRole('link', { name: 'Next page', exact: true });
      if ((await next.count()) === 0) return undefined;
      const before = this.page.url();
      await next.click();
      await this.page.waitForURL((url) => url.href !== before);
      await this.resultsHeading.waitFor();
    }
  }

  /** Opens the alert raised by `rule` for the person named. */
  async openAlert(personName: string, rule: string): Promise<AlertPage> {
    const row = this.results.getByRole('row').filter({ has: this.page.getByRole('link', { name: personName, exact: true }) });
    await row.getByRole('link', { name: `${rule} (alert for ${personName})`, exact: true }).click();
    return AlertPage.verifyOnPage(this.page);
  }
}
