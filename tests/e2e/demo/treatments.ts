/**
 * Reads each customer's treatment headline from the side panel, opened as a tab with
 * the customer in its URL query (the way the side panel's contract allows).
 */
import type { Page } from 'playwright-core';
import type { DemoCrm } from '../../demo-crm/data/paths';
import type { DemoCustomer, DemoWorld } from '../../demo-crm/data/types';
import type { Rung } from '../harness';
import { customerQuery } from '../session';
import { inPool } from './pool';

export async function readTreatments(
  rung: Rung,
  world: DemoWorld,
  wanted: { customer: DemoCustomer; crm: DemoCrm }[],
): Promise<Map<string, string>> {
  const tabs: Page[] = await Promise.all([0, 1, 2, 3].map(() => rung.context.newPage()));
  const origin = `chrome-extension://${rung.extensionId}/`;
  const headlines = await inPool(wanted, tabs.length, async ({ customer, crm }, slot) => {
    const tab = tabs[slot] as Page;
    await tab.goto(`${origin}sidepanel.html?${customerQuery(world, customer, crm)}`);
    const headline = tab.locator('[data-testid="treatment-headline"]');
    const text = await headline
      .waitFor({ timeout: 5_000 })
      .then(() => headline.innerText())
      .catch(() => '(no treatment shown)');
    return [`${crm}|${customer.slug}`, text.trim()] as const;
  });
  await Promise.all(tabs.map((tab) => tab.close()));
  return new Map(headlines);
}
