// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { nonZeroMatches } from '../../../tests/fixtures/woocommerce/counts';
import { WOO_NOW, WOO_URLS, wooFixture } from '../../../tests/fixtures/woocommerce/load';
import { profileSchema } from '../../domain/profile';
import { woocommerceReader } from './reader';
import { WOO_SELECTORS } from './selectors';

const readDoc = (doc: Document, url: string) =>
  woocommerceReader.read(doc, new URL(url), { now: WOO_NOW });

describe('WordPress user profile of a customer', () => {
  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture('user-edit.html'))).toEqual({
      'page.heading': 1,
      'user.id': 1,
      'user.email': 1,
      'user.firstName': 1,
      'user.lastName': 1,
      'user.billingEmail': 1,
      'user.description': 1,
    });
  });

  it('reads id, e-mail, name and the biographical note; no spend (the page has none)', () => {
    const result = readDoc(wooFixture('user-edit.html'), WOO_URLS.userEdit);
    expect(result?.scrape).toEqual({
      crm: 'woocommerce',
      account: 'shop.example',
      page: 'customer',
      customers: [
        {
          key: { crm: 'woocommerce', account: 'shop.example', id: '5', email: 'ada@example.com' },
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          note: 'Prefers e-mail. Wholesale account since 2023.',
        },
      ],
      diagnostics: [],
    });
    expect(result?.anchors[0]?.textContent).toBe('Edit User ada');
  });

  it('refuses a form whose user id disagrees with the URL', () => {
    const url = 'https://shop.example/wp-admin/user-edit.php?user_id=6';
    const result = readDoc(wooFixture('user-edit.html'), url);
    expect(result?.scrape.customers).toEqual([]);
    expect(result?.scrape.diagnostics).toEqual(['user.id:mismatch']);
  });

  it('falls back to the billing e-mail', () => {
    const doc = wooFixture('user-edit.html');
    doc.querySelector('input#email')?.setAttribute('value', 'not an e-mail');
    expect(readDoc(doc, WOO_URLS.userEdit)?.scrape.customers[0]?.email).toBe('ada@example.com');
  });
});

describe('wc-admin Customers report', () => {
  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture('customers-report.html'))).toEqual({
      'report.table': 1,
      'report.header': 8,
      'report.rowHeader': 4,
      'report.userLink': 2,
      'report.email': 3,
      'report.pill': 2,
      'row.date': 4, // the row-scoped <time> hook, page-wide (unused on this screen)
    });
  });

  it('reads registered customers by id and guests by e-mail; skips a guest with neither', () => {
    const result = readDoc(wooFixture('customers-report.html'), WOO_URLS.customersReport);
    const key = (id: string | undefined, email: string) => ({
      crm: 'woocommerce',
      account: 'shop.example',
      ...(id && { id }),
      email,
    });
    expect(result?.scrape.customers).toEqual([
      {
        key: key('5', 'ada@example.com'),
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        summary: { orderCount: 7, totalSpent: 1234.56, currency: 'USD' },
        lastActivityAt: '2025-01-06',
      },
      {
        key: key(undefined, 'grace@example.org'),
        name: 'Grace Hopper', // the "Guest" pill is not part of the name
        email: 'grace@example.org',
        summary: { orderCount: 2, totalSpent: 40, currency: 'USD' },
        lastActivityAt: '2024-12-24',
      },
      {
        key: key('9', 'alan@example.com'),
        name: 'Alan Turing',
        email: 'alan@example.com',
        summary: { orderCount: 0 }, // "n/a" spend is unknown, not zero
        lastActivityAt: '2024-06-07',
      },
    ]);
    expect(result?.scrape.diagnostics).toEqual([
      'report.totalSpend:unparsed',
      'report.row:no-customer',
    ]);
    expect(result?.anchors.map((a) => a?.tagName)).toEqual(['A', 'TH', 'A']);
    for (const c of result?.scrape.customers ?? [])
      expect(profileSchema.safeParse(c).success).toBe(true);
  });

  it('reads nothing while rows are placeholders, then the rows once the REST call lands', () => {
    const doc = wooFixture('customers-report-loading.html');
    const before = readDoc(doc, WOO_URLS.customersReport);
    expect(before?.scrape.customers).toEqual([]);
    expect(before?.scrape.diagnostics).toEqual([]); // loading is not selector rot

    // What React renders after /wc-analytics/reports/customers returns (German admin).
    const tbody = doc.querySelector('tbody');
    tbody?.querySelectorAll('tr:not(:first-child)').forEach((tr) => tr.remove());
    // (Parsed inside a <table> template: happy-dom drops <tr> parsed in a <tbody> context.)
    const template = doc.createElement('template');
    template.innerHTML = `<table><tbody><tr>
        <th scope="row" class="woocommerce-table__item"><a href="user-edit.php?user_id=12">Jürgen Groß</a></th>
        <td class="woocommerce-table__item"><time>6. Januar 2025</time></td>
        <td class="woocommerce-table__item"><a href="mailto:j@example.de">j@example.de</a></td>
        <td class="woocommerce-table__item is-numeric">1.204</td>
        <td class="woocommerce-table__item is-numeric">12.345,67&nbsp;€</td></tr></tbody></table>`;
    const row = template.content.querySelector('tr');
    if (row) tbody?.append(row);
    const after = readDoc(doc, WOO_URLS.customersReport);
    expect(after?.scrape.customers).toEqual([
      {
        key: { crm: 'woocommerce', account: 'shop.example', id: '12', email: 'j@example.de' },
        name: 'Jürgen Groß',
        email: 'j@example.de',
        summary: { orderCount: 1204, totalSpent: 12345.67, currency: 'EUR' },
        lastActivityAt: '2025-01-06',
      },
    ]);
    expect(after?.scrape.diagnostics).toEqual([]);
  });

  it('cuts only the pill from a guest whose name contains the pill word', () => {
    const doc = wooFixture('customers-report.html');
    const header = doc.querySelectorAll('th[scope="row"]')[1];
    header?.firstChild?.replaceWith(doc.createTextNode('Guest House Ltd '));
    const result = readDoc(doc, WOO_URLS.customersReport);
    expect(result?.scrape.customers[1]?.name).toBe('Guest House Ltd');
  });

  it('reports columns it cannot find by heading', () => {
    const doc = wooFixture('customers-report.html');
    const orders = Array.from(doc.querySelectorAll('th.woocommerce-table__header')).find(
      (th) => th.textContent === 'Orders',
    );
    if (orders) orders.textContent = 'Commandes passées';
    const result = readDoc(doc, WOO_URLS.customersReport);
    expect(result?.scrape.customers[0]?.summary).toEqual({ totalSpent: 1234.56, currency: 'USD' });
    expect(result?.scrape.diagnostics).toContain('column.orders');
  });
});
