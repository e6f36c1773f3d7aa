/**
 * `npm run screenshots`: the README's pictures, made from the demo CRM with the built
 * extension (run `npm run build` first). Visits the lists and order pages so Rung has
 * seen every customer, then photographs each surface into tests/demo-crm/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { customerQuery, startSession, type E2eSession } from '../e2e/session';
import { waitForBadges } from '../e2e/badges';
import { hubspotPaths, shopifyOrderPages, shopifyPaths } from './data/paths';

const out = path.resolve('tests/demo-crm/screenshots');

async function shoot(page: Page, name: string) {
  await page.setViewportSize({ width: 1100, height: 720 });
  await page.screenshot({ path: path.join(out, `${name}.png`) });
  console.log(`  ${name}.png`);
}

async function seeEveryone(session: E2eSession) {
  const { world } = session;
  for (const [crm, listPath] of [
    ['shopify', shopifyPaths.customersList(world)],
    ['shopify', shopifyPaths.ordersList(world)],
    ['hubspot', hubspotPaths.contactsList(world)],
  ] as const) {
    const page = await session.open(crm, listPath);
    await waitForBadges(page, 1);
    await page.close();
  }
  for (const { path: orderPath } of shopifyOrderPages(world)) {
    const page = await session.open('shopify', orderPath);
    await waitForBadges(page, 1);
    await page.close();
  }
}

async function main() {
  mkdirSync(out, { recursive: true });
  const session = await startSession();
  try {
    await seeEveryone(session);
    const { world } = session;
    const list = await session.open('shopify', shopifyPaths.customersList(world));
    await waitForBadges(list, 10);
    await list.waitForTimeout(500);
    await shoot(list, 'shopify-customers-list');

    const devoted = session.customer('olivia-hart');
    const record = await session.open(
      'shopify',
      shopifyPaths.customer(world, devoted.shopify?.id ?? ''),
    );
    await waitForBadges(record, 1);
    await record.locator('rung-badge [data-testid="rung-badge"]').first().focus();
    await shoot(record, 'shopify-customer-badge');

    const hubspot = await session.open('hubspot', hubspotPaths.contactsList(world));
    await waitForBadges(hubspot, 10);
    await shoot(hubspot, 'hubspot-contacts-list');

    const query = customerQuery(world, devoted, 'shopify');
    for (const [page, name] of [
      [`sidepanel.html?${query}`, 'side-panel'],
      [`popup.html?${query}`, 'popup'],
      ['options.html', 'options'],
      ['dashboard.html', 'dashboard'],
    ] as const) {
      const tab = await session.rung.openExtensionPage(page);
      await tab.waitForLoadState('networkidle');
      await tab.waitForTimeout(800);
      await shoot(tab, name);
    }
  } finally {
    await session.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
