// @vitest-environment happy-dom
// Orders lists: edge cases beyond the field-by-field readings in woocommerce.screens.test.ts.
import { describe, expect, it } from 'vitest';
import { nonZeroMatches } from '../../../tests/fixtures/woocommerce/counts';
import { WOO_NOW, WOO_URLS, wooFixture } from '../../../tests/fixtures/woocommerce/load';
import { woocommerceReader } from './reader';
import { isProvisionalKey } from './provisional';
import { WOO_SELECTORS } from './selectors';

const readDoc = (doc: Document, url: string) =>
  woocommerceReader.read(doc, new URL(url), { now: WOO_NOW });

describe('WooCommerce orders list filtered to one customer', () => {
  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture('orders-hpos-customer-de.html'))).toEqual({
      'page.heading': 1,
      'list.row': 3,
      'list.customerFilter': 1,
      'row.title': 3,
      'row.date': 3,
      'row.status': 3,
      'row.total': 3,
      'money.amount': 6, // each total and the tax it includes
      'money.original': 1, // the refunded order's struck-through total
      'report.headerLabel': 15, // the list's sorting indicators (unused on this screen)
    });
  });

  it('trusts only the URL when the filter option names another user', () => {
    const doc = wooFixture('orders-hpos-customer-en.html');
    const option = doc.querySelector('select[name="_customer_user"] option');
    if (option) option.textContent = 'Eve Example (#9 &ndash; eve@example.com)';
    const customer = readDoc(doc, WOO_URLS.hposCustomer)?.scrape.customers[0];
    expect(customer?.key).toEqual({ crm: 'woocommerce', account: 'laden.example.de', id: '2' });
    expect(customer?.name).toBe('Hedwig Brandt'); // from the first row's buyer
  });

  it('reads the French option, which numbers the user "n°"', () => {
    const doc = wooFixture('orders-legacy-customer-en.html');
    const option = doc.querySelector('select[name="_customer_user"] option');
    if (option) option.textContent = 'Hedwig Brandt (n°2 – hedwig.brandt@example.de)';
    const customer = readDoc(doc, WOO_URLS.legacyCustomer)?.scrape.customers[0];
    expect(customer?.email).toBe('hedwig.brandt@example.de');
  });

  it('skips a checkout draft row', () => {
    const doc = wooFixture('orders-hpos-customer-de.html');
    const mark = doc.querySelector('#order-47 mark.order-status');
    mark?.setAttribute('class', 'order-status status-checkout-draft');
    const orders = readDoc(doc, WOO_URLS.hposCustomer)?.scrape.customers[0]?.orders;
    expect(orders?.map((o) => o.id)).toEqual(['48', '45']);
  });
});

describe('WooCommerce orders list, all customers', () => {
  it("keys each row's buyer provisionally by name, one entry per row", () => {
    const customers = readDoc(wooFixture('orders-legacy-de.html'), WOO_URLS.legacyList)?.scrape
      .customers;
    expect(customers?.every((c) => isProvisionalKey(c.key))).toBe(true);
    expect(customers?.map((c) => c.orders?.[0]?.id)).toEqual(['48', '47', '46', '45', '44', '43']);
  });

  it('leaves out a row without a buyer name, and says so', () => {
    const doc = wooFixture('orders-hpos-en.html');
    const title = doc.querySelector('#order-43 a.order-view strong');
    if (title) title.textContent = '#43 ';
    const result = readDoc(doc, WOO_URLS.hposList);
    expect(result?.scrape.customers.map((c) => c.orders?.[0]?.id)).toEqual([
      '48',
      '47',
      '46',
      '45',
      '44',
    ]);
    expect(result?.scrape.diagnostics).toEqual(['row.title:no-buyer']);
  });
});
