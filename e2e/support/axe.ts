// Accessibility check run on every page of every journey: WCAG 2.2 AA as far as axe can tell automatically.
// Serious and critical violations fail the test; minor and moderate ones are left to manual review.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const serious = results.violations.filter((v) => v.impact && FAILING_IMPACTS.has(v.impact));
  const report = serious.map((v) => {
    const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}  ${n.html.slice(0, 160)}`);
    const more = v.nodes.length > 5 ? [`      … and ${v.nodes.length - 5} more`] : [];
    return [`  ${v.impact}: ${v.id} — ${v.help} (${v.helpUrl})`, ...nodes, ...more].join('\n');
  });
  expect(serious.length, `serious accessibility violations on ${page.url()}:\n${report.join('\n')}\n`).toBe(0);
}
