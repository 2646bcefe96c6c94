// Launches Debian's Chromium (never a downloaded browser) through playwright-core. Each test file opens its own
// browser, so it gets a fresh profile (Playwright creates a temporary user-data dir and removes it on close).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// --no-sandbox: CI runs as root in a container, where Chromium's sandbox cannot start.
// The rest keep a headless run quiet and hermetic: no GPU, no QUIC, no background updates or sync.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const SCREENSHOT_DIR = 'test-results/e2e';

export type BrowserSession = {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught exceptions thrown by the web app's own scripts, in order (of every page the session opened). */
  pageErrors: Error[];
  /**
   * A page in a browser context of its own (its own cookies), for a journey where two people work on the same
   * record in turn: each signs in once instead of signing out and in again at every hand-over.
   */
  openAnotherUser: () => Promise<Page>;
  close: () => Promise<void>;
};

export async function openBrowser({ baseURL }: { baseURL: string }): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  const pageErrors: Error[] = [];
  const contexts: BrowserContext[] = [];
  const openPage = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser.newContext({
      baseURL,
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      viewport: { width: 1280, height: 900 },
    });
    context.setDefaultTimeout(10_000);
    context.setDefaultNavigationTimeout(20_000);
    contexts.push(context);
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error));
    return { context, page };
  };
  const { context, page } = await openPage();
  return {
    browser,
    context,
    page,
    pageErrors,
    openAnotherUser: async () => (await openPage()).page,
    close: async () => {
      for (const opened of contexts) await opened.close();
      await browser.close();
    },
  };
}

/** Saves a full-page screenshot of every open page to test-results/e2e/ whenever a test of the calling file fails. */
export function screenshotOnFailure(session: () => BrowserSession | undefined): void {
  afterEach(async (context) => {
    const opened = session();
    if (context.task.result?.state !== 'fail' || !opened) return;
    const pages = opened.browser.contexts().flatMap((browserContext) => browserContext.pages()).filter((page) => !page.isClosed());
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const name = `${context.task.file.name}-${context.task.name}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    for (const [index, page] of pages.entries()) {
      const path = join(SCREENSHOT_DIR, `${name}${index === 0 ? '' : `-${index + 1}`}.png`);
      await page.screenshot({ path, fullPage: true }).catch(() => undefined);
      console.error(`screenshot of the failed page: ${path} (${page.url()})`);
    }
  });
}
