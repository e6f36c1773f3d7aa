/**
 * Attack class 7: storage and big pages. A read used to go to the worker whole and be
 * kept whole in `storage.session` for the popup: a list over 5,000 rows exceeded the
 * message bound and every badge showed "!"; two 5,000-row lists filled the session area;
 * a worker stopped in the middle of a read left "!" badges and a popup saying "no
 * customer page" until the page was reloaded.
 *
 * Lists of 5,200 customers, rendered by the demo's Shopify renderer from a cloned world,
 * served on admin.shopify.com with the demo's strict CSP.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopifyPaths } from '../../demo-crm/data/paths';
import type { DemoWorld } from '../../demo-crm/data/types';
import { renderShopifyCustomers } from '../../demo-crm/render';
import { bigWorld } from '../../bench/chromium/big-world';
import { readBadges, type FoundBadge } from '../badges';
import { askRungData, rungPage } from '../proof/ask-rung';
import { startProofSession, type ProofSession } from '../proof/proof-session';
import { stopWorkerNow } from '../proof/stop-worker';
import { countPageReads } from './page-reads';

const ROWS = 5_200;
const HOST = 'admin.shopify.com';

/** A 5,200-customer world whose Shopify ids start at `offset` (distinct lists). */
function listWorld(offset: number): DemoWorld {
  const world = bigWorld(new Date(), ROWS, 'shopify');
  for (const customer of world.customers) {
    customer.shopify!.id = String(Number(customer.shopify!.id) + offset);
  }
  return world;
}

async function waitAllReady(page: Page, count: number, timeoutMs = 80_000): Promise<FoundBadge[]> {
  const deadline = Date.now() + timeoutMs;
  let badges: FoundBadge[] = [];
  while (Date.now() < deadline) {
    badges = await readBadges(page);
    if (badges.length >= count && badges.every((b) => b.state === 'ready')) return badges;
    await page.waitForTimeout(1_000);
  }
  return badges;
}

const states = (badges: FoundBadge[]) => {
  const counts: Record<string, number> = {};
  for (const b of badges) counts[b.state ?? 'none'] = (counts[b.state ?? 'none'] ?? 0) + 1;
  return counts;
};

function sessionArea(worker: Worker) {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: {
          session: {
            get(k: null): Promise<Record<string, unknown>>;
            getBytesInUse(k: null): Promise<number>;
          };
        };
      };
    };
    return {
      keys: Object.keys(await chrome.storage.session.get(null)),
      bytes: await chrome.storage.session.getBytesInUse(null),
    };
  });
}

describe('big lists and a stopped worker', () => {
  let s: ProofSession;
  let admin: Page;
  const worlds = [listWorld(0), listWorld(100_000)];
  const paths = worlds.map((w, i) => `${shopifyPaths.customersList(w)}?list=${i}`);

  beforeAll(async () => {
    s = await startProofSession({ hosts: [HOST] });
    worlds.forEach((world, i) => s.proof.setPage(HOST, paths[i]!, renderShopifyCustomers(world)));
    admin = await rungPage(s.rung);
  }, 60_000);
  afterAll(() => s?.close());

  it('fills every badge of a list of 5,200 rows, and keeps storage.session small', async () => {
    const page = await s.openUrl(s.proof.url(HOST, paths[0]!));
    const badges = await waitAllReady(page, ROWS);
    expect(states(badges)).toEqual({ ready: ROWS });
    const area = await sessionArea(await s.rung.serviceWorker());
    console.info(`storage.session after a ${ROWS}-row list: ${area.bytes} bytes`);
    // What the popup needs of the tab, not the read (~2 MB of JSON for these rows).
    expect(area.bytes).toBeLessThan(100_000);

    // A closed tab's record goes.
    const before = area.keys.filter((k) => k.startsWith('tab:')).length;
    await page.close();
    await expect
      .poll(
        async () =>
          (await sessionArea(await s.rung.serviceWorker())).keys.filter((k) => k.startsWith('tab:'))
            .length,
      )
      .toBe(before - 1);
  }, 180_000);

  it('recovers from a worker stopped in the middle of a read', async () => {
    const reads = await countPageReads(await s.rung.serviceWorker());
    const before = await reads();
    const page = await s.openUrl(s.proof.url(HOST, paths[1]!));
    // Stop the worker once the list's first part arrived, while the rest are on their way.
    await expect.poll(reads, { timeout: 30_000, interval: 50 }).toBeGreaterThan(before);
    await stopWorkerNow(admin, s.rung.extensionId);
    const badges = await waitAllReady(page, ROWS);
    expect(states(badges)).toEqual({ ready: ROWS });
    // The popup and side panel know what the tab shows.
    const tabId = await (
      await s.rung.serviceWorker()
    ).evaluate(async (url) => {
      const { chrome } = globalThis as unknown as {
        chrome: { tabs: { query(q: { url: string }): Promise<{ id?: number }[]> } };
      };
      return (await chrome.tabs.query({ url }))[0]?.id ?? -1;
    }, page.url());
    const reopened = await rungPage(s.rung);
    const told = await askRungData<{ scrape: { customers: unknown[] } | null; reason?: string }>(
      reopened,
      'tab.current',
      { tabId },
    );
    expect(told.reason).toBeUndefined();
    expect(told.scrape?.customers.length).toBeGreaterThan(0);
  }, 180_000);
});
