// The list of cases with its filters (kept in the URL).
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';
import { CasePage } from './case.page.js';

export type CaseRow = { reference: string; subjects: string; tags: string; received: string; nextDue: string };

export type CaseFilters = { stage?: string; tag?: string; overdue?: 'Any' | 'Overdue' | 'Not overdue'; onlyMine?: boolean };

export class CaseListPage {
  readonly heading: Locator;
  readonly recordButton: Locator;
  readonly oversightLink: Locator;
  readonly results: Locator;
  readonly resultsHeading: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Cases', exact: true });
    this.recordButton = main.getByRole('link', { name: 'Record a case', exact: true });
    this.oversightLink = main.getByRole('link', { name: 'Overdue and time in stage', exact: true });
    this.results = main.getByRole('table', { name: 'Cases matching the filters' });
    this.resultsHeading = main.getByRole('heading', { level: 2, name: /^(No cases found|[\d,]+ cases?)$/ });
  }

  static async verifyOnPage(page: Page): Promise<CaseListPage> {
    const list = new CaseListPage(page);
    await list.heading.waitFor();
    await list.resultsHeading.waitFor();
    return list;
  }

  static async open(page: Page, search = ''): Promise<CaseListPage> {
    await page.goto(`/cases${search}`);
    return CaseListPage.verifyOnPage(page);
  }

  /** Sets the filters (labels as shown) and waits for the filtered list. */
  async filter(filters: CaseFilters): Promise<void> {
    const form = new CaseForm(this.page, this.page.getByRole('search', { name: 'Filter cases' }));
    await form.select('Stage', filters.stage ?? 'Any stage');
    await form.select('Thematic tag', filters.tag ?? 'Any tag');
    await form.choose('Overdue', filters.overdue ?? 'Any');
    const mine = this.page.getByRole('checkbox', { name: 'Only my cases', exact: true });
    if ((await mine.count()) > 0) await mine.setChecked(filters.onlyMine ?? false);
    const before = this.page.url();
    await this.page.getByRole('button', { name: 'Apply filters', exact: true }).click();
    await this.page.waitForURL((url) => url.href !== before);
    await this.resultsHeading.waitFor();
  }

  async rows(): Promise<CaseRow[]> {
    if ((await this.results.count()) === 0) return [];
    const rows = await this.results.getByRole('row').all();
    const found: CaseRow[] = [];
    for (const row of rows.slice(1)) {
      const [reference = '', subjects = '', tags = '', received = '', nextDue = ''] = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
      found.push({ reference: reference.split('\n')[0]?.trim() ?? '', subjects, tags, received, nextDue });
    }
    return found;
  }

  async references(): Promise<string[]> {
    return (await this.rows()).map((row) => row.reference);
  }

  async openCase(reference: string): Promise<CasePage> {
    await this.results.getByRole('link', { name: reference, exact: true }).click();
    return CasePage.verifyOnPage(this.page);
  }
}
