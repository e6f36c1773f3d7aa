import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewImport } from './preview';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('previewImport: the three CRMs’ real export files', () => {
  it('reads the Shopify customers export, reporting bad rows by line with the reason', async () => {
    const preview = await previewImport(fixture('shopify-customers.csv'), { account: 'demo-shop' });
    expect(preview.source).toBe('shopify-customers');
    expect(preview.rows).toBe(5);
    expect(preview.customers).toHaveLength(2);
    expect(preview.customers[0]).toEqual({
      key: { crm: 'shopify', account: 'demo-shop', id: '7012345678901', email: 'ada@example.com' },
      email: 'ada@example.com',
      name: 'Ada Lovelace',
      summary: { orderCount: 6, totalSpent: 1234.5 },
      tags: ['vip', 'referral'],
      note: 'Prefers email, not calls',
    });
    expect(preview.customers[1]?.name).toBe('Bob <img src=x onerror=alert(1)>');
    expect(preview.badRows).toEqual([
      { line: 4, reason: '“not-an-email” is not an e-mail address' },
      { line: 5, reason: 'totalSpent “twelve” is not a valid number' },
      { line: 6, reason: 'no customer id and no e-mail' },
    ]);
  });

  it('reads the Shopify orders export: line-item rows fold into their order, statuses map', async () => {
    const preview = await previewImport(fixture('shopify-orders.csv'), { account: 'demo-shop' });
    expect(preview.source).toBe('shopify-orders');
    const ada = preview.customers.find((c) => c.email === 'ada@example.com');
    expect(ada?.key).toEqual({ crm: 'shopify', account: 'demo-shop', email: 'ada@example.com' });
    expect(ada?.orders).toEqual([
      {
        id: '5550001',
        placedAt: '2025-01-05T09:58:12.000Z',
        total: 105,
        currency: 'EUR',
        status: 'paid',
        discount: 10,
        refunded: 0,
      },
      {
        id: '5550002',
        placedAt: '2025-03-01T10:59:00.000Z',
        total: 50,
        currency: 'EUR',
        status: 'partially_refunded',
        discount: 0,
        refunded: 20,
      },
    ]);
    const bob = preview.customers.find((c) => c.email === 'bob@example.com');
    expect(bob?.orders?.map((o) => [o.id, o.status])).toEqual([['5550003', 'cancelled']]);
    expect(preview.badRows).toEqual([
      { line: 6, reason: 'total “=HYPERLINK(1)” is not a valid number' },
    ]);
  });

  it('reads the WooCommerce customers report with formatted totals', async () => {
    const preview = await previewImport(fixture('woocommerce-customers.csv'), {
      account: 'shop.example',
    });
    expect(preview.source).toBe('woocommerce-customers');
    expect(preview.customers[0]).toMatchObject({
      key: { crm: 'woocommerce', account: 'shop.example', email: 'ada@example.com' },
      name: 'Ada Lovelace',
      summary: { orderCount: 4, totalSpent: 1204 },
      lastActivityAt: '2025-05-01T10:00:00.000Z',
    });
    expect(preview.badRows).toEqual([]);
  });

  it('reads WooCommerce order exports, refusing unknown statuses and ambiguous dates', async () => {
    const preview = await previewImport(fixture('woocommerce-orders.csv'), {
      account: 'shop.example',
    });
    expect(preview.source).toBe('woocommerce-orders');
    expect(preview.customers[0]).toMatchObject({
      key: { crm: 'woocommerce', account: 'shop.example', id: '12', email: 'ada@example.com' },
      name: 'Ada Lovelace',
    });
    expect(preview.customers[0]?.orders?.map((o) => [o.id, o.status, o.total])).toEqual([
      ['1024', 'paid', 55],
      ['1025', 'refunded', 30],
    ]);
    expect(preview.badRows).toEqual([
      { line: 4, reason: 'placedAt “15/02/2025” is not a date' },
      { line: 5, reason: 'status “wc-teleported” is not a known order status' },
    ]);
  });

  it('reads the HubSpot contacts export with lifecycle labels as internal values', async () => {
    const preview = await previewImport(fixture('hubspot-contacts.csv'), { account: '4455667' });
    expect(preview.source).toBe('hubspot-contacts');
    expect(preview.customers.map((c) => [c.key.id, c.crmStage, c.leadStatus ?? null])).toEqual([
      ['101', 'evangelist', null],
      ['102', 'marketingqualifiedlead', 'in_progress'],
      ['103', 'lead', 'unqualified'],
    ]);
    expect(preview.customers[0]?.lastActivityAt).toBe('2025-05-01T10:00:00.000Z');
  });
});

describe('previewImport: unknown and broken files', () => {
  const custom = 'Kunde,Mail,Umsatz,Bestellungen\nK1,k1@x.de,"1.234,50",3\nK2,,9,1\n';

  it('asks for a mapping when it does not recognise the headers', async () => {
    const preview = await previewImport(custom, { account: 'x' });
    expect(preview.source).toBeNull();
    expect(preview.headers).toEqual(['Kunde', 'Mail', 'Umsatz', 'Bestellungen']);
    expect(preview.mappingErrors[0]).toMatch(/map them/);
    expect(preview.customers).toEqual([]);
  });

  it('imports with the user’s mapping', async () => {
    const preview = await previewImport(custom, {
      account: 'shop.de',
      mapping: {
        kind: 'customers',
        crm: 'custom:shop.de',
        choice: {
          customerId: 'Kunde',
          email: 'Mail',
          totalSpent: 'Umsatz',
          orderCount: 'Bestellungen',
        },
      },
    });
    expect(preview.source).toBe('custom mapping');
    expect(
      preview.customers.map((c) => [c.key.id, c.summary?.totalSpent, c.summary?.orderCount]),
    ).toEqual([
      ['K1', 1234.5, 3],
      ['K2', 9, 1],
    ]);
  });

  it('refuses a mapping that names a missing column, an unknown field, or lacks a key', async () => {
    const bad = await previewImport(custom, {
      account: 'x',
      mapping: {
        kind: 'orders',
        crm: 'custom:x',
        choice: { email: 'Mail', ['__proto__']: 'Kunde', total: 'Preis' },
      },
    });
    expect(bad.source).toBeNull();
    expect(bad.mappingErrors).toEqual([
      'Unknown field “__proto__”.',
      'The file has no column “Preis”.',
    ]);
    const keyless = await previewImport(custom, {
      account: 'x',
      mapping: { kind: 'customers', crm: 'custom:x', choice: { totalSpent: 'Umsatz' } },
    });
    expect(keyless.mappingErrors).toEqual(['Map a customer id or e-mail column.']);
  });

  it('reports rows with the wrong number of columns and unclosed quotes by line', async () => {
    const csv = 'Record ID,Email\n1,a@x.io\n2,b@x.io,extra\n3,"c@x.io\n';
    const preview = await previewImport(csv, { account: '1' });
    expect(preview.customers.map((c) => c.key.id)).toEqual(['1']);
    expect(preview.badRows.map((p) => p.line)).toEqual([3, 4]);
    expect(preview.badRows[1]?.reason).toMatch(/^CSV: .*quote/i);
    expect(preview.badRows[0]?.reason).toBe('has 3 columns, the header has 2');
  });

  it('treats an empty file as no rows, not a crash', async () => {
    const preview = await previewImport('', { account: '1' });
    expect(preview).toMatchObject({ source: null, rows: 0, customers: [] });
  });
});
