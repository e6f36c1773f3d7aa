// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileSchema } from '../../domain/profile';
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

const URL_ADA = 'https://admin.shopify.com/store/acme-store/customers/7088123456789';
const NOW = new Date('2026-11-23T12:00:00Z');

function fixture(name: string): Document {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/shopify', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const KEY = {
  crm: 'shopify',
  account: 'acme-store',
  id: '7088123456789',
  email: 'ada@example.com',
};
/** What customer.html shows (dates from its time[datetime] attributes). */
const ADA = {
  key: KEY,
  name: 'Ada Lovelace',
  email: 'ada@example.com',
  summary: {
    totalSpent: 1234.56,
    currency: 'USD',
    orderCount: 7,
    firstOrderAt: '2023-03-03',
    lastOrderAt: '2025-05-02T16:34:00Z',
  },
  orders: [
    {
      id: '5550001112223',
      placedAt: '2025-05-02T16:34:00Z',
      total: 89,
      currency: 'USD',
      status: 'partially_refunded',
    },
  ],
  rfmGroup: 'AT_RISK',
  tags: ['vip', 'wholesale'],
  note: 'Prefers email contact. Ships to the office.',
};

describe('Shopify customer page', () => {
  it('matches each selector key as many times as the fixture shows', () => {
    expect(countMatches(SHOPIFY_SELECTORS, fixture('customer.html'))).toEqual({
      'page.main': 1,
      'page.title': 1,
      'customer.email': 1,
      'order.link': 1, // the data-primary-link candidate wins over the nav's plain links
      'customer.link': 0, // the nav's "/customers" has no id segment
      'tag.item': 2,
      'note.text': 4, // the Notes card's two, the address and the last-order date line
      'list.table': 0,
      'list.header': 0,
      'list.row': 0,
      'date.machine': 2,
    });
  });

  it('reads the whole page, valid against the profile schema', () => {
    const scrape = scrapePage(fixture('customer.html'), URL_ADA, { now: NOW });
    expect(scrape).toEqual({
      crm: 'shopify',
      account: 'acme-store',
      page: 'customer',
      customers: [ADA],
      diagnostics: [],
    });
    expect(profileSchema.safeParse(scrape?.customers[0]).success).toBe(true);
  });

  it('anchors the badge on the customer name heading', () => {
    const read = readPage(fixture('customer.html'), URL_ADA, { now: NOW });
    expect(read?.anchors[0]?.tagName).toBe('H1');
  });

  it('reads the legacy myshopify.com admin URL', () => {
    const legacy = 'https://acme-store.myshopify.com/admin/customers/7088123456789';
    expect(scrapePage(fixture('customer.html'), legacy, { now: NOW })?.customers).toEqual([ADA]);
  });

  it.each([
    ['pl', 'PLN'],
    ['ru', 'RUB'],
    ['de', 'EUR'],
  ])('reads %s labels, money and text dates', (locale, currency) => {
    const scrape = scrapePage(fixture(`customer-${locale}.html`), URL_ADA, { now: NOW });
    // Text dates carry no zone, so they come back as the parser's ISO form.
    const lastOrderAt = '2025-05-02T16:34:00.000Z';
    expect(scrape?.customers).toEqual([
      {
        ...ADA,
        summary: { ...ADA.summary, currency, lastOrderAt },
        orders: [{ ...ADA.orders[0], currency, placedAt: lastOrderAt }],
      },
    ]);
    expect(scrape?.diagnostics).toEqual([]);
  });

  it('reads hostile content as plain strings and leaves unreadable numbers out', () => {
    const doc = fixture('customer-hostile.html');
    // The <img onerror> in the note is an element: only the note's text is read.
    expect(scrapePage(doc, URL_ADA, { now: NOW })?.customers[0]?.note).toBe('Call first click');
    const note = doc.getElementById('note');
    if (note) note.textContent = 'x'.repeat(1_000_000);
    const before = doc.documentElement.outerHTML;
    const started = performance.now();
    const scrape = scrapePage(doc, URL_ADA, { now: NOW });
    expect(performance.now() - started).toBeLessThan(1000);
    const ada = scrape?.customers[0];
    expect(ada?.name).toBe('<script>alert(1)</script>Ada Lovelace');
    expect(ada?.email).toBe('ada@example.com');
    expect(ada?.tags).toEqual(['<img src=x onerror=alert(4)>', 'elas']);
    expect(ada?.note).toHaveLength(4000);
    // "$NaN" and "7e400" are not numbers: unknown, reported, never zero.
    expect(ada?.summary).toEqual({
      firstOrderAt: '2023-03-03',
      lastOrderAt: '2025-05-02T16:34:00Z',
    });
    expect(scrape?.diagnostics).toEqual(['label.amountSpent:unparsed', 'label.orders:unparsed']);
    expect(profileSchema.safeParse(ada).success).toBe(true);
    // Reading is side-effect free: the page is exactly as it was.
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('after pushState from the list, reads nothing of the list as this customer', () => {
    const list = fixture('customers-list.html');
    const mid = scrapePage(list, URL_ADA, { now: NOW });
    expect(mid?.page).toBe('customer');
    expect(mid?.customers).toEqual([
      { key: { crm: 'shopify', account: 'acme-store', id: '7088123456789' }, name: 'Customers' },
    ]);
    expect(mid?.diagnostics).toEqual([
      'customer.email',
      // The list's column headers say "Amount spent" and "Orders", but no value follows.
      'label.amountSpent:unparsed',
      'label.orders:unparsed',
      'label.customerSince',
      'label.lastOrder',
    ]);
  });
});
