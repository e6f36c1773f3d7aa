// @vitest-environment happy-dom
// Order edit screens: edge cases beyond the field-by-field readings in woocommerce.screens.test.ts.
import { describe, expect, it } from 'vitest';
import { nonZeroMatches } from '../../../tests/fixtures/woocommerce/counts';
import { WOO_EXPECTED } from '../../../tests/fixtures/woocommerce/expected';
import { WOO_NOW, WOO_URLS, wooFixture } from '../../../tests/fixtures/woocommerce/load';
import { woocommerceReader } from './reader';
import { WOO_SELECTORS } from './selectors';

const readDoc = (doc: Document, url: string) =>
  woocommerceReader.read(doc, new URL(url), { now: WOO_NOW });

describe('WooCommerce order edit (HPOS), registered customer', () => {
  const file = 'order-edit-registered-de.html';

  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture(file))).toEqual({
      'page.heading': 1,
      'order.heading': 1,
      'order.status': 1,
      'order.date': 1,
      'order.dateHour': 1,
      'order.dateMinute': 1,
      'order.dateSecond': 1,
      'order.customer': 1,
      'order.profileLink': 1,
      'order.billingEmail': 1,
      'order.billingFirst': 1,
      'order.billingLast': 1,
      'order.totalsRow': 6,
      'history.orders': 1,
      'history.spend': 1,
      'money.amount': 12,
      // Row-scoped report hooks are generic links; page-wide they find these (unused here).
      'report.userLink': 1,
      'report.email': 1,
    });
  });

  it('reads the e-mail from the doubly escaped customer option when the billing fields are gone', () => {
    const doc = wooFixture(file);
    doc.querySelector('#_billing_email')?.remove();
    doc.querySelector('.order_data_column .address a[href^="mailto:"]')?.remove();
    const customer = readDoc(doc, WOO_URLS.orderRegistered)?.scrape.customers[0];
    expect(customer?.key).toEqual({
      crm: 'woocommerce',
      account: 'laden.example.de',
      id: '2',
      email: 'hedwig.brandt@example.de',
    });
  });

  it('falls back to the Profile link when the select has no selected option', () => {
    const doc = wooFixture(file);
    doc.querySelector('select#customer_user option')?.removeAttribute('selected');
    const customer = readDoc(doc, WOO_URLS.orderRegistered)?.scrape.customers[0];
    expect(customer?.key.id).toBe('2');
  });

  it('gives the day alone when the time inputs are missing', () => {
    const doc = wooFixture(file);
    doc.querySelector('input[name="order_date_hour"]')?.remove();
    const customer = readDoc(doc, WOO_URLS.orderRegistered)?.scrape.customers[0];
    expect(customer?.orders?.[0]?.placedAt).toBe('2026-11-25');
  });

  it('skips a checkout draft but keeps the customer and their history', () => {
    const doc = wooFixture(file);
    const select = doc.querySelector('select#order_status');
    select?.querySelector('option[selected]')?.removeAttribute('selected');
    const draft = doc.createElement('option');
    draft.setAttribute('value', 'wc-checkout-draft');
    draft.setAttribute('selected', 'selected');
    select?.append(draft);
    const customer = readDoc(doc, WOO_URLS.orderRegistered)?.scrape.customers[0];
    expect(customer?.orders).toBeUndefined();
    expect(customer?.summary).toEqual(WOO_EXPECTED.orderRegistered[0]?.summary);
  });
});

describe('WooCommerce order edit (legacy), guest order', () => {
  it('leaves out a guest with no e-mail, with a diagnostic', () => {
    const doc = wooFixture('order-edit-guest-en.html');
    doc.querySelector('#_billing_email')?.setAttribute('value', '');
    doc.querySelector('.order_data_column .address a[href^="mailto:"]')?.remove();
    const result = readDoc(doc, WOO_URLS.orderGuest);
    expect(result?.scrape.customers).toEqual([]);
    expect(result?.scrape.diagnostics).toContain('order.customer:none');
  });

  it('reads nothing on post.php when the post is not an order', () => {
    const doc = wooFixture('order-edit-guest-de.html');
    doc.body.classList.remove('post-type-shop_order');
    doc.body.classList.add('post-type-post');
    expect(readDoc(doc, WOO_URLS.orderGuest)).toBeNull();
  });
});
