// Quality-assurance dip sampling: drawing a sample, the sample, reviewing a decision, the report, and the
// decision-maker's reviews of their decisions.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';
import { summaryRows, tableRows } from './govuk-content.js';

export class DrawSamplePage extends CaseForm {
  private constructor(page: Page) {
    super(page);
  }

  static async verifyOnPage(page: Page): Promise<DrawSamplePage> {
    await page.getByRole('heading', { level: 1, name: /Draw a sample/ }).waitFor();
    return new DrawSamplePage(page);
  }

  /** The first step, for a reviewer who may sample both kinds of decision. */
  async choosePopulation(option: string): Promise<DrawSamplePage> {
    await this.choose('Which decisions do you want to sample?', option);
    await this.press('Continue');
    await this.page.getByRole('button', { name: 'Draw the sample', exact: true }).waitFor();
    return this;
  }

  async draw(): Promise<SamplePage> {
    await this.press('Draw the sample');
    return SamplePage.verifyOnPage(this.page);
  }
}

export class SamplePage {
  readonly successBanner: Locator;

  private constructor(private readonly page: Page) {
    this.successBanner = page.getByRole('main').getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
  }

  static async verifyOnPage(page: Page): Promise<SamplePage> {
    await page.getByRole('heading', { level: 1 }).getByText('Dip sample').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Sampled decisions' }).waitFor();
    return new SamplePage(page);
  }

  async successMessage(): Promise<string> {
    await this.successBanner.waitFor();
    return (await this.successBanner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  howDrawn(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main').locator('.govuk-summary-list').first());
  }

  /** Each stratum's heading with its rows (reference, about, decision, decided, decided by, review). */
  async strata(): Promise<Record<string, string[][]>> {
    const result: Record<string, string[][]> = {};
    for (const section of await this.page.getByRole('main').locator('section').all()) {
      const heading = (await section.getByRole('heading', { level: 3 }).innerText()).trim();
      result[heading] = await tableRows(section.getByRole('table'));
    }
    return result;
  }

  async checkReproduction(): Promise<string> {
    await this.page.getByRole('button', { name: 'Check the draw can be reproduced', exact: true }).click();
    const result = this.page.getByRole('main').getByText(/^(The draw is reproduced|The draw is not reproduced)/);
    await result.waitFor();
    return (await result.innerText()).trim();
  }

  async review(reference: string): Promise<ReviewPage> {
    await this.page.getByRole('main').getByRole('link', { name: reference, exact: true }).click();
    return ReviewPage.verifyOnPage(this.page);
  }

  async openReport(): Promise<ReportPage> {
    await this.page.getByRole('link', { name: 'See the report', exact: true }).click();
    return ReportPage.verifyOnPage(this.page);
  }
}

export class ReviewPage extends CaseForm {
  private constructor(page: Page) {
    super(page);
  }

  static async verifyOnPage(page: Page): Promise<ReviewPage> {
    await page.getByRole('heading', { level: 1, name: /Review / }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'The decision' }).waitFor();
    return new ReviewPage(page);
  }

  /** The checklist's questions, as their legends. */
  async questions(): Promise<string[]> {
    const groups = this.page.getByRole('main').getByRole('group');
    const names: string[] = [];
    for (const group of await groups.all()) {
      const legend = (await group.locator('legend').innerText()).trim();
      if (legend !== 'Do you agree with the decision?') names.push(legend);
    }
    return names;
  }

  async save(): Promise<SamplePage> {
    await this.press('Save the review');
    return SamplePage.verifyOnPage(this.page);
  }
}

export class ReportPage {
  private constructor(private readonly page: Page) {}

  static async verifyOnPage(page: Page): Promise<ReportPage> {
    await page.getByRole('heading', { level: 1, name: /Report: / }).waitFor();
    await page.getByRole('table', { name: 'Disagreement by stratum' }).waitFor();
    return new ReportPage(page);
  }

  strata(): Promise<string[][]> {
    return tableRows(this.page.getByRole('table', { name: 'Disagreement by stratum' }));
  }

  disagreements(): Promise<string[][]> {
    return tableRows(this.page.getByRole('table', { name: 'Every decision the reviewer disagreed with' }));
  }
}

export class DecisionReviewsPage extends CaseForm {
  private constructor(page: Page) {
    super(page);
  }

  static async verifyOnPage(page: Page): Promise<DecisionReviewsPage> {
    await page.getByRole('heading', { level: 1, name: 'Reviews of my decisions' }).waitFor();
    return new DecisionReviewsPage(page);
  }

  review(reference: string): Locator {
    return this.page.getByRole('main').getByRole('region', { name: new RegExp(`^${reference}:`) });
  }

  reviewDetails(reference: string): Promise<Record<string, string>> {
    return summaryRows(this.review(reference));
  }

  async respond(reference: string, response: string): Promise<string> {
    await this.review(reference).getByLabel(`Your response about ${reference}`, { exact: true }).fill(response);
    await this.review(reference).getByRole('button', { name: 'Send your response', exact: true }).click();
    const banner = this.page.getByRole('main').getByRole('alert').filter({ has: this.page.getByRole('heading', { name: 'Success' }) });
    await banner.waitFor();
    return (await banner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }
}

/** The review checklists, one per kind of decision, with their earlier versions. */
export class ChecklistsPage {
  readonly successBanner: Locator;

  private constructor(private readonly page: Page) {
    this.successBanner = page.getByRole('main').getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
  }

  static async verifyOnPage(page: Page): Promise<ChecklistsPage> {
    await page.getByRole('heading', { level: 1, name: 'Review checklists' }).waitFor();
    return new ChecklistsPage(page);
  }

  async successMessage(): Promise<string> {
    await this.successBanner.waitFor();
    return (await this.successBanner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  private section(heading: string): Locator {
    return this.page.getByRole('region', { name: heading });
  }

  /** The questions of the checklist in use, in order. */
  async questions(heading: string): Promise<string[]> {
    return (await this.section(heading).locator('ol').first().getByRole('listitem').allInnerTexts()).map((q) => q.trim());
  }

  async earlierVersions(heading: string): Promise<string> {
    return (await this.section(heading).locator('.govuk-details__summary-text').innerText()).trim();
  }

  async change(decisions: string): Promise<ChecklistEditPage> {
    await this.page.getByRole('link', { name: `Change the questions about ${decisions}`, exact: true }).click();
    return ChecklistEditPage.verifyOnPage(this.page, decisions);
  }
}

export class ChecklistEditPage extends CaseForm {
  static async verifyOnPage(page: Page, decisions: string): Promise<ChecklistEditPage> {
    await page.getByRole('heading', { level: 1, name: `Change the checklist for ${decisions}` }).waitFor();
    return new ChecklistEditPage(page);
  }

  async save(): Promise<ChecklistsPage> {
    await this.press('Save a new version');
    return ChecklistsPage.verifyOnPage(this.page);
  }
}
