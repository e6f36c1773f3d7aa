/**
 * Persian lays Rung's own pages out right to left: `dir="rtl"` on every extension page,
 * and the layout really mirrored (checked on boxes, not on the attribute): headings start
 * at the right, the first table column and each metric's label sit right of what follows,
 * and the spend chart's months run from right to left.
 * The CRM page stays left to right, and its badges must stay readable beside the name.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForBadges } from '../badges';
import { boxOf, badgesBesideNames, overlaps, startsAtRight, textAndBlock } from './geometry';
import { documentLanguage, openReady, RECORD, type LanguageRun } from './run';

async function expectRtlHeading(page: Page, selector: string): Promise<void> {
  expect(await documentLanguage(page)).toMatchObject({ dir: 'rtl' });
  const heading = await textAndBlock(page.locator(selector).first());
  expect(startsAtRight(heading), `${selector} ${JSON.stringify(heading)}`).toBe(true);
}

/** `first` is drawn right of `second`, as reading order runs right to left. */
async function expectRightOf(page: Page, first: string, second: string): Promise<void> {
  const [a, b] = [
    await boxOf(page.locator(first).first()),
    await boxOf(page.locator(second).first()),
  ];
  expect(a.left, `${first} vs ${second}`).toBeGreaterThanOrEqual(b.right - 1);
}

export async function checkMirroredPages(run: LanguageRun): Promise<void> {
  const panel = await openReady(
    run,
    `sidepanel.html?${run.query(RECORD)}`,
    '[data-testid="metrics"]',
  );
  // The customer's (Latin) name is the start of the page: it sits at the right too.
  await expectRtlHeading(panel, 'h1.summary-name');
  await expectRtlHeading(panel, '#metrics-title');
  await expectRightOf(panel, '[data-testid="stage"]', '[data-testid="category"]');
  await expectRightOf(panel, '[data-testid="metrics"] dt', '[data-testid="metrics"] dd');
  // Spend over time: the first month's bar is drawn right of the last one's.
  const bars = '[data-testid="spend-chart"] rect';
  await expectRightOf(panel, `${bars}:first-child`, `${bars}:last-child`);
  await panel.close();

  const popup = await openReady(run, `popup.html?${run.query(RECORD)}`, '#override-title');
  await expectRtlHeading(popup, '#override-title');
  await popup.close();

  const options = await openReady(run, 'options.html', 'fieldset[data-group="stage"]');
  await expectRtlHeading(options, 'h1');
  await expectRtlHeading(options, 'fieldset[data-group="stage"] label');
  await expectRightOf(options, '.field-row input', '.field-row .small');
  await options.close();

  const dashboard = await openReady(run, 'dashboard.html', '[data-testid="customer-table"]');
  await expectRtlHeading(dashboard, 'h1');
  const table = '[data-testid="customer-table"] thead th';
  await expectRightOf(dashboard, `${table}:nth-child(1)`, `${table}:nth-child(2)`);
  await expectRightOf(dashboard, '.funnel li .funnel-label', '.funnel li .funnel-bar');
  await dashboard.close();
}

export async function checkBadgesOnLtrPage(run: LanguageRun): Promise<void> {
  const list = await run.s.open('shopify', run.listPath());
  await waitForBadges(list, 20);
  for (const page of [run.record, list]) {
    expect((await documentLanguage(page)).dir).not.toBe('rtl'); // the CRM's own page
    const found = await badgesBesideNames(page);
    expect(found.length).toBeGreaterThan(0);
    for (const { badge, name, clipped, visible } of found) {
      expect(visible).toBe(true);
      expect(clipped).toBe(false);
      expect(overlaps(badge, name), JSON.stringify({ badge, name })).toBe(false);
      // An LTR page: the badge follows the name on its right.
      expect(badge.left).toBeGreaterThanOrEqual(name.right - 1);
    }
  }
  await list.close();
}
