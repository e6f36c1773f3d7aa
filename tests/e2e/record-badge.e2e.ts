/**
 * The badge on a Shopify customer page and on a HubSpot contact page shows the stage
 * and category the demo designed for that customer. Shopify customers are visited the
 * way a user meets them (list, their orders, their page), so the store knows what
 * those pages show; a HubSpot contact page carries every fact on its own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotPaths, shopifyPaths } from '../demo-crm/data/paths';
import { waitForBadges, withBadgeRoots } from './badges';
import { checkBadges } from './compare';
import { expectedBadges } from '../demo-crm/data/expected';
import { startSession, type E2eSession } from './session';

describe('badge on a record page', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(() => s?.close());

  // victoria: one big order (snow leopard); noah: overdue orders (demanding); hannah: vip
  // tag (advocate); olivia: full price all year (devoted, needs zero discounts read as known).
  it.each(['victoria-lang', 'noah-fischer', 'hannah-okafor', 'olivia-hart'])(
    'Shopify customer %s gets the designed stage and category',
    async (slug) => {
      const customer = s.customer(slug);
      const shopify = customer.shopify;
      if (!shopify) throw new Error(`${slug} is not a Shopify customer`);
      const list = await s.open('shopify', shopifyPaths.customersList(s.world));
      await waitForBadges(list, 1);
      for (const order of shopify.orders) {
        const orderPage = await s.open('shopify', shopifyPaths.order(s.world, order.id));
        await orderPage.waitForTimeout(300);
        await orderPage.close();
      }
      const path = shopifyPaths.customer(s.world, shopify.id);
      const page = await s.open('shopify', path);
      const found = await waitForBadges(page, 1);
      const [check] = checkBadges('record', expectedBadges(s.world)[path] ?? [], found);
      expect(check?.found).toMatchObject({
        stage: customer.expected.shopify?.stage,
        category: customer.expected.shopify?.category,
        state: 'ready',
      });
      expect(check?.problem).toBeNull();
      await list.close();
      await page.close();
    },
  );

  it.each(['ahmed-khan', 'fatima-zahra', 'benjamin-clark', 'dmitri-volkov'])(
    'HubSpot contact %s gets the designed stage and category',
    async (slug) => {
      const customer = s.customer(slug);
      const path = hubspotPaths.contact(s.world, customer.hubspot?.id ?? '');
      const page = await s.open('hubspot', path);
      const found = await waitForBadges(page, 1);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({
        stage: customer.expected.hubspot?.stage,
        category: customer.expected.hubspot?.category,
        overridden: 'false',
        state: 'ready',
      });
      await page.close();
    },
  );

  it('shows a hostile name as text: no element injected, no script run', async () => {
    const customer = s.customer('img-onerror');
    const page = await s.open(
      'shopify',
      shopifyPaths.customer(s.world, customer.shopify?.id ?? ''),
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await waitForBadges(page, 1);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // Inside the badge's closed root (read through CDP): the name is text, not an <img>.
    const inBadges = await withBadgeRoots(
      page,
      (_: null, ...roots) => roots.map((root) => root.querySelectorAll('img').length),
      null,
    );
    expect(inBadges.length).toBe(1);
    expect(inBadges).toEqual([0]);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('sent nothing over the network from the extension', () => {
    expect(s.rung.network.external()).toEqual([]);
  });
});
