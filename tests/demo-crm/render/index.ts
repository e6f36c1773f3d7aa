/**
 * The demo CRM's page renderers: pure `(world, …) → HTML document` functions, one per page
 * kind, and `routes(world)`, every demo URL path with its page kind and renderer (the demo
 * server serves these; assets/ holds the two external scripts the pages load).
 */
import type { PageKind } from '../../../lib/domain/crm-kind';
import { hubspotPaths, shopifyPaths } from '../data/paths';
import type { DemoWorld } from '../data/types';
import type { RenderOptions } from './html';
import { renderHubspotList } from './hubspot-list';
import { renderHubspotRecord } from './hubspot-record';
import { renderShopifyCustomer } from './shopify-customer';
import { renderShopifyCustomers, renderShopifyOrders, storeOrders } from './shopify-lists';
import { renderShopifyOrder } from './shopify-order';

export type { RenderOptions } from './html';
export {
  renderHubspotList,
  renderHubspotRecord,
  renderShopifyCustomer,
  renderShopifyCustomers,
  renderShopifyOrder,
  renderShopifyOrders,
};

export interface DemoRoute {
  crm: 'hubspot' | 'shopify';
  /** Root-relative path on app.hubspot.com or admin.shopify.com. */
  path: string;
  kind: PageKind;
  render(options?: RenderOptions): string;
}

/** Files in ./assets, served at /__demo/assets/<name>. */
export const DEMO_ASSETS = ['late.js', 'spa.js'] as const;

export function routes(world: DemoWorld): DemoRoute[] {
  const out: DemoRoute[] = [
    {
      crm: 'hubspot',
      path: hubspotPaths.contactsList(world),
      kind: 'customer-list',
      render: (o) => renderHubspotList(world, o),
    },
    {
      crm: 'shopify',
      path: shopifyPaths.customersList(world),
      kind: 'customer-list',
      render: (o) => renderShopifyCustomers(world, o),
    },
    {
      crm: 'shopify',
      path: shopifyPaths.ordersList(world),
      kind: 'order-list',
      render: (o) => renderShopifyOrders(world, o),
    },
  ];
  for (const customer of world.customers) {
    const { hubspot, shopify } = customer;
    if (hubspot) {
      const path = hubspotPaths.contact(world, hubspot.id);
      out.push({
        crm: 'hubspot',
        path,
        kind: 'customer',
        render: (o) => renderHubspotRecord(world, customer, o),
      });
    }
    if (shopify) {
      const path = shopifyPaths.customer(world, shopify.id);
      out.push({
        crm: 'shopify',
        path,
        kind: 'customer',
        render: (o) => renderShopifyCustomer(world, customer, o),
      });
    }
  }
  for (const { order, customer } of storeOrders(world)) {
    const path = shopifyPaths.order(world, order.id);
    out.push({
      crm: 'shopify',
      path,
      kind: 'order',
      render: (o) => renderShopifyOrder(world, customer, order, o),
    });
  }
  return out;
}
