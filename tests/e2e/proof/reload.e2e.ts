/**
 * The extension is reloaded (an update) while CRM tabs are open: the old content script
 * is invalidated and goes quiet without errors, the background re-injects the new one
 * into the open tabs, and each row ends up with exactly one ready badge, not two.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedBadges } from '../../demo-crm/data/expected';
import { hubspotPaths, shopifyPaths } from '../../demo-crm/data/paths';
import { readBadges, waitForBadges } from '../badges';
import { countWorlds } from './content-world';
import { startProofSession, type ProofSession } from './proof-session';

describe('extension reloaded with CRM tabs open', () => {
  let s: ProofSession;
  beforeAll(async () => {
    // Lets the test load the same unpacked build again over CDP: Chrome's own update path.
    s = await startProofSession({ args: () => ['--enable-unsafe-extension-debugging'] });
  });
  afterAll(() => s?.close());

  it('leaves exactly one ready badge per row and no errors in the tabs', async () => {
    const lists = [
      ['hubspot', hubspotPaths.contactsList(s.world)],
      ['shopify', shopifyPaths.customersList(s.world)],
    ] as const;
    const problems: string[] = [];
    const tabs: { page: Page; expected: number }[] = [];
    for (const [crm, path] of lists) {
      const expected = (expectedBadges(s.world)[path] ?? []).length;
      const page = await s.open(crm, path);
      page.on('pageerror', (e) => void problems.push(`pageerror: ${e.message}`));
      page.on('console', (m: ConsoleMessage) => {
        // The demo pages' own missing files (favicon) are the page's business, not Rung's.
        if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
          problems.push(`console: ${m.text()}`);
      });
      expect(await waitForBadges(page, expected)).toHaveLength(expected);
      tabs.push({ page, expected });
    }

    const worlds = await Promise.all(tabs.map(({ page }) => countWorlds(page, s.rung.extensionId)));
    const before = worlds.map((w) => w.created());
    // Loading the same unpacked path again replaces the running extension (same id), as
    // an update does. chrome.runtime.reload() is not used: on Chromium 156 an extension
    // loaded with --load-extension is unloaded by it and never comes back.
    const browser = s.rung.context.browser();
    if (!browser) throw new Error('no browser-level CDP access');
    // Playwright's protocol types predate CDP's Extensions domain; the call is plain CDP.
    const cdp = (await browser.newBrowserCDPSession()) as unknown as {
      send(method: 'Extensions.loadUnpacked', params: { path: string }): Promise<{ id: string }>;
    };
    const { id } = await cdp.send('Extensions.loadUnpacked', { path: s.extensionPath });
    expect(id).toBe(s.rung.extensionId);
    // Proof the reload happened: the background re-injected a new content script world
    // into every open tab (Playwright does not report the reloaded extension's worker).
    for (const [i, world] of worlds.entries()) {
      await expect.poll(() => world.created(), { timeout: 15_000 }).toBeGreaterThan(before[i]!);
    }

    for (const { page, expected } of tabs) {
      const badges = await waitForBadges(page, expected, 20_000, 800);
      expect(badges).toHaveLength(expected);
      expect(badges.every((b) => b.state === 'ready')).toBe(true);
      // Still one per row after a DOM change makes the new script re-scan.
      await page.evaluate(() => document.body.append(document.createElement('div')));
      await page.waitForTimeout(800);
      expect(await readBadges(page)).toHaveLength(expected);
    }
    expect(problems).toEqual([]);
  });
});
