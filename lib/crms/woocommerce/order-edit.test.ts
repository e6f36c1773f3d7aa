// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nonZeroMatches } from '../../../tests/fixtures/woocommerce/counts';
import { WOO_NOW, WOO_URLS, wooFixture } from '../../../tests/fixtures/woocommerce/load';
import { profileSchema } from '../../domain/profile';
import { woocommerceReader } from './reader';
import { WOO_SELECTORS } from './selectors';

const readDoc = (doc: Document, url: string) =>
  woocommerceReader.read(doc, new URL(url), { now: WOO_NOW });

describe('WooCommerce order edit (HPOS), registered customer', () => {
  const file = 'order-edit-hpos.html';

  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture(file))).toEqual({
      'page.heading': 1,
      'order.heading': 1,
      'order.status': 1,
      'order.date': 1,
      'order.dateHour': 1,
      'order.dateMinute': 1,
      'order.customer': 1,
      'order.profileLink': 1,
      'order.billingEmail': 1,
      'order.billingFirst': 1,
      'order.billingLast': 1,
      'order.totalsRow': 3,
      'history.orders': 1,
      'history.spend': 1,
      'money.amount': 6,
      // Row-scoped report hooks are generic links; page-wide they find these (unused here).
      'report.userLink': 1,
      'report.email': 1,
    });
  });

  it('reads the customer, this order and the customer-history box', () => {
    const result = readDoc(wooFixture(file), WOO_URLS.orderEditHpos);
    expect(result?.scrape).toEqual({
      crm: 'woocommerce',
      account: 'shop.example',
      page: 'order',
      customers: [
        {
          key: { crm: 'woocommerce', account: 'shop.example', id: '5', email: 'ada@example.com' },
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          orders: [
            {
              id: '1024',
              placedAt: new Date(2025, 0, 5, 15, 4).toISOString(), // site wall time inputs
              total: 89,
              currency: 'USD',
              status: 'paid',
            },
          ],
          summary: { orderCount: 7, totalSpent: 1234.56, currency: 'USD' },
        },
      ],
      diagnostics: [],
    });
    // Order notes are shop messages and status changes, not complaints: tickets stay unknown.
    expect(result?.scrape.customers[0]?.tickets).toBeUndefined();
    expect(profileSchema.safeParse(result?.scrape.customers[0]).success).toBe(true);
    expect(result?.anchors[0]?.textContent).toBe('Order #1024 details');
  });

  it('falls back to the Profile link when the select has no selected option', () => {
    const doc = wooFixture(file);
    doc.querySelector('#customer_user option')?.removeAttribute('selected');
    expect(readDoc(doc, WOO_URLS.orderEditHpos)?.scrape.customers[0]?.key.id).toBe('5');
  });

  it('gives the day alone when the time inputs are missing', () => {
    const doc = wooFixture(file);
    doc.querySelector('input[name="order_date_hour"]')?.remove();
    const order = readDoc(doc, WOO_URLS.orderEditHpos)?.scrape.customers[0]?.orders?.[0];
    expect(order?.placedAt).toBe('2025-01-05');
  });

  it('finds the total by position and says so when the label is unknown', () => {
    const doc = wooFixture(file);
    const label = Array.from(doc.querySelectorAll('td.label')).at(-1);
    if (label) label.textContent = 'Total à payer :';
    const result = readDoc(doc, WOO_URLS.orderEditHpos);
    expect(result?.scrape.customers[0]?.orders?.[0]?.total).toBe(89);
    expect(result?.scrape.diagnostics).toEqual(['order.totalsRow:label']);
  });

  it('skips a checkout draft but keeps the customer and their history', () => {
    const doc = wooFixture(file);
    const option = doc.querySelector('#order_status option[selected]');
    option?.setAttribute('value', 'wc-checkout-draft');
    const customer = readDoc(doc, WOO_URLS.orderEditHpos)?.scrape.customers[0];
    expect(customer?.orders).toBeUndefined();
    expect(customer?.summary?.orderCount).toBe(7);
  });
});

describe('WooCommerce order edit (legacy), German guest order', () => {
  const file = 'order-edit-legacy-guest-de.html';

  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture(file))).toEqual({
      'page.heading': 1,
      'order.heading': 1,
      'order.status': 1,
      'order.date': 1,
      'order.dateHour': 1,
      'order.dateMinute': 1,
      'order.billingEmail': 1,
      'order.billingFirst': 1,
      'order.billingLast': 1,
      'order.totalsRow': 4,
      'money.amount': 4,
      'report.email': 1, // the billing mailto link, page-wide (unused on this screen)
    });
  });

  it('keys the guest by billing e-mail and reads euro amounts with refunds', () => {
    const result = readDoc(wooFixture(file), WOO_URLS.orderEditLegacyDe);
    expect(result?.scrape.customers).toEqual([
      {
        key: { crm: 'woocommerce', account: 'laden.example.de', email: 'juergen.gross@example.de' },
        name: 'Jürgen Groß',
        email: 'juergen.gross@example.de',
        orders: [
          {
            id: '3310',
            placedAt: new Date(2025, 1, 28, 9, 30).toISOString(),
            total: 1234.56,
            currency: 'EUR',
            status: 'pending', // on-hold
            refunded: 34.56,
          },
        ],
      },
    ]);
    // WooCommerce < 8.5 (or a guest) shows no history box: reported, not zero.
    expect(result?.scrape.diagnostics).toEqual(['history.orders', 'history.spend']);
  });

  it('leaves out a guest with no e-mail, with a diagnostic', () => {
    const doc = wooFixture(file);
    doc.querySelector('#_billing_email')?.remove();
    doc.querySelector('a[href^="mailto:"]')?.remove();
    const result = readDoc(doc, WOO_URLS.orderEditLegacyDe);
    expect(result?.scrape.customers).toEqual([]);
    expect(result?.anchors).toEqual([]);
    expect(result?.scrape.diagnostics).toContain('order.customer:none');
  });

  it('reads nothing on post.php when the post is not an order', () => {
    const doc = wooFixture(file);
    doc.body.classList.remove('post-type-shop_order');
    doc.body.classList.add('post-type-post');
    expect(readDoc(doc, WOO_URLS.orderEditLegacyDe)).toBeNull();
  });
});
