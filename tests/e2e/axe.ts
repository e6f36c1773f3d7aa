/**
 * axe-core inside a page: serious and critical violations only, as one line each.
 * `evaluate` runs past the extension pages' CSP. Used by ui-a11y.e2e.ts and the language runs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** `only`: run just these rule ids (default: axe's standard set). */
export async function seriousViolations(page: Page, only?: string[]): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(async (rules) => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const options = rules ? { runOnly: { type: 'rule', values: rules } } : {};
    const result = await axe.run(document, { resultTypes: ['violations'], ...options });
    return result.violations;
  }, only)) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
    );
}
