// The service header shown on every signed-in page: navigation and "Sign out".
import type { Locator, Page } from 'playwright-core';

export type Section = 'Home' | 'People' | 'Add a person' | 'Cases' | 'Vetting' | 'Users' | 'Audit';

export class AppHeader {
  readonly signOutControl: Locator;
  readonly serviceName: Locator;

  constructor(private readonly page: Page) {
    // A form button or a link, depending on how sign-out is wired; both mean the same to a user.
    this.signOutControl = page.getByRole('button', { name: 'Sign out' }).or(page.getByRole('link', { name: 'Sign out' }));
    this.serviceName = page.getByRole('banner').getByRole('link', { name: 'Warrant', exact: true });
  }

  navLink(name: Section): Locator {
    return this.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name, exact: true });
  }

  async goTo(section: Section): Promise<void> {
    await this.navLink(section).click();
  }

  async goToPeople(): Promise<void> {
    await this.goTo('People');
  }

  async signOut(): Promise<void> {
    await this.signOutControl.first().click();
  }
}
