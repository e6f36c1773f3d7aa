/**
 * The 1,000-row list pages the Chromium benches read: HubSpot contacts and Shopify
 * customers rendered by the demo renderers from a 1,000-customer world, and the
 * WooCommerce 1,000-row orders fixture. `deferRows` moves the rows into a template, so a
 * bench can insert them at a moment it marks ("rows existing") instead of at load.
 */
import { hubspotPaths, shopifyPaths } from '../../demo-crm/data/paths';
import { renderHubspotList, renderShopifyCustomers } from '../../demo-crm/render';
import { largeHposListHtml } from '../../fixtures/woocommerce/large-list';
import { bigWorld } from './big-world';

export interface ListPage {
  crm: 'hubspot' | 'shopify' | 'woocommerce';
  /** The real CRM URL the page stands for. */
  url: string;
  html: string;
  rows: number;
}

export const ROWS_TEMPLATE_ID = 'rung-bench-rows';

export function listPages(asOf: Date, rows = 1_000): ListPage[] {
  const hubspot = bigWorld(asOf, rows, 'hubspot');
  const shopify = bigWorld(asOf, rows, 'shopify');
  return [
    {
      crm: 'hubspot',
      url: `https://app.hubspot.com${hubspotPaths.contactsList(hubspot)}`,
      html: renderHubspotList(hubspot),
      rows,
    },
    {
      crm: 'shopify',
      url: `https://admin.shopify.com${shopifyPaths.customersList(shopify)}`,
      html: renderShopifyCustomers(shopify),
      rows,
    },
    {
      crm: 'woocommerce',
      url: 'https://shop.example/wp-admin/admin.php?page=wc-orders&_customer_user=5',
      html: largeHposListHtml(rows),
      rows,
    },
  ];
}

/** The page with its (single) table body emptied and the rows kept in a template. */
export function deferRows(html: string): string {
  const match = /(<tbody[^>]*>)([\s\S]*?)(<\/tbody>)/.exec(html);
  if (!match || match.index === undefined) throw new Error('the list page has no table body');
  const [whole, open, rows, close] = match as unknown as [string, string, string, string];
  const template = `<template id="${ROWS_TEMPLATE_ID}">${rows}</template>`;
  return (
    html.slice(0, match.index) + open + close + template + html.slice(match.index + whole.length)
  );
}
