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

const URL_1042 = 'https://admin.shopify.com/store/acme-store/orders/5550001112223';
const NOW = new Date('2026-11-23T12:00:00Z');

function fixture(name: string): Document {
  const html = readFileSync(join(process.cwd(), 'tests/fixtures/shopify', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const ORDER = {
  id: '5550001112223',
  placedAt: '2025-05-02T16:34:00Z',
  total: 89,
  currency: 'USD',
  status: 'partially_refunded',
  discount: 10,
  refunded: 20,
};

describe('Shopify order page', () => {
  it('matches each selector key as many times as the fixture shows', () => {
    const counts = countMatches(SHOPIFY_SELECTORS, fixture('order.html'));
    expect(counts['page.title']).toBe(1);
    expect(counts['customer.link']).toBe(1);
    expect(counts['customer.email']).toBe(1);
    expect(counts['date.machine']).toBe(1);
    expect(counts['list.row']).toBe(7); // the totals table's rows; not read as a list here
  });

  it('reads the customer and the order with its discount and refund', () => {
    const read = readPage(fixture('order.html'), URL_1042, { now: NOW });
    expect(read?.scrape).toEqual({
      crm: 'shopify',
      account: 'acme-store',
      page: 'order',
      customers: [
        {
          key: {
            crm: 'shopify',
            account: 'acme-store',
            id: '7088123456789',
            email: 'ada@example.com',
          },
          name: 'Ada Lovelace',
          email: 'ada@example.com',
          summary: { orderCount: 7 },
          orders: [ORDER],
        },
      ],
      diagnostics: [],
    });
    expect(read?.anchors[0]?.textContent).toBe('Ada Lovelace');
    expect(profileSchema.safeParse(read?.scrape.customers[0]).success).toBe(true);
  });

  it('reads totals only from the totals table: buyer-written properties and notes change nothing', () => {
    const doc = fixture('order.html');
    // A line-item property and an order note, as a buyer can write them at checkout.
    doc
      .querySelector('li')!
      .insertAdjacentHTML(
        'beforeend',
        '<div><span>Total</span><span>$0.01</span></div><div><span>Refunded</span><span>−$89.00</span></div><div><span>Discount</span><span>−$89.00</span></div>',
      );
    const notes = [...doc.querySelectorAll('h2')].find((h) => h.textContent === 'Notes')!;
    notes.parentElement!.insertAdjacentHTML('afterend', '<p>Customer</p><p>Total</p><p>$0.01</p>');
    const read = readPage(doc, URL_1042, { now: NOW });
    expect(read?.scrape.customers[0]?.orders).toEqual([ORDER]);
    expect(read?.scrape.customers[0]?.key.id).toBe('7088123456789');
  });

  it('derives the refund from "Net payment" when no "Refunded" line is shown', () => {
    const doc = fixture('order.html');
    doc.querySelectorAll('tr').forEach((tr) => {
      if (tr.firstElementChild?.textContent === 'Refunded') tr.remove();
    });
    const order = scrapePage(doc, URL_1042, { now: NOW })?.customers[0]?.orders?.[0];
    expect(order?.refunded).toBe(20);
  });

  it('reads absent Discount and Refunded lines as zero, shown-but-unreadable ones as unknown', () => {
    const doc = fixture('order.html');
    const rows = Array.from(doc.querySelectorAll('tr'));
    const byLabel = (label: string) =>
      rows.find((tr) => tr.firstElementChild?.textContent === label);
    for (const label of ['Refunded', 'Net payment', 'Discount']) byLabel(label)?.remove();
    const order = scrapePage(doc, URL_1042, { now: NOW })?.customers[0]?.orders?.[0];
    expect(order).toEqual({ ...ORDER, discount: 0, refunded: 0 });

    const garbled = fixture('order.html');
    const discount = Array.from(garbled.querySelectorAll('tr')).find(
      (tr) => tr.firstElementChild?.textContent === 'Discount',
    );
    if (discount?.lastElementChild) discount.lastElementChild.textContent = '−$ten';
    const scrape = scrapePage(garbled, URL_1042, { now: NOW });
    expect(scrape?.customers[0]?.orders?.[0]?.discount).toBeUndefined();
    expect(scrape?.diagnostics).toEqual(['label.discount:unparsed']);
  });

  it('keys the customer by e-mail when the card shows no customer link', () => {
    const doc = fixture('order.html');
    doc.querySelectorAll('a[href*="/customers/"]').forEach((a) => a.remove());
    const scrape = scrapePage(doc, URL_1042, { now: NOW });
    expect(scrape?.customers[0]?.key).toEqual({
      crm: 'shopify',
      account: 'acme-store',
      email: 'ada@example.com',
    });
    expect(scrape?.diagnostics).toEqual(['customer.link']);
  });

  it('reads no customer when the Customer card has no link and no e-mail', () => {
    const doc = fixture('order.html');
    doc.querySelectorAll('a[href*="/customers/"], a[href^="mailto:"]').forEach((a) => a.remove());
    const scrape = scrapePage(doc, URL_1042, { now: NOW });
    expect(scrape?.customers).toEqual([]);
    expect(scrape?.diagnostics).toEqual(['order.customer:no-key']);
  });
});
