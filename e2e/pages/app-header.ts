// The service header shown on every signed-in page: navigation and "Sign out".
import type { Locator, Page } from 'playwright-core';

export class AppHeader {
  readonly signOutControl: Locator;

  constructor(private readonly page: Page) {
    // A form button or a link, depending on how sign-out is wired; both mean the same to a user.
    this.signOutControl = page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('link', { name: 'Sign out' }));
  }

  navLink(name: string): Locator {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  async goToPeople(): Promise<void> {
    await this.navLink('People').click();
  }

  async signOut(): Promise<void> {
    await this.signOutControl.first().click();
  }
}
