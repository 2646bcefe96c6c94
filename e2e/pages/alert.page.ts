// One early-warning alert: its summary, what raised it, its timeline, and the owner and disposition forms.
import type { Locator, Page } from 'playwright-core';
import { CaseForm } from './case-form.js';
import { ErrorSummary } from './error-summary.js';
import { summaryRows, tableRows } from './govuk-content.js';

export type EvidenceRow = { caseReference: string; force: string; received: string; standard: string; category: string; tags: string; caseToAnswer: string; outcome: string };

export class AlertPage {
  readonly heading: Locator;
  readonly successBanner: Locator;
  readonly evidence: Locator;
  readonly timeline: Locator;
  readonly errorSummary: ErrorSummary;
  private readonly dispositionForm: CaseForm;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.successBanner = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
    this.evidence = main.getByRole('table', { name: 'Allegations that raised the alert' });
    this.timeline = main.getByRole('region', { name: 'Timeline' });
    this.errorSummary = new ErrorSummary(page);
    this.dispositionForm = new CaseForm(page, main.getByRole('region', { name: 'Close the alert' }));
  }

  static async verifyOnPage(page: Page): Promise<AlertPage> {
    const alert = new AlertPage(page);
    await alert.heading.getByText('Early-warning alert').waitFor();
    await alert.timeline.waitFor();
    return alert;
  }

  summary(): Promise<Record<string, string>> {
    return summaryRows(this.page.getByRole('main').locator('.govuk-summary-list').first());
  }

  async evidenceRows(): Promise<EvidenceRow[]> {
    return (await tableRows(this.evidence)).map(([caseReference = '', force = '', received = '', standard = '', category = '', tags = '', caseToAnswer = '', outcome = '']) => ({
      caseReference, force, received, standard, category, tags, caseToAnswer, outcome,
    }));
  }

  /** The timeline's entries, oldest first, as their headings. */
  async timelineTitles(): Promise<string[]> {
    return (await this.timeline.getByRole('heading', { level: 3 }).allInnerTexts()).map((text) => text.trim());
  }

  async successMessage(): Promise<string> {
    await this.successBanner.waitFor();
    return (await this.successBanner.locator('.govuk-notification-banner__heading').innerText()).trim();
  }

  /** The owner select: the names it offers, in order. */
  async ownerChoices(): Promise<string[]> {
    return (await this.ownerSelect().locator('option').allInnerTexts()).map((text) => text.trim());
  }

  /** The name the owner select shows now. */
  async selectedOwner(): Promise<string> {
    return (await this.ownerSelect().locator('option:checked').innerText()).trim();
  }

  /** Chooses the owner by name (as the select shows it) and saves. */
  async setOwner(name: string): Promise<AlertPage> {
    await this.ownerSelect().selectOption({ label: name });
    await this.page.getByRole('main').getByRole('button', { name: 'Save owner', exact: true }).click();
    await this.successBanner.waitFor();
    return AlertPage.verifyOnPage(this.page);
  }

  private ownerSelect(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Owner', exact: true }).getByLabel('Who owns this alert?', { exact: true });
  }

  /** Fills the disposition form (either answer may be left out) and submits it, staying on the page. */
  async submitDisposition({ disposition, reason }: { disposition?: string; reason?: string }): Promise<void> {
    if (disposition) await this.dispositionForm.choose('What have you decided?', disposition);
    if (reason !== undefined) await this.dispositionForm.fillText('Reason', reason);
    await this.dispositionForm.press('Close the alert');
  }

  async dispose(disposition: string, reason: string): Promise<AlertPage> {
    await this.submitDisposition({ disposition, reason });
    await this.successBanner.waitFor();
    return AlertPage.verifyOnPage(this.page);
  }

  hasDispositionForm(): Promise<boolean> {
    return this.page.getByRole('main').getByRole('region', { name: 'Close the alert' }).isVisible();
  }
}
