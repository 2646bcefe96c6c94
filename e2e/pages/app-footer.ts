// The footer on every page, signed in or not.
import type { Locator, Page } from 'playwright-core';

export class AppFooter {
  readonly accessibilityLink: Locator;
  readonly apiDocumentationLink: Locator;

  constructor(page: Page) {
    const footer = page.getByRole('contentinfo');
    this.accessibilityLink = footer.getByRole('link', { name: 'Accessibility statement', exact: true });
    this.apiDocumentationLink = footer.getByRole('link', { name: 'API documentation', exact: true });
  }
}
