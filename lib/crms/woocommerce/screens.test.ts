// @vitest-environment happy-dom
// Every saved WooCommerce 9.9 screen, in English and German, read field by field.
import { describe, expect, it } from 'vitest';
import { WOO_EXPECTED, WOO_ORDER_DAYS } from '../../../tests/fixtures/woocommerce/expected';
import {
  WOO_FILES,
  WOO_LANGUAGES,
  WOO_NOW,
  WOO_URLS,
  wooFixture,
} from '../../../tests/fixtures/woocommerce/load';
import { profileSchema } from '../../domain/profile';
import { dayInZone, ianaZone, type ShopZone } from '../../reading/parse/wall-time';
import { woocommerceReader } from './reader';
import { BADGE_HOST_ATTR, createBadgeHost } from '../../dom/badge-host';

type Screen = keyof typeof WOO_URLS;
const SCREENS = Object.keys(WOO_URLS) as Screen[];

const read = (screen: Screen, lang: (typeof WOO_LANGUAGES)[number], doc?: Document) =>
  woocommerceReader.read(doc ?? wooFixture(WOO_FILES[screen](lang)), new URL(WOO_URLS[screen]), {
    now: WOO_NOW,
  });

describe.each(WOO_LANGUAGES)('WooCommerce 9.9 admin in %s', (lang) => {
  it.each(SCREENS)('%s: every field read right', (screen) => {
    const result = read(screen, lang);
    const customers = result?.scrape.customers;
    expect(customers).toEqual(WOO_EXPECTED[screen]);
    for (const c of customers ?? []) expect(profileSchema.safeParse(c).success).toBe(true);
    // Only a guest order has no customer-history box; nothing else goes missing.
    expect(result?.scrape.diagnostics).toEqual(
      screen === 'orderGuest' ? ['history.orders', 'history.spend'] : [],
    );
  });

  it('places every order on its shop-local day, across both daylight-saving changes', () => {
    const berlin = ianaZone('Europe/Berlin') as ShopZone;
    const orders = read('hposList', lang)?.scrape.customers.flatMap((c) => c.orders ?? []) ?? [];
    const days = Object.fromEntries(orders.map((o) => [o.id, dayInZone(o.placedAt, berlin)]));
    expect(days).toEqual(Object.fromEntries(Object.entries(WOO_ORDER_DAYS)));
  });

  it('badges every row of the unfiltered list, beside its order link and not inside it', () => {
    for (const screen of ['hposList', 'legacyList'] as const) {
      const result = read(screen, lang);
      expect(result?.anchors).toHaveLength(6);
      for (const anchor of result?.anchors ?? []) {
        expect(anchor?.matches('a.order-view')).toBe(true);
      }
    }
  });

  it('badges the filtered list once, at its heading', () => {
    const result = read('hposCustomer', lang);
    expect(result?.anchors.map((a) => a?.tagName)).toEqual(['H1']);
  });

  it('reads the refund as the exact difference of the struck-through and the net total', () => {
    // 89.90 − 65.00 in binary floating point is 24.900000000000006.
    const order = read('hposList', lang)
      ?.scrape.customers.flatMap((c) => c.orders ?? [])
      .find((o) => o.id === '45');
    expect(order?.refunded).toBe(24.9);
  });
});

