import type { Locator, Page } from 'playwright-core';
import { AppHeader } from './app-header.js';

export class SignInPage {
  readonly heading: Locator;
  readonly emailAddress: Locator;
  readonly password: Locator;
  readonly signInButton: Locator;

  private constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Sign in' });
    this.emailAddress = page.getByLabel('Email address', { exact: true });
    this.password = page.getByLabel('Password', { exact: true });
    this.signInButton = page.getByRole('button', { name: 'Sign in', exact: true });
  }

  /** Opens the service signed out: any page sends a signed-out user to sign in. */
  static async open(page: Page): Promise<SignInPage> {
    await page.goto('/');
    return SignInPage.verifyOnPage(page);
  }

  static async verifyOnPage(page: Page): Promise<SignInPage> {
    const signIn = new SignInPage(page);
    await signIn.signInButton.waitFor();
    await signIn.emailAddress.waitFor();
    return signIn;
  }

  /** Signs in and waits until the signed-in header is showing. */
  async signIn({ email, password }: { email: string; password: string }): Promise<AppHeader> {
    await this.emailAddress.fill(email);
    await this.password.fill(password);
    await this.signInButton.click();
    const header = new AppHeader(this.page);
    await header.signOutControl.first().waitFor();
    return header;
  }
}
