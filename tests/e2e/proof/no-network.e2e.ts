/**
 * Rung makes no network request at all. A typical working session (both customer lists,
 * record pages, an order, the popup, options, side panel and dashboard) runs while every
 * request in the browser is watched; the extension's targets must make none, and the
 * CRM tabs none beyond the demo's own hosts. A first test proves the watch can fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotPaths, shopifyOrderPages, shopifyPaths } from '../../demo-crm/data/paths';
import { waitForBadges } from '../badges';
import { customerQuery } from '../session';
import { contentWorld } from './content-world';
import { startProofSession, type ProofSession } from './proof-session';
import { networkViolations, watchTraffic, type Traffic } from './traffic';

describe('no network', () => {
  let s: ProofSession;
  let traffic: Traffic;
  beforeAll(async () => {
    s = await startProofSession();
    traffic = watchTraffic(s.rung.context, [...s.demo.hosts]);
  });
  afterAll(() => s?.close());

  it('notices a request when the service worker makes one (the watch can fail)', async () => {
    const worker = await s.rung.serviceWorker();
    await worker.evaluate(() => fetch('https://rung-telemetry.invalid/ping').catch(() => null));
    await expect
      .poll(() => networkViolations(s.rung, traffic).join('\n'))
      .toMatch(/rung-telemetry\.invalid/);
    s.rung.network.clear();
    traffic.clear();
  });

  it('notices a request when a content script makes one (the watch covers CRM tabs)', async () => {
    const page = await s.open('hubspot', hubspotPaths.contactsList(s.world));
    const world = await contentWorld(page, s.rung.extensionId);
    await world.evaluate('fetch("https://rung-beacon.invalid/x").then(() => 1, () => 0)');
    await world.detach();
    await expect.poll(() => traffic.strays().join('\n')).toMatch(/rung-beacon\.invalid/);
    await page.close();
    s.rung.network.clear();
    traffic.clear();
  });

  it('sends nothing during a typical session', async () => {
    const { world } = s;
    const customer = world.customers.find((c) => c.hubspot && c.shopify);
    if (!customer?.hubspot || !customer.shopify) throw new Error('no customer in both CRMs');
    const order = shopifyOrderPages(world)[0];
    const visits: ['hubspot' | 'shopify', string, number][] = [
      ['hubspot', hubspotPaths.contactsList(world), 20],
      ['shopify', shopifyPaths.customersList(world), 20],
      ['hubspot', hubspotPaths.contact(world, customer.hubspot.id), 1],
      ['shopify', shopifyPaths.customer(world, customer.shopify.id), 1],
      ...(order ? [['shopify', order.path, 1] as ['shopify', string, number]] : []),
    ];
    for (const [crm, path, badges] of visits) {
      const page = await s.open(crm, path);
      expect((await waitForBadges(page, badges)).length).toBeGreaterThanOrEqual(badges);
      await page.close();
    }
    for (const path of [
      'popup.html',
      'options.html',
      'dashboard.html',
      `sidepanel.html?${customerQuery(world, customer, 'hubspot')}`,
    ]) {
      const page = await s.rung.openExtensionPage(path);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    expect(networkViolations(s.rung, traffic)).toEqual([]);
  });
});
