import type { Locator, Page } from 'playwright-core';

export type NewUser = {
  email: string;
  displayName: string;
  /** Role labels as shown on the form, e.g. "Vetting officer". */
  roles: readonly string[];
  /** The force as shown in the list. */
  force: string;
  password: string;
};

export type AccountRow = { name: string; email: string; roles: string; force: string; status: string };

export class UsersPage {
  readonly heading: Locator;
  readonly accounts: Locator;
  readonly createButton: Locator;
  readonly successBanner: Locator;

  private constructor(private readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Users', exact: true });
    this.accounts = main.getByRole('table', { name: 'Accounts' });
    this.createButton = main.getByRole('button', { name: 'Create user', exact: true });
    this.successBanner = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Success' }) });
  }

  static async verifyOnPage(page: Page): Promise<UsersPage> {
    const users = new UsersPage(page);
    await users.heading.waitFor();
    await users.accounts.waitFor();
    return users;
  }

  async createUser(user: NewUser): Promise<void> {
    const main = this.page.getByRole('main');
    await main.getByLabel('Email address', { exact: true }).fill(user.email);
    await main.getByLabel('Display name', { exact: true }).fill(user.displayName);
    const roles = main.getByRole('group', { name: 'Roles' });
    for (const role of user.roles) await roles.getByRole('checkbox', { name: role, exact: true }).check();
    await main.getByLabel('Force', { exact: true }).selectOption({ label: user.force });
    await main.getByLabel('Password', { exact: true }).fill(user.password);
    await this.createButton.click();
    await this.successBanner.waitFor();
  }

  /** The account listed with this email address, as the user reads it, or null when there is none. */
  async account(email: string): Promise<AccountRow | null> {
    const row = this.accounts.getByRole('row').filter({ has: this.page.getByRole('cell', { name: email, exact: true }) });
    if ((await row.count()) === 0) return null;
    const [name = '', rowEmail = '', roles = '', force = '', status = ''] = (await row.getByRole('cell').allInnerTexts()).map((text) => text.trim());
    return { name, email: rowEmail, roles, force, status };
  }
}
