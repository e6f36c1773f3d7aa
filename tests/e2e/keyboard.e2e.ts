/**
 * Keyboard-only use in the real browser: a badge is reached with Tab, has an accessible
 * name, and Enter opens it (the background records the customer for the side panel).
 * This file runs in English. The same keyboard-only checks in Persian (right to left,
 * with visible focus, and saving a threshold from the keyboard) are in languages.e2e.ts:
 * with Debian's chromium-l10n packs installed, `--lang=fa` plus LANGUAGE=fa does switch
 * chrome.i18n to Persian (the earlier "stays en-US" finding was the missing packs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoCrm, type DemoCrmServer } from '../demo-crm/server';
import { demoUrl, shopifyPaths } from '../demo-crm/data/paths';
import { waitForBadges, withBadgeRoots } from './badges';
import { launchRung, type Rung } from './harness';

describe('keyboard only', () => {
  let crm: DemoCrmServer;
  let rung: Rung;

  beforeAll(async () => {
    crm = await startDemoCrm({ asOf: new Date() });
    rung = await launchRung({ headless: true, crm });
  });
  afterAll(async () => {
    try {
      await rung?.close();
    } finally {
      await crm?.close();
    }
  });

  it('reaches a badge with Tab and opens it with Enter', async () => {
    const list = await rung.context.newPage();
    await list.goto(demoUrl('shopify', shopifyPaths.customersList(crm.world)));
    await waitForBadges(list, 5);
    // Tab until the focus is inside a badge's (closed) shadow root: from the page, the
    // active element is then a badge host; the focused pill is read through CDP.
    const focusedLabel = () =>
      withBadgeRoots(
        list,
        (_: null, ...roots) =>
          roots.find((root) => root.activeElement)?.activeElement?.getAttribute('aria-label') ?? '',
        null,
      );
    let label = '';
    for (let i = 0; i < 40 && !label; i++) {
      await list.keyboard.press('Tab');
      label = await focusedLabel();
    }
    expect(label.length).toBeGreaterThan(5);
    await list.keyboard.press('Enter');
    // Enter on the focused badge asks the background to open the side panel for that
    // customer; the background records it as the tab's focused customer.
    const sw = await rung.serviceWorker();
    await expect
      .poll(
        () =>
          sw.evaluate(async () => {
            const { chrome } = globalThis as unknown as {
              chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
            };
            const all = await chrome.storage.session.get(null);
            return Object.values(all).some((v) => (v as { focused?: unknown }).focused);
          }),
        { timeout: 5_000 },
      )
      .toBe(true);
  });
});
