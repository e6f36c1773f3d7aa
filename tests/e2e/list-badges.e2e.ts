/**
 * Every row of the HubSpot contacts list and of the Shopify customers list gets exactly
 * one badge, and a re-scan (a DOM change on the page) never adds a second one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedBadges } from '../demo-crm/data/expected';
import { hubspotPaths, shopifyPaths, type DemoCrm } from '../demo-crm/data/paths';
import { readBadges, waitForBadges } from './badges';
import { checkBadges } from './compare';
import { startSession, type E2eSession } from './session';

describe('badges on the customer lists', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(() => s?.close());

  // `?late=1`: the renderers insert rows after load, as HubSpot's virtualised table does.
  const lists: [string, DemoCrm, (w: E2eSession['world']) => string, string][] = [
    ['HubSpot contacts', 'hubspot', hubspotPaths.contactsList, ''],
    ['Shopify customers', 'shopify', shopifyPaths.customersList, ''],
    ['HubSpot contacts (late rows)', 'hubspot', hubspotPaths.contactsList, '?late=1'],
    ['Shopify customers (late rows)', 'shopify', shopifyPaths.customersList, '?late=1'],
  ];

  it.each(lists)(
    'every row of the %s list gets exactly one ready badge',
    async (_label, crm, pathOf, query) => {
      const path = pathOf(s.world);
      const expected = expectedBadges(s.world)[path] ?? [];
      expect(expected.length).toBeGreaterThan(20);
      const page = await s.open(crm, `${path}${query}`);
      const found = await waitForBadges(page, expected.length);
      const checks = checkBadges('list', expected, found);
      const counts = checks.map((c) => [c.expected.slug, c.count]);
      expect(counts).toEqual(expected.map((e) => [e.slug, 1]));
      expect(found).toHaveLength(expected.length);
      expect(found.every((b) => b.state === 'ready')).toBe(true);

      // A DOM change makes the content script re-scan; it must not mount a second badge.
      await page.evaluate(() => document.body.append(document.createElement('div')));
      await page.waitForTimeout(1_000);
      expect(await readBadges(page)).toHaveLength(expected.length);
      await page.close();
    },
  );

  it('sent nothing over the network from the extension', () => {
    expect(s.rung.network.external()).toEqual([]);
  });
});
