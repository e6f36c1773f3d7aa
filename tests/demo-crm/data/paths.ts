/**
 * Where each demo page lives, under the real CRM host names (../../../../shared/research/
 * crm-pages.md §1.1, §2.1). The renderers, the server, the demo runner and the browser
 * tests all build URLs here, so a path is spelled once.
 */
import type { DemoCustomer, DemoOrder, DemoWorld } from './types';

export const DEMO_HOSTS = {
  hubspot: 'app.hubspot.com',
  shopify: 'admin.shopify.com',
} as const;
export type DemoCrm = keyof typeof DEMO_HOSTS;

export const hubspotPaths = {
  contactsList: (world: DemoWorld): string =>
    `/contacts/${world.hubspotPortal}/objects/0-1/views/all/list`,
  contact: (world: DemoWorld, contactId: string): string =>
    `/contacts/${world.hubspotPortal}/record/0-1/${contactId}`,
};

export const shopifyPaths = {
  customersList: (world: DemoWorld): string => `/store/${world.shopifyStore}/customers`,
  customer: (world: DemoWorld, customerId: string): string =>
    `/store/${world.shopifyStore}/customers/${customerId}`,
  ordersList: (world: DemoWorld): string => `/store/${world.shopifyStore}/orders`,
  order: (world: DemoWorld, orderId: string): string =>
    `/store/${world.shopifyStore}/orders/${orderId}`,
};

/** The record page of a customer in one CRM, or null when that CRM does not know them. */
export function recordPath(world: DemoWorld, customer: DemoCustomer, crm: DemoCrm): string | null {
  if (crm === 'hubspot') {
    return customer.hubspot ? hubspotPaths.contact(world, customer.hubspot.id) : null;
  }
  return customer.shopify ? shopifyPaths.customer(world, customer.shopify.id) : null;
}

/** Every order page of the store, each with its customer. */
export function shopifyOrderPages(
  world: DemoWorld,
): { path: string; order: DemoOrder; customer: DemoCustomer }[] {
  return world.customers.flatMap((customer) =>
    (customer.shopify?.orders ?? []).map((order) => ({
      path: shopifyPaths.order(world, order.id),
      order,
      customer,
    })),
  );
}

export function demoUrl(crm: DemoCrm, path: string): string {
  return `https://${DEMO_HOSTS[crm]}${path}`;
}
