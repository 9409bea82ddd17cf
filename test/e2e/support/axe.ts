/** Accessibility checks with axe-core, injected from node_modules (no network; bypasses the page CSP). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** One axe violation, trimmed to what a failing test should print. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** WCAG 2.1 A/AA plus axe best practices, on the whole page or the `include` selector. */
export async function axeViolations(page: Page, options: { include?: string; disableRules?: string[] } = {}): Promise<AxeViolation[]> {
  // evaluated through the DevTools protocol, which the page's CSP does not restrict
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async ({ include, disableRules }) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const rules = Object.fromEntries((disableRules ?? []).map((r) => [r, { enabled: false }]));
    const result = await axe.run(include ?? document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      rules,
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
  }, options);
}
