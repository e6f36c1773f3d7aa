// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shopifyReader } from './reader';
import { readPageWith, scrapePageWith } from '../../reading/read-with';
import type { ReadOptions } from '../../reading/types';
import { countMatches } from '../../reading/select';
import { SHOPIFY_SELECTORS } from './selectors';

const READERS = [shopifyReader];
const readPage = (doc: Document, url: string | URL, options?: ReadOptions) =>
  readPageWith(READERS, doc, url, options);
const scrapePage = (doc: Document, url: string | URL, options?: ReadOptions) =>
  scrapePageWith(READERS, doc, url, options);

const BASE = 'https://admin.shopify.com/store/acme-store';
const NOW = new Date('2026-11-23T12:00:00Z');

function fixtureHtml(name: string): string {
  return readFileSync(join(process.cwd(), 'tests/fixtures/shopify', name), 'utf8');
}
function fixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}
const key = (id: string) => ({ crm: 'shopify', account: 'acme-store', id });

describe('Shopify customers list', () => {
  it('matches the list keys', () => {
    const counts = countMatches(SHOPIFY_SELECTORS, fixture('customers-list.html'));
    expect(counts['list.table']).toBe(1);
    expect(counts['list.header']).toBe(7);
    expect(counts['list.row']).toBe(3);
    expect(counts['customer.link']).toBe(3);
  });

  it('reads every row: name, order count and amount spent (a dash is unknown)', () => {
    expect(scrapePage(fixture('customers-list.html'), `${BASE}/customers`)).toEqual({
      crm: 'shopify',
      account: 'acme-store',
      page: 'customer-list',
      customers: [
        {
          key: key('7088123456789'),
          name: 'Ada Lovelace',
          summary: { orderCount: 7, totalSpent: 1234.56, currency: 'USD' },
        },
        {
          key: key('7088123456790'),
          name: 'Charles Babbage',
          summary: { orderCount: 1, totalSpent: 0, currency: 'GBP' },
        },
        { key: key('7088123456791'), name: 'Grace Hopper', summary: { orderCount: 0 } },
      ],
      diagnostics: [],
    });
  });

  it('anchors badges on the name links and reads a 1,000-row list', () => {
    const html = fixtureHtml('customers-list.html');
    const row = /<tr id="7088123456789"[\s\S]*?<\/tr>/.exec(html)?.[0] ?? '';
    const rows = Array.from({ length: 1000 }, (_, i) =>
      row.replaceAll('7088123456789', String(9_000_000 + i)),
    );
    const big = html.replace(/<tbody>[\s\S]*<\/tbody>/, `<tbody>${rows.join('')}</tbody>`);
    const doc = new DOMParser().parseFromString(big, 'text/html');
    const started = performance.now();
    const read = readPage(doc, `${BASE}/customers?segmentId=42`);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(read?.scrape.customers).toHaveLength(1000);
    expect(read?.scrape.customers[999]?.key.id).toBe('9000999');
    expect(read?.anchors[999]?.getAttribute('href')).toBe('/store/acme-store/customers/9000999');
  });
});

describe('Shopify orders list', () => {
  it('reads one customer entry per row, leaving out a row with no customer key', () => {
    const read = readPage(fixture('orders-list.html'), `${BASE}/orders`, { now: NOW });
    expect(read?.scrape).toEqual({
      crm: 'shopify',
      account: 'acme-store',
      page: 'order-list',
      customers: [
        {
          key: key('7088123456789'),
          name: 'Ada Lovelace',
          // "Today at 4:34 pm", read against the clock passed in.
          orders: [
            {
              id: '5550001112223',
              placedAt: '2026-11-23T16:34:00.000Z',
              total: 89,
              currency: 'USD',
              status: 'paid',
            },
          ],
        },
        {
          key: key('7088123456789'),
          name: 'Ada Lovelace',
          orders: [
            {
              id: '5550001112224',
              placedAt: '2026-07-20T16:34:00Z',
              total: 1200,
              currency: 'USD',
              status: 'overdue',
            },
          ],
        },
        {
          key: key('7088123456790'),
          name: 'Charles Babbage',
          orders: [
            {
              id: '5550001112225',
              placedAt: '2023-07-20',
              total: 15.5,
              currency: 'USD',
              status: 'refunded',
            },
          ],
        },
      ],
      diagnostics: ['list.row:no-customer'],
    });
    expect(read?.anchors.map((a) => a?.textContent)).toEqual([
      'Ada Lovelace',
      'Ada Lovelace',
      'Charles Babbage',
    ]);
  });

  it('keeps the customer but not the order when a total cannot be read', () => {
    const doc = fixture('orders-list.html');
    const total = doc.querySelector('tr[id="5550001112225"] td:nth-child(5)');
    if (total) total.textContent = '$—';
    const scrape = scrapePage(doc, `${BASE}/orders`, { now: NOW });
    expect(scrape?.customers[2]).toEqual({ key: key('7088123456790'), name: 'Charles Babbage' });
    expect(scrape?.diagnostics).toEqual(['list.row:order-unparsed', 'list.row:no-customer']);
  });

  it('reports columns it cannot find by label', () => {
    const doc = fixture('orders-list.html');
    doc.querySelectorAll('th').forEach((th) => {
      if (th.textContent === 'Payment status') th.textContent = 'Zahlungsart (custom)';
    });
    const scrape = scrapePage(doc, `${BASE}/orders`, { now: NOW });
    expect(scrape?.diagnostics).toContain('column.paymentStatus');
    expect(scrape?.customers[0]?.orders?.[0]?.status).toBeUndefined();
  });

  it('reads a Polish admin: headers, złoty amounts, Polish dates and badges', () => {
    const doc = fixture('orders-list.html');
    doc.documentElement.lang = 'pl';
    const headers: Record<string, string> = {
      Order: 'Zamówienie',
      Date: 'Data',
      Customer: 'Klient',
      Total: 'Suma',
      'Payment status': 'Status płatności',
    };
    doc.querySelectorAll('th').forEach((th) => {
      th.textContent = headers[th.textContent ?? ''] ?? th.textContent;
    });
    const row = doc.querySelector('tr[id="5550001112225"]');
    const cells = row ? Array.from(row.children) : [];
    if (cells[2]) cells[2].textContent = '20 lip 2023';
    if (cells[4]) cells[4].textContent = '1 234,50 zł';
    const badge = cells[5]?.querySelector('span span');
    if (badge) badge.textContent = 'Częściowo zwrócone';
    const scrape = scrapePage(doc, `${BASE}/orders`, { now: NOW });
    expect(scrape?.customers[2]).toEqual({
      key: key('7088123456790'),
      name: 'Charles Babbage',
      orders: [
        {
          id: '5550001112225',
          placedAt: '2023-07-20',
          total: 1234.5,
          currency: 'PLN',
          status: 'partially_refunded',
        },
      ],
    });
    expect(scrape?.diagnostics).toEqual(['list.row:no-customer']);
  });
});
