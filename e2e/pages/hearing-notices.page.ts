// Hearing notices: the appropriate authority's list, draft and publication forms and notice page, and the public
// pages anyone can read without signing in.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';
import { summaryRows } from './govuk-content.js';

export class HearingNoticesPage {
  readonly heading: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Hearing notices' });
  }

  static async verifyOnPage(page: Page): Promise<HearingNoticesPage> {
    const notices = new HearingNoticesPage(page);
    await notices.heading.waitFor();
    return notices;
  }

  /** Opens the draft form for the hearing of the case with this reference. */
  async draftNoticeFor(caseReference: string): Promise<NoticeForm> {
    const table = this.page.getByRole('table', { name: 'Misconduct hearings arranged without a notice' });
    await table.getByRole('row').filter({ hasText: caseReference }).getByRole('link', { name: /^Draft a notice/ }).click();
    return NoticeForm.verifyOnPage(this.page, 'Draft a hearing notice');
  }
}

/** Any of the notice's forms: draft, publish, outcome, withdraw. */
export class NoticeForm extends CaseForm {
  private constructor(page: Page) {
    super(page);
  }

  static async verifyOnPage(page: Page, title: string): Promise<NoticeForm> {
    await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
    return new NoticeForm(page);
  }

  fieldValue(label: string): Promise<string> {
    return this.scope.getByLabel(label, { exact: true }).inputValue();
  }

  async submit(button: string): Promise<HearingNoticePage> {
    await this.press(button);
    return HearingNoticePage.verifyOnPage(this.page);
  }
}

export class HearingNoticePage {
  readonly successBanner: Locator;

  private constructor(private readonly page: Page) {
    this.successBanner = page.getByRole('main').getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
  }

  static async verifyOnPage(page: Page): Promise<HearingNoticePage> {
    await page.getByRole('heading', { level: 1 }).getByText(/^Notice of misconduct hearing/).waitFor();
    await page.getByRole('region', { name: 'History' }).waitFor();
    return new HearingNoticePage(page);
  }

  async successMessage(): Promise<string> {
    await this.successBanner.waitFor();
    return (await this.successBanner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  /** The notice's details, and the publication decision, as "label: value" pairs. */
  details(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main'));
  }

  async open(step: 'Decide to publish' | 'Change the notice' | 'Add the outcome' | 'Withdraw the notice', title: string): Promise<NoticeForm> {
    await this.page.getByRole('main').getByRole('link', { name: step, exact: true }).click();
    return NoticeForm.verifyOnPage(this.page, title);
  }

  async historyTitles(): Promise<string[]> {
    return (await this.page.getByRole('region', { name: 'History' }).getByRole('heading', { level: 3 }).allInnerTexts()).map((t) => t.trim());
  }
}

export class PublicHearingsPage {
  private constructor(private readonly page: Page) {}

  static async open(page: Page): Promise<PublicHearingsPage> {
    await page.goto('/hearings');
    await page.getByRole('heading', { level: 1, name: 'Police misconduct hearings' }).waitFor();
    return new PublicHearingsPage(page);
  }

  async chooseForce(name: string): Promise<PublicForceHearingsPage> {
    await this.page.getByRole('table', { name: 'Choose a police force' }).getByRole('link', { name, exact: true }).click();
    return PublicForceHearingsPage.verifyOnPage(this.page);
  }

  async noticesOf(forceName: string): Promise<string> {
    const row = this.page.getByRole('table', { name: 'Choose a police force' }).getByRole('row').filter({ has: this.page.getByRole('link', { name: forceName, exact: true }) });
    return (await row.getByRole('cell').last().innerText()).trim();
  }
}

export class PublicForceHearingsPage {
  private constructor(private readonly page: Page) {}

  static async verifyOnPage(page: Page): Promise<PublicForceHearingsPage> {
    await page.getByRole('heading', { level: 1 }).getByText('Misconduct hearings').waitFor();
    await page.getByRole('region', { name: 'Hearings to come' }).waitFor();
    return new PublicForceHearingsPage(page);
  }

  /** The notice whose heading names the officer, as "label: value" pairs. */
  async notice(officerName: string): Promise<Record<string, string>> {
    const card = this.page.locator('.govuk-summary-card').filter({ has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${officerName}`) }) });
    return summaryRows(card);
  }

  text(): Promise<string> {
    return this.page.getByRole('main').innerText();
  }
}
