/**
 * Attack class 4: Rung on pages that are not the CRM's admin. Its content scripts ran on
 * every Shopify storefront (`*.myshopify.com/*`) and on every hubspot.com site; a
 * storefront script called `pushState('/admin/customers')`, drew a fake customer list and
 * Rung stored it (60,000 junk profiles in 6 minutes). Now the manifest asks for, and runs
 * on, the admin paths only: a storefront, and HubSpot's community site, get no content
 * script at all, whatever they draw or wherever they push their URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderShopifyCustomers } from '../../demo-crm/render';
import { contentWorld } from '../proof/content-world';
import { startProofSession, type ProofSession } from '../proof/proof-session';
import { countPageReads } from './page-reads';

const STOREFRONT = 'maple-and-moss.myshopify.com';
const COMMUNITY = 'community.hubspot.com';

describe('pages that are not a CRM admin', () => {
  let s: ProofSession;
  beforeAll(async () => {
    s = await startProofSession({ hosts: [STOREFRONT, COMMUNITY] });
    // The storefront draws the admin's customer list (the demo renderer's markup).
    s.proof.setPage(STOREFRONT, '/', renderShopifyCustomers(s.world));
    s.proof.setPage(COMMUNITY, '/', renderShopifyCustomers(s.world));
  }, 60_000);
  afterAll(() => s?.close());

  it('asks only for the admin paths', async () => {
    const page = await s.rung.openExtensionPage('manifest.json');
    const manifest = JSON.parse((await page.textContent('body')) ?? '{}') as {
      host_permissions: string[];
      content_scripts: { matches: string[] }[];
    };
    const admin = [
      'https://app.hubspot.com/contacts/*',
      'https://app-eu1.hubspot.com/contacts/*',
      'https://app-na2.hubspot.com/contacts/*',
      'https://admin.shopify.com/store/*',
      'https://*.myshopify.com/admin/*',
    ];
    expect([...manifest.host_permissions].sort()).toEqual([...admin].sort());
    expect(manifest.content_scripts.flatMap((c) => c.matches).sort()).toEqual([...admin].sort());
    await page.close();
  });

  it.each([STOREFRONT, COMMUNITY])(
    'runs no content script on %s, even after it pushes an admin URL',
    async (host) => {
      const reads = await countPageReads(await s.rung.serviceWorker());
      const before = await reads();
      const page = await s.openUrl(s.proof.url(host, '/'));
      await page.evaluate(() => history.pushState(null, '', '/admin/customers'));
      await expect(contentWorld(page, s.rung.extensionId, 3_000)).rejects.toThrow(
        /no content script/,
      );
      expect((await reads()) - before).toBe(0);
      await page.close();
    },
  );
});
