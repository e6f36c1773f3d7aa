// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readerAmong, readPageWith, scrapePageWith } from '../reading/read-with';
import { hubspotDriver } from './hubspot';
import { BUILT_IN_MATCHES, BUILT_IN_SITES, CRM_SITES } from './registry';
import { shopifyDriver } from './shopify';
import { woocommerceDriver } from './woocommerce';

const READERS = [hubspotDriver, shopifyDriver, woocommerceDriver].map((d) => d.reader);

describe('the CRM registry', () => {
  it('lists each CRM once, by its folder name', () => {
    const ids = CRM_SITES.map((site) => site.id);
    expect(ids).toEqual(['hubspot', 'shopify', 'woocommerce', 'custom']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('derives the hosts Rung reads without being asked from the drivers on fixed hosts', () => {
    expect(BUILT_IN_SITES.map((site) => site.id)).toEqual(['hubspot', 'shopify']);
    expect(BUILT_IN_MATCHES).toEqual([
      'https://app.hubspot.com/contacts/*',
      'https://app-eu1.hubspot.com/contacts/*',
      'https://app-na2.hubspot.com/contacts/*',
      'https://admin.shopify.com/store/*',
      'https://*.myshopify.com/admin/*',
    ]);
  });

  it('keeps each driver site and reader together under one kind', () => {
    for (const driver of [hubspotDriver, shopifyDriver, woocommerceDriver]) {
      expect(CRM_SITES).toContain(driver.site);
      expect(driver.site.produces(driver.reader.crm)).toBe(true);
    }
  });
});

describe('the built-in readers', () => {
  it.each([
    ['https://app.hubspot.com/contacts/1/record/0-1/2', 'hubspot'],
    ['https://app-eu1.hubspot.com/contacts/1/objects/0-1/views/all/list', 'hubspot'],
    ['https://app.hubspot.com/contacts/1/contact/2', 'hubspot'],
    ['https://admin.shopify.com/store/acme/customers', 'shopify'],
    ['https://admin.shopify.com/store/acme/orders/55?tab=x', 'shopify'],
    ['https://acme.myshopify.com/admin/customers/12', 'shopify'],
    ['https://shop.example/wp-admin/admin.php?page=wc-orders', 'woocommerce'],
  ])('%s is read by %s', (url, crm) => {
    expect(readerAmong(READERS, url)?.crm).toBe(crm);
  });

  it.each([
    'https://app.hubspot.com/contacts/1/record/0-3/2', // a deal, not a contact
    'https://app.hubspot.com/settings/1',
    'https://admin.shopify.com/store/acme/products/5',
    'https://admin.shopify.com/store/acme/customers/abc',
    'https://acme.myshopify.com/collections/all', // the storefront, not the admin
    'http://admin.shopify.com/store/acme/customers',
    'https://hubspot.com.evil.example/contacts/1/record/0-1/2',
    'javascript:alert(1)',
    '',
  ])('%s is not read', (url) => {
    expect(readerAmong(READERS, url)).toBeNull();
    expect(scrapePageWith(READERS, document, url)).toBeNull();
    expect(readPageWith(READERS, document, url)).toBeNull();
  });

  it('reads an empty supported page without crashing, reporting what it missed', () => {
    document.body.innerHTML = '';
    const scrape = scrapePageWith(
      READERS,
      document,
      'https://admin.shopify.com/store/acme/customers',
    );
    expect(scrape).toEqual({
      crm: 'shopify',
      account: 'acme',
      page: 'customer-list',
      customers: [],
      diagnostics: ['page.main', 'list.table'],
    });
  });
});
