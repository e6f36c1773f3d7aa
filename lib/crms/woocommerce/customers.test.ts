// @vitest-environment happy-dom
// The user profile and the Customers report: edge cases beyond woocommerce.screens.test.ts.
import { describe, expect, it } from 'vitest';
import { nonZeroMatches } from '../../../tests/fixtures/woocommerce/counts';
import { WOO_NOW, WOO_URLS, wooFixture } from '../../../tests/fixtures/woocommerce/load';
import { woocommerceReader } from './reader';
import { WOO_SELECTORS } from './selectors';

const readDoc = (doc: Document, url: string) =>
  woocommerceReader.read(doc, new URL(url), { now: WOO_NOW });

describe('WordPress user profile of a customer', () => {
  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture('user-edit-de.html'))).toEqual({
      'page.heading': 1,
      'user.id': 1,
      'user.email': 1,
      'user.firstName': 1,
      'user.lastName': 1,
      'user.billingEmail': 1,
      'user.description': 1,
    });
  });

  it('badges the heading', () => {
    const result = readDoc(wooFixture('user-edit-de.html'), WOO_URLS.userEdit);
    expect(result?.anchors[0]?.textContent).toBe('Benutzer hbrandt bearbeiten');
  });

  it('refuses a form whose user id disagrees with the URL', () => {
    const url = 'https://laden.example.de/wp-admin/user-edit.php?user_id=6';
    const result = readDoc(wooFixture('user-edit-en.html'), url);
    expect(result?.scrape.customers).toEqual([]);
    expect(result?.scrape.diagnostics).toEqual(['user.id:mismatch']);
  });

  it('falls back to the billing e-mail', () => {
    const doc = wooFixture('user-edit-en.html');
    doc.querySelector('input#email')?.setAttribute('value', 'not an e-mail');
    expect(readDoc(doc, WOO_URLS.userEdit)?.scrape.customers[0]?.email).toBe(
      'hedwig.brandt@example.de',
    );
  });
});

describe('wc-admin Customers report', () => {
  it('matches each selector key as many times as the page shows', () => {
    expect(nonZeroMatches(WOO_SELECTORS, wooFixture('customers-report-de.html'))).toEqual({
      'report.table': 1,
      'report.header': 8,
      'report.headerLabel': 7, // every heading but AOV, whose label hides from screen readers
      'report.rowHeader': 5,
      'report.userLink': 2,
      'report.email': 5,
      'report.pill': 1,
      'row.date': 7, // the row-scoped <time> hook, page-wide (unused on this screen)
    });
  });

  it('badges registered customers at their link and guests at their row header', () => {
    const result = readDoc(wooFixture('customers-report-en.html'), WOO_URLS.customersReport);
    expect(result?.anchors.map((a) => a?.tagName)).toEqual(['A', 'TH', 'A', 'TH', 'TH']);
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
        key: { crm: 'woocommerce', account: 'laden.example.de', id: '12', email: 'j@example.de' },
        name: 'Jürgen Groß',
        email: 'j@example.de',
        summary: { orderCount: 1204, totalSpent: 12345.67, currency: 'EUR' },
        lastActivityAt: '2025-01-06',
      },
    ]);
    expect(after?.scrape.diagnostics).toEqual([]);
  });

  it('cuts only the pill from a name that contains the pill word', () => {
    const doc = wooFixture('customers-report-en.html');
    const header = doc.querySelectorAll('th[scope="row"]')[4];
    header?.prepend(doc.createTextNode('Guest House Ltd '));
    const result = readDoc(doc, WOO_URLS.customersReport);
    expect(result?.scrape.customers[4]?.name).toBe('Guest House Ltd');
  });
});
