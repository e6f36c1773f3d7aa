/**
 * The export layouts of tests/fixtures/exports/ (sources in each folder's SOURCES.md),
 * read as the options page reads them: as file bytes. Each test states the truth of its
 * fixture: who the customers are and which orders they have.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../domain/profile';
import { previewImport, type ImportRequest } from './preview';

const NOW = new Date('2026-03-01T12:00:00Z');

function file(path: string): Blob {
  return new Blob([
    readFileSync(new URL(`../../../tests/fixtures/exports/${path}`, import.meta.url)),
  ]);
}

async function preview(path: string, account: string, request: Partial<ImportRequest> = {}) {
  return previewImport(file(path), { account, fileName: path.split('/').pop()!, ...request }, NOW);
}

const byKey = (customers: Profile[]) =>
  Object.fromEntries(customers.map((c) => [c.key.id ?? c.key.email!, c]));

const orders = (c: Profile | undefined) =>
  (c?.orders ?? []).map((o) => [o.id, o.total, o.status ?? null] as const);

describe('Shopify exports', () => {
  it('customers export: apostrophe ids, a note with a line break, a phone-only customer', async () => {
    const p = await preview('shopify/customers_export.csv', 'acme-tea');
    expect(p.source).toBe('shopify-customers');
    expect(p.customers).toHaveLength(5);
    const c = byKey(p.customers);
    expect(c['8100000000001']).toMatchObject({
      key: {
        crm: 'shopify',
        account: 'acme-tea',
        id: '8100000000001',
        email: 'maren.holt@example.org',
      },
      name: 'Maren Holt',
      summary: { orderCount: 4, totalSpent: 410 },
      tags: ['vip', 'wholesale'],
      note: 'Asked for loose-leaf samples.\nPrefers delivery on Tuesdays, not Mondays',
    });
    expect(c['8100000000002']?.key.email).toBe('tomasz.wrobel@example.org');
    expect(c['8100000000004']?.key).toEqual({
      crm: 'shopify',
      account: 'acme-tea',
      id: '8100000000004',
    });
    expect(p.badRows).toEqual([{ line: 8, reason: '“not-an-email” is not an e-mail address' }]);
  });

  it('orders export: line items fold silently, POS orders key by phone, every status read', async () => {
    const p = await preview('shopify/orders_export_1.csv', 'acme-tea');
    expect(p.source).toBe('shopify-orders');
    expect(p.badRows).toEqual([]);
    expect(p.folded).toBe(3);
    expect(p.orders).toBe(11);
    const c = byKey(p.customers);
    expect(orders(c['maren.holt@example.org'])).toEqual([
      ['6100000000001', 120, 'paid'],
      ['6100000000002', 95, 'refunded'],
      ['6100000000003', 110, 'paid'],
      ['6100000000004', 85, 'cancelled'],
    ]);
    expect(orders(c['aiko.mori@example.org'])).toEqual([
      ['6100000000008', 40, 'voided'],
      ['6100000000009', 600, 'paid'],
      ['6100000000010', 650, 'partially_refunded'],
    ]);
    expect(c['aiko.mori@example.org']?.orders?.[2]).toMatchObject({
      refunded: 100,
      placedAt: '2026-02-01T00:30:00.000Z',
    });
    expect(orders(c['phone:+74955550104'])).toEqual([
      ['6100000000006', 60, 'paid'],
      ['6100000000007', 60, 'paid'],
    ]);
    expect(c['phone:+74955550104']?.name).toBe('Dmitri Orlov');
    expect(orders(c['tomasz.wrobel@example.org']).map((o) => o[2])).toEqual(['paid', 'pending']);
  });
});

describe('WooCommerce exports', () => {
  it('WebToffee orders: guests with customer_id 0 are separate customers keyed by e-mail or phone', async () => {
    const p = await preview('woocommerce/webtoffee-order-export.csv', 'shop.example');
    expect(p.source).toBe('woocommerce-orders');
    expect(p.badRows).toEqual([]);
    expect(p.skipped.drafts).toBe(1);
    const c = byKey(p.customers);
    expect(Object.keys(c).sort()).toEqual(
      ['17', '23', 'ewa.guest@example.pl', 'jan.inny@example.pl', 'phone:+48601234567'].sort(),
    );
    expect(orders(c['17'])).toEqual([
      ['5001', 89.9, 'paid'],
      ['5002', 45, 'refunded'],
    ]);
    expect(orders(c['ewa.guest@example.pl'])).toEqual([
      ['5003', 30, 'paid'],
      ['5005', 25, 'paid'],
    ]);
    expect(orders(c['jan.inny@example.pl'])).toEqual([['5004', 12, 'pending']]);
    expect(orders(c['phone:+48601234567'])).toEqual([['5006', 55, 'paid']]);
    expect(orders(c['23'])).toEqual([
      ['5008', 70, 'cancelled'],
      ['5009', 40, 'pending'],
    ]);
  });

  it('Analytics › Orders: customers by name, refund rows applied to their order', async () => {
    const p = await preview('woocommerce/wc-orders-report-export.csv', 'shop.example');
    expect(p.source).toBe('woocommerce-analytics-orders');
    const c = byKey(p.customers);
    expect(orders(c['name:lena fischer'])).toEqual([
      ['1206', 45, 'paid'],
      ['1208', 35, 'paid'],
    ]);
    expect(c['name:jonas weber']?.orders).toEqual([
      {
        id: '1207',
        placedAt: '2026-02-18T11:00:00.000Z',
        total: 80,
        status: 'refunded',
        refunded: 80,
      },
    ]);
    expect(c['name:sofía ruiz']?.orders?.[0]).toMatchObject({
      total: 120,
      refunded: 20,
      status: 'partially_refunded',
    });
    expect(p.badRows).toEqual([{ line: 8, reason: 'no customer id, e-mail or phone' }]);
  });

  it('Analytics › Customers', async () => {
    const p = await preview('woocommerce/wc-customers-report-export.csv', 'shop.example');
    expect(p.source).toBe('woocommerce-customers');
    expect(byKey(p.customers)['lena.fischer@example.de']).toMatchObject({
      summary: { orderCount: 3, totalSpent: 1204 },
      lastActivityAt: '2026-02-21T09:30:00.000Z',
    });
  });

  it('Advanced Order Export default layout: product rows fold into their order, labels read', async () => {
    const p = await preview('woocommerce/advanced-order-export-orders.csv', 'shop.example');
    expect(p.source).toBe('woocommerce-advanced-order-export');
    expect(p.badRows).toEqual([]);
    expect(p.skipped.drafts).toBe(1);
    const c = byKey(p.customers);
    expect(orders(c['anna.kowalska@example.pl'])).toEqual([
      ['3101', 150, 'paid'],
      ['3102', 60, 'pending'],
      ['3104', 80, 'refunded'],
    ]);
    expect(c['anna.kowalska@example.pl']?.orders?.[0]).toMatchObject({
      discount: 5,
      placedAt: '2026-01-10T12:00:00.000Z',
    });
    expect(orders(c['marek.z@example.pl'])).toEqual([
      ['3103', 20, 'pending'],
      ['3106', 30, 'cancelled'],
    ]);
  });

  it('the same layout re-saved by German Excel: Windows-1252, semicolons, 1.234 and 28.02.2025', async () => {
    const p = await preview('woocommerce/advanced-order-export-excel-de.csv', 'shop.example');
    expect(p.encoding).toEqual({
      id: 'windows-1252',
      name: 'Windows-1252 (Western European)',
      guessed: true,
    });
    expect(p.delimiter).toBe(';');
    expect(p.decimal).toBe(',');
    expect(p.badRows).toEqual([]);
    const c = byKey(p.customers);
    expect(c['juergen.mueller@example.de']?.name).toBe('Jürgen Müller');
    expect(orders(c['juergen.mueller@example.de'])).toEqual([
      ['4202', 89.9, 'refunded'],
      ['4203', 1234.5, 'paid'],
    ]);
    expect(c['bjoern.weiss@example.de']?.orders).toEqual([
      expect.objectContaining({ id: '4201', total: 1234, placedAt: '2025-02-28T09:06:00.000Z' }),
    ]);
  });
});

describe('HubSpot exports', () => {
  it('all-properties contacts: revenue, recent deal and NPS give a purchase signal', async () => {
    const p = await preview('hubspot/hubspot-crm-exports-all-contacts-2026-02-20.csv', '4455667');
    expect(p.source).toBe('hubspot-contacts');
    expect(p.observedAt).toBe('2026-02-20T00:00:00.000Z');
    expect(p.observedFrom).toBe('file-name');
    const c = byKey(p.customers);
    expect(c['701']).toMatchObject({
      crmStage: 'customer',
      nps: 9,
      summary: { orderCount: 1, totalSpent: 4200, lastOrderAt: '2026-01-28T00:00:00.000Z' },
    });
    expect(c['702']?.summary).toBeUndefined();
    expect(c['702']?.leadStatus).toBe('in_progress');
    expect(c['703']?.summary).toEqual({ orderCount: 0 });
    expect(c['704']).toMatchObject({
      crmStage: 'evangelist',
      nps: 10,
      summary: { orderCount: 1, totalSpent: 3000 },
    });
  });

  it('an export with "Contact ID" instead of "Record ID"', async () => {
    const p = await preview('hubspot/contacts-contact-id.csv', '4455667');
    expect(p.source).toBe('hubspot-contacts');
    const c = byKey(p.customers);
    expect(c['801']?.summary).toEqual({ orderCount: 1, totalSpent: 640 });
    expect(c['802']?.summary).toEqual({ orderCount: 0 });
  });

  it('deals export: won deals are orders of every associated contact, open deals add up', async () => {
    const p = await preview('hubspot/hubspot-crm-exports-all-deals-2026-02-20.csv', '4455667');
    expect(p.source).toBe('hubspot-deals');
    expect(p.skipped.lostDeals).toBe(1);
    const c = byKey(p.customers);
    expect(orders(c['701'])).toEqual([
      ['9002', 2400, 'paid'],
      ['9006', 3000, 'paid'],
      ['9001', 1800, 'paid'],
    ]);
    expect(orders(c['704'])).toEqual([['9006', 3000, 'paid']]);
    expect(c['702']).toEqual({
      key: { crm: 'hubspot', account: '4455667', id: '702' },
      openDealAmount: 6500,
    });
    expect(c['703']).toBeUndefined();
  });
});

describe('the account as Rung’s pages write it', () => {
  it('files a Shopify import under the store handle whatever form of it was typed', async () => {
    const p = await preview('shopify/customers_export.csv', 'https://Acme-Tea.myshopify.com/admin');
    expect(p.account).toBe('acme-tea');
    expect(new Set(p.customers.map((c) => c.key.account))).toEqual(new Set(['acme-tea']));
  });
});
