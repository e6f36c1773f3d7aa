// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor, isSupportedUrl, readPage, scrapePage, watchTargets } from './index';

describe('adapter registry', () => {
  it.each([
    ['https://app.hubspot.com/contacts/1/record/0-1/2', 'hubspot'],
    ['https://app-eu1.hubspot.com/contacts/1/objects/0-1/views/all/list', 'hubspot'],
    ['https://app.hubspot.com/contacts/1/contact/2', 'hubspot'],
    ['https://admin.shopify.com/store/acme/customers', 'shopify'],
    ['https://admin.shopify.com/store/acme/orders/55?tab=x', 'shopify'],
    ['https://acme.myshopify.com/admin/customers/12', 'shopify'],
  ])('%s is read by %s', (url, crm) => {
    expect(isSupportedUrl(url)).toBe(true);
    expect(adapterFor(url)?.crm).toBe(crm);
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
  ])('%s is not supported', (url) => {
    expect(isSupportedUrl(url)).toBe(false);
    expect(scrapePage(document, url)).toBeNull();
    expect(readPage(document, url)).toBeNull();
    expect(watchTargets(url)).toEqual([]);
  });

  it('names the regions to watch for each page kind', () => {
    expect(watchTargets('https://app.hubspot.com/contacts/1/record/0-1/2')).toEqual([
      '[data-test-id="left-sidebar"]',
      '[data-test-id="middle-pane"]',
      '[data-test-id="records-right-sidebar"]',
      '[data-test-id="right-sidebar"]',
    ]);
    expect(watchTargets('https://app.hubspot.com/contacts/1/objects/0-1/views/all/list')).toEqual([
      '[data-test-id="framework-data-table"] tbody',
      'table[role="grid"] tbody',
    ]);
    expect(watchTargets(new URL('https://admin.shopify.com/store/acme/orders'))).toEqual([
      '#AppFrameMain',
      'main',
    ]);
  });

  it('reads an empty supported page without crashing, reporting what it missed', () => {
    document.body.innerHTML = '';
    const scrape = scrapePage(document, 'https://admin.shopify.com/store/acme/customers');
    expect(scrape).toEqual({
      crm: 'shopify',
      account: 'acme',
      page: 'customer-list',
      customers: [],
      diagnostics: ['page.main', 'list.table'],
    });
  });
});
