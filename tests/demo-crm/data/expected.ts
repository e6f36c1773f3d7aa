/**
 * What the badges should show on each demo page, from the customers' designed
 * expectations. Covers the pages that carry badges by contract: both customer lists
 * (one badge per row) and every customer record. Order pages are left out on purpose:
 * whether they carry a badge is the content script's choice, not the demo's promise.
 */
import { hubspotPaths, recordPath, shopifyPaths, type DemoCrm } from './paths';
import type { DemoWorld } from './types';
import type { Category, Stage } from '../../../lib/segmentation/types';

export interface ExpectedBadge {
  slug: string;
  name: string;
  stage: Stage;
  category: Category;
  crm: DemoCrm;
  /** The customer's record path: list rows are found by their link to it. */
  recordPath: string;
}

export type ExpectedBadges = Record<string, ExpectedBadge[]>;

export function expectedBadges(world: DemoWorld): ExpectedBadges {
  const lists: Record<DemoCrm, string> = {
    hubspot: hubspotPaths.contactsList(world),
    shopify: shopifyPaths.customersList(world),
  };
  const pages: ExpectedBadges = { [lists.hubspot]: [], [lists.shopify]: [] };
  for (const crm of ['shopify', 'hubspot'] as const) {
    for (const customer of world.customers) {
      const expectation = customer.expected[crm];
      const path = recordPath(world, customer, crm);
      if (!expectation || !path) continue;
      const badge: ExpectedBadge = {
        slug: customer.slug,
        name: customer.name,
        stage: expectation.stage,
        category: expectation.category,
        crm,
        recordPath: path,
      };
      pages[lists[crm]]?.push(badge);
      pages[path] = [badge];
    }
  }
  return pages;
}