describe('the customers report', () => {
  it('reads headings by their visible label, not the whole heading with its sort hint', () => {
    const doc = wooFixture('customers-report-de.html');
    const heading = doc.querySelector('th.woocommerce-table__header');
    expect(heading?.textContent).toBe('NameSortieren nach Name in absteigender Reihenfolge');
    expect(read('customersReport', 'de', doc)?.scrape.customers).toEqual(
      WOO_EXPECTED.customersReport,
    );
  });

  it.each(WOO_LANGUAGES)(
    '%s: a badge host inserted beside a guest name changes nothing on the next read',
    (lang) => {
      const doc = wooFixture(WOO_FILES.customersReport(lang));
      const first = read('customersReport', lang, doc);
      // Mount a host after each anchor the way lib/dom/badge-mount.ts does.
      first?.anchors.forEach((anchor, i) => {
        const { host } = createBadgeHost([]);
        host.dataset.test = `k${i}`;
        if (/^H[1-6]$/.test(anchor?.tagName ?? '')) anchor?.append(host);
        else anchor?.after(host);
      });
      expect(doc.querySelectorAll(`tr > [${BADGE_HOST_ATTR}]`)).toHaveLength(3); // the three guest rows
      const second = read('customersReport', lang, doc);
      expect(second?.scrape).toEqual(first?.scrape);
    },
  );

  it('finds columns whose label it does not know by the shape of their values', () => {
    const doc = wooFixture('customers-report-de.html');
    for (const span of Array.from(doc.querySelectorAll('th span[aria-hidden]'))) {
      if (span.textContent !== 'Name') span.textContent = `Spalte ${span.textContent?.length ?? 0}`;
    }
    const result = read('customersReport', 'de', doc);
    expect(result?.scrape.customers).toEqual(WOO_EXPECTED.customersReport);
    expect(result?.scrape.diagnostics).toEqual([
      'column.email:by-shape',
      'column.orders:by-shape',
      'column.totalSpend:by-shape',
      'column.lastActive:by-shape',
    ]);
  });

  it('reports a column it can find neither by label nor by shape', () => {
    const doc = wooFixture('customers-report-en.html');
    for (const cell of Array.from(doc.querySelectorAll('tbody tr td:nth-child(6)'))) {
      cell.textContent = 'n/a';
    }
    const header = doc.querySelectorAll('th.woocommerce-table__header span[aria-hidden]')[5];
    if (header) header.textContent = 'Lifetime';
    const result = read('customersReport', 'en', doc);
    expect(result?.scrape.diagnostics).toContain('column.totalSpend');
    expect(result?.scrape.customers[0]?.summary).toEqual({ orderCount: 3 });
  });
});

describe('the order screen', () => {
  it('reads the order total without the .wc-order-totals-items wrapper too', () => {
    for (const lang of WOO_LANGUAGES) {
      const doc = wooFixture(WOO_FILES.orderRegistered(lang));
      doc.querySelector('.wc-order-totals-items')?.classList.remove('wc-order-totals-items');
      expect(read('orderRegistered', lang, doc)?.scrape.customers).toEqual(
        WOO_EXPECTED.orderRegistered,
      );
    }
  });

  it('takes the last row of the first totals table when the label is in an unknown language', () => {
    const doc = wooFixture('order-edit-partial-refund-de.html');
    for (const label of Array.from(doc.querySelectorAll('table.wc-order-totals td.label'))) {
      label.textContent = '…';
    }
    const result = read('orderPartialRefund', 'de', doc);
    expect(result?.scrape.customers[0]?.orders).toEqual(WOO_EXPECTED.orderPartialRefund[0]?.orders);
    expect(result?.scrape.diagnostics).toEqual(['order.totalsRow:label']);
  });

  it('never reads the hidden refund form as the order', () => {
    const doc = wooFixture('order-edit-full-refund-en.html');
    for (const table of Array.from(doc.querySelectorAll('table.wc-order-totals'))) {
      if (!table.closest('.wc-order-refund-items')) table.remove();
    }
    const result = read('orderFullRefund', 'en', doc);
    expect(result?.scrape.customers[0]?.orders).toBeUndefined();
    expect(result?.scrape.diagnostics).toContain('order.totalsRow');
  });
});

describe('times without the shop zone', () => {
  it('says the zone is missing when a page has no wp.date settings', () => {
    const doc = wooFixture('orders-hpos-en.html');
    doc.querySelector('script#wp-date-js-after')?.remove();
    expect(read('hposList', 'en', doc)?.scrape.diagnostics).toContain('page.zone');
  });

  it('falls back to the offset when the shop names no zone', () => {
    const doc = wooFixture('order-edit-registered-en.html');
    const script = doc.querySelector('script#wp-date-js-after');
    if (script) {
      script.textContent = (script.textContent ?? '').replace(
        '"string":"Europe\\/Berlin"',
        '"string":""',
      );
    }
    // 08:05 with a fixed +01:00 (November: right by chance; the IANA zone is right always).
    expect(read('orderRegistered', 'en', doc)?.scrape.customers[0]?.orders?.[0]?.placedAt).toBe(
      '2026-11-25T07:05:00.000Z',
    );
  });
});
