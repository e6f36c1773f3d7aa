// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nonZeroMatches } from '../../../tests/fixtures/woocommerce/counts';
import { WOO_NOW, WOO_URLS, wooFixture } from '../../../tests/fixtures/woocommerce/load';
import { profileSchema } from '../../domain/profile';
import { woocommerceReader } from './reader';
import { WOO_SELECTORS } from './selectors';

const read = (file: string, url: string) =>
  woocommerceReader.read(wooFixture(file), new URL(url), { now: WOO_NOW });

const usd = (id: string, placedAt: string, total: number, status: string) => ({
  id,
  placedAt,
  total,
  currency: 'USD',
  status,
});

describe('WooCommerce HPOS orders list filtered to one customer', () => {
  const file = 'orders-hpos-customer.html';

  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture(file))).toEqual({
      'page.heading': 1,
      'list.row': 9,
      'list.customerFilter': 1,
      'row.title': 9,
      'row.date': 9,
      'row.status': 9,
      'row.total': 9,
      'money.amount': 10, // 6 plain totals, 2 refunded cells with two each, 1 draft, 1 dash

      'money.original': 2,
    });
  });

  it('reads the customer from the filter and every order but the draft', () => {
    const read1 = read(file, WOO_URLS.hposCustomer);
    expect(read1?.scrape).toEqual({
      crm: 'woocommerce',
      account: 'shop.example',
      page: 'order-list',
      customers: [
        {
          key: { crm: 'woocommerce', account: 'shop.example', id: '5', email: 'ada@example.com' },
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          orders: [
            usd('1031', '2025-03-02T10:15:00.000Z', 1120, 'paid'), // datetime beats "5 mins ago"
            usd('1024', '2025-01-05T15:04:00.000Z', 89, 'paid'),
            { ...usd('1019', '2024-12-20T09:30:00.000Z', 200, 'paid'), refunded: 50 },
            usd('1012', '2024-11-11T11:11:00.000Z', 45.5, 'pending'), // on-hold
            usd('1008', '2024-10-01T12:00:00.000Z', 30, 'cancelled'),
            usd('1005', '2024-09-15T18:45:00.000Z', 12.99, 'failed'),
            // 1003's total is a dash: left out and reported, never read as zero
            { ...usd('1002', '2024-08-20T14:00:00.000Z', 60, 'refunded'), refunded: 60 },
          ],
        },
      ],
      diagnostics: ['row.total:unparsed'],
    });
    expect(profileSchema.safeParse(read1?.scrape.customers[0]).success).toBe(true);
    expect(read1?.anchors.map((a) => a?.textContent)).toEqual(['Orders']);
  });

  it('trusts only the URL when the filter option names another user', () => {
    const doc = wooFixture(file);
    doc.querySelector('select[name="_customer_user"] option')?.setAttribute('value', '6');
    doc.querySelector('select[name="_customer_user"] option')!.textContent =
      'Eve (#6 – eve@example.com)';
    const customer = woocommerceReader.read(doc, new URL(WOO_URLS.hposCustomer), { now: WOO_NOW })
      ?.scrape.customers[0];
    expect(customer?.key).toEqual({ crm: 'woocommerce', account: 'shop.example', id: '5' });
    expect(customer?.email).toBeUndefined();
    expect(customer?.name).toBe('Ada Lovelace'); // from the row titles
  });
});

describe('WooCommerce HPOS orders list, all customers', () => {
  it('leaves rows out (no id or e-mail on them) and says so', () => {
    const doc = wooFixture('orders-hpos.html');
    expect(nonZeroMatches(WOO_SELECTORS, doc)).toEqual({
      'page.heading': 1,
      'list.row': 2,
      'row.title': 2,
      'row.date': 2,
      'row.status': 2,
      'row.total': 2,
      'money.amount': 2,
    });
    const result = woocommerceReader.read(doc, new URL(WOO_URLS.hposList), { now: WOO_NOW });
    expect(result?.scrape.customers).toEqual([]);
    expect(result?.scrape.diagnostics).toEqual(['list.row:no-customer']);
    expect(result?.anchors).toEqual([]);
  });
});

describe('WooCommerce legacy orders list, Polish admin', () => {
  const file = 'orders-legacy-customer-pl.html';

  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture(file))).toEqual({
      'page.heading': 1,
      'list.row': 3,
      'list.customerFilter': 1,
      'row.title': 3,
      'row.date': 2, // one row's <time> lacks datetime; per row, the next candidate finds it
      'row.status': 3,
      'row.total': 3,
      'money.amount': 4, // the refunded row shows two

      'money.original': 1,
    });
  });

  it('reads złoty amounts, legacy status classes and a date from the title', () => {
    const result = read(file, WOO_URLS.legacyCustomerPl);
    const local = new Date(2025, 0, 3, 8, 5).toISOString(); // "3 stycznia 2025 08:05", site time
    expect(result?.scrape.customers).toEqual([
      {
        key: {
          crm: 'woocommerce',
          account: 'sklep.example.pl',
          id: '7',
          email: 'zofia.nowak@example.pl',
        },
        name: 'Zofia Nowak',
        email: 'zofia.nowak@example.pl',
        orders: [
          {
            id: '2051',
            placedAt: '2025-02-14T18:20:00.000Z',
            total: 1234.56,
            currency: 'PLN',
            status: 'paid',
          },
          { id: '2040', placedAt: local, total: 99, currency: 'PLN', status: 'paid' },
          {
            id: '2033',
            placedAt: '2024-12-01T11:00:00.000Z',
            total: 250,
            currency: 'PLN',
            status: 'refunded',
            refunded: 250,
          },
        ],
      },
    ]);
    expect(result?.scrape.diagnostics).toEqual([]);
  });
});
