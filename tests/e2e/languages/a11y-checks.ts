/**
 * axe on every surface in the browser's language: the badge inside its shadow root on
 * a CRM record, the side panel, the popup with and without a customer, the options
 * page and the dashboard. Translated labels can break what English passed (a missing
 * accessible name, `lang` mismatches), so this runs per language.
 */
import { expect } from 'vitest';
import { seriousViolations } from '../axe';
import { waitForBadges } from '../badges';
import { openReady, RECORD, type LanguageRun } from './run';

/** Checked on its own by checkBadgeLabelInName, where its known failure is declared. */
const LABEL_IN_NAME = 'label-content-name-mismatch';

export async function checkAccessibility(run: LanguageRun): Promise<void> {
  // The demo CRM's own markup is not ours to fix: keep only findings inside Rung's hosts.
  const onRecord = await seriousViolations(run.record);
  expect(
    onRecord.filter((p) => p.includes('rung-badge') && !p.startsWith(`${LABEL_IN_NAME} `)),
  ).toEqual([]);

  const surfaces: [string, string][] = [
    [`sidepanel.html?${run.query(RECORD)}`, '[data-testid="treatment-headline"]'],
    [`popup.html?${run.query(RECORD)}`, '[data-testid="override-save"]'],
    ['popup.html?crm=hubspot&account=1&id=404', '[data-testid="no-customer"]'],
    ['options.html', 'input[name="stage.repeatMinOrders"]'],
    ['dashboard.html', '[data-testid="customer-table"]'],
  ];
  const problems: string[] = [];
  for (const [path, ready] of surfaces) {
    const page = await openReady(run, path, ready);
    problems.push(...(await seriousViolations(page)).map((p) => `${path}: ${p}`));
    await page.close();
  }
  expect(problems).toEqual([]);
}

/**
 * WCAG 2.5.3 (label in name): the pill's visible short stage label must be part of its
 * accessible name, or a voice-control user saying what they see cannot press it. Run on a
 * list page, where many stages show.
 */
export async function checkBadgeLabelInName(run: LanguageRun): Promise<void> {
  const list = await run.s.open('shopify', run.listPath());
  await waitForBadges(list, 20);
  const problems = await seriousViolations(list, [LABEL_IN_NAME]);
  await list.close();
  expect(problems.filter((p) => p.includes('rung-badge'))).toEqual([]);
}
