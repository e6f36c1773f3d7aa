import { describe, expect, it } from 'vitest';
import { identifyPage, scrapeMatchesSender } from './page-identity';

describe('identifyPage', () => {
  it.each([
    ['https://app.hubspot.com/contacts/1234567/record/0-1/501', 'hubspot', '1234567'],
    ['https://app-eu1.hubspot.com/contacts/42/objects/0-1/views/all/list', 'hubspot', '42'],
    ['https://admin.shopify.com/store/acme-store/customers/7088', 'shopify', 'acme-store'],
    ['https://acme.myshopify.com/admin/orders/12', 'shopify', 'acme'],
    ['https://shop.example/wp-admin/admin.php?page=wc-orders', 'woocommerce', 'shop.example'],
    [
      'https://example.org/shop/wp-admin/edit.php?post_type=shop_order',
      'woocommerce',
      'example.org',
    ],
  ])('%s → %s/%s', (url, crm, account) => {
    expect(identifyPage(url)).toEqual({ crm, account });
  });

  it.each([
    'https://app.hubspot.com/reports/1',
    'https://evil.example/contacts/1234567/record/0-1/501',
    'https://hubspot.com.evil.example/contacts/1/record/0-1/2',
    'https://admin.shopify.com/settings',
    'https://acme.myshopify.com/products/x',
    'javascript:alert(1)',
    'not a url',
  ])('%s is no CRM page', (url) => {
    expect(identifyPage(url)).toBeNull();
  });
});

describe('scrapeMatchesSender', () => {
  it('refuses a scrape naming another account than the tab shows', () => {
    const url = 'https://admin.shopify.com/store/acme-store/customers';
    expect(scrapeMatchesSender({ crm: 'shopify', account: 'acme-store' }, url)).toBe(true);
    expect(scrapeMatchesSender({ crm: 'shopify', account: 'rival-store' }, url)).toBe(false);
    expect(scrapeMatchesSender({ crm: 'hubspot', account: 'acme-store' }, url)).toBe(false);
  });

  it('keys custom CRMs by host', () => {
    const url = 'https://crm.example.com/people/1';
    expect(scrapeMatchesSender({ crm: 'custom:x', account: 'crm.example.com' }, url)).toBe(true);
    expect(scrapeMatchesSender({ crm: 'custom:x', account: 'other.example' }, url)).toBe(false);
  });
});
