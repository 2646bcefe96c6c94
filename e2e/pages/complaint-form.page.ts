// The public complaint form: the start page, one question per page, check your answers and the confirmation
// (GOV.UK question pages). Fields are found by their labels and legends, as a member of the public finds them.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';
import { summaryRows } from './govuk-content.js';

export class ComplaintStartPage {
  readonly heading: Locator;
  readonly startButton: Locator;
  readonly progressLink: Locator;

  private constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Make a complaint about the police', exact: true });
    this.startButton = main.getByRole('button', { name: 'Start now', exact: true });
    this.progressLink = main.getByRole('link', { name: 'Check the progress of your complaint', exact: true });
  }

  static async open(page: Page): Promise<ComplaintStartPage> {
    await page.goto('/complain');
    const start = new ComplaintStartPage(page);
    await start.heading.waitFor();
    return start;
  }
}

/** Any question page: its heading is the question; Continue sends the answer. */
export class QuestionPage extends CaseForm {
  readonly heading: Locator;
  readonly backLink: Locator;

  private constructor(page: Page, readonly question: string) {
    super(page);
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: question, exact: true });
    this.backLink = page.getByRole('main').getByRole('link', { name: 'Back', exact: true });
  }

  static async verifyOnPage(page: Page, question: string): Promise<QuestionPage> {
    const form = new QuestionPage(page, question);
    await form.heading.waitFor();
    return form;
  }

  async continue(): Promise<void> {
    const before = this.page.url();
    await this.press('Continue');
    await this.page.waitForURL((url) => url.href !== before);
  }

  /** Continue with an answer missing or wrong: the page stays, with its error summary. */
  async continueWithErrors(): Promise<string[]> {
    await this.press('Continue');
    return this.errorSummary.messages();
  }

  async saveAndGoBack(): Promise<CheckAnswersPage> {
    await this.press('Save and go back to your answers');
    return CheckAnswersPage.verifyOnPage(this.page);
  }
}

export class CheckAnswersPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Check your answers before sending your complaint', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<CheckAnswersPage> {
    const check = new CheckAnswersPage(page);
    await check.heading.waitFor();
    return check;
  }

  answers(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main'));
  }

  /** Follows "Change" on a row; its hidden text names what changes ("Change accessibility needs"). */
  async change(what: string): Promise<QuestionPage> {
    await this.page.getByRole('main').getByRole('link', { name: `Change ${what}`, exact: true }).click();
    await this.page.waitForURL(/change=yes/);
    // The address bar changes a moment before the question replaces this page: read the new heading only once
    // this page's is gone (reading it at once sometimes read "Check your answers…" under load).
    await this.heading.waitFor({ state: 'detached' });
    return QuestionPage.verifyOnPage(this.page, await this.page.getByRole('main').getByRole('heading', { level: 1 }).innerText());
  }

  async send(): Promise<ConfirmationPage> {
    await this.page.getByRole('main').getByRole('button', { name: 'Send complaint', exact: true }).click();
    return ConfirmationPage.verifyOnPage(this.page);
  }
}

export class ConfirmationPage {
  readonly heading: Locator;
  readonly progressLink: Locator;
  private readonly panelBody: Locator;

  private constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Complaint sent', exact: true });
    this.panelBody = main.locator('.govuk-panel__body');
    this.progressLink = main.getByRole('link', { name: 'check the progress of your complaint', exact: true });
  }

  static async verifyOnPage(page: Page): Promise<ConfirmationPage> {
    const confirmation = new ConfirmationPage(page);
    await confirmation.heading.waitFor();
    return confirmation;
  }

  /** The reference in the panel: "Your reference number" then the reference. */
  async reference(): Promise<string> {
    return (await this.panelBody.locator('strong').innerText()).trim();
  }
}
