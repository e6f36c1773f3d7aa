/**
 * Saved fixture pages, loaded at the real URLs they were captured from, get their badges
 * like the live sites would; and client-side navigation (pushState, as HubSpot and
 * Shopify do) moves the badges to the new view without a reload.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedBadges } from '../demo-crm/data/expected';
import { shopifyPaths } from '../demo-crm/data/paths';
import { fixtureUrl } from '../demo-crm/server';
import type { FixtureCrm } from '../demo-crm/server/hosts';
import { readBadges, waitForBadge, waitForBadges } from './badges';
import { startSession, type E2eSession } from './session';

describe('fixtures and client-side navigation', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await startSession();
  });
  afterAll(() => s?.close());

  async function openFixture(crm: FixtureCrm, file: string) {
    const page = await s.rung.context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const response = await page.goto(fixtureUrl(crm, file));
    expect(response?.status()).toBe(200);
    return { page, dialogs };
  }

  it.each([
    ['hubspot', 'contact-record.html'],
    ['hubspot', 'contact-record-late.html'],
    ['hubspot', 'contact-record-stale-card.html'],
    ['shopify', 'customer.html'],
    ['shopify', 'customer-hostile.html'],
  ] as const)('%s fixture %s gets exactly one ready badge', async (crm, file) => {
    const { page, dialogs } = await openFixture(crm, file);
    const badges = await waitForBadges(page, 1);
    expect(badges).toHaveLength(1);
    expect(badges[0]?.state).toBe('ready');
    expect(dialogs).toEqual([]);
    await page.close();
  });

  // A customer row: HubSpot's `row-<numeric id>` (a non-numeric id is no record), or a
  // Shopify row linking to a customer.
  const customerRows = (crm: FixtureCrm) =>
    crm === 'hubspot'
      ? Array.from(document.querySelectorAll('tr[data-test-id^="row-"]')).filter((row) =>
          /^row-\d+$/.test(row.getAttribute('data-test-id') ?? ''),
        ).length
      : document.querySelectorAll('tr:has(a[href*="/customers/"])').length;

  it.each([
    ['hubspot', 'contacts-list.html'],
    ['hubspot', 'contacts-list-hostile.html'],
    ['shopify', 'customers-list.html'],
  ] as const)('%s fixture %s gets one badge per customer row', async (crm, file) => {
    const { page, dialogs } = await openFixture(crm, file);
    const rows = await page.evaluate(customerRows, crm);
    expect(rows).toBeGreaterThan(0);
    const badges = await waitForBadges(page, rows);
    expect(badges).toHaveLength(rows);
    expect(new Set(badges.map((b) => b.rowLinks.join(' '))).size).toBe(rows);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('follows a pushState navigation from the list to a customer and back', async () => {
    const list = shopifyPaths.customersList(s.world);
    const customer = s.customer('victoria-lang');
    const record = shopifyPaths.customer(s.world, customer.shopify?.id ?? '');
    const page = await s.open('shopify', list);
    const rows = expectedBadges(s.world)[list]?.length ?? 0;
    await waitForBadges(page, rows);

    await page.locator(`a[data-spa][href="${record}"]`).first().click();
    await page.waitForURL(`**${record}`);
    const badge = await waitForBadge(
      page,
      (b) => b.stage === 'first-time' && b.category === 'high-potential',
    );
    expect(badge).toMatchObject({
      stage: 'first-time',
      category: 'high-potential',
      state: 'ready',
    });
    await expect.poll(async () => (await readBadges(page)).length, { timeout: 10_000 }).toBe(1);

    await page.goBack();
    await page.waitForURL(`**${list}`);
    expect(await waitForBadges(page, rows)).toHaveLength(rows);
    await page.close();
  });

  it('sent nothing over the network from the extension', () => {
    expect(s.rung.network.external()).toEqual([]);
  });
});
