import type { Locator, Page } from 'playwright-core';

export type AuditRow = { seq: string; time: string; action: string; record: string; actor: string };

export class AuditPage {
  readonly heading: Locator;
  readonly events: Locator;
  readonly verifyButton: Locator;
  readonly verifiedBanner: Locator;

  private constructor(page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Audit trail', exact: true });
    this.events = main.getByRole('table', { name: /newest first/i });
    this.verifyButton = main.getByRole('button', { name: 'Verify audit chain', exact: true });
    this.verifiedBanner = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Audit chain verified' }) });
  }

  static async verifyOnPage(page: Page): Promise<AuditPage> {
    const audit = new AuditPage(page);
    await audit.heading.waitFor();
    await audit.events.waitFor();
    return audit;
  }

  /** The events listed, newest first. */
  async recentEvents(): Promise<AuditRow[]> {
    const rows = await this.events.getByRole('row').all();
    const events: AuditRow[] = [];
    for (const row of rows.slice(1)) {
      const [seq = '', time = '', action = '', record = '', actor = ''] = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
      events.push({ seq, time, action, record, actor });
    }
    return events;
  }

  /** Runs the check and returns the banner's message, e.g. "The audit chain is intact". */
  async verifyChain(): Promise<string> {
    await this.verifyButton.click();
    await this.verifiedBanner.waitFor();
    return (await this.verifiedBanner.innerText()).trim();
  }
}
