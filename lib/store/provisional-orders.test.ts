import { describe, expect, it } from 'vitest';
import type { PageKind } from '../domain/crm-kind';
import type { Profile } from '../domain/profile';
import type { Observation } from './api';
import { openTestStore } from './test-support/store-fixture';

const NOW = new Date('2026-11-26T10:00:00Z');
const SHOP = { crm: 'woocommerce', account: 'laden.example.de' } as const;
const hedwig = { ...SHOP, id: '2', email: 'hedwig.brandt@example.de' };
const clara = { ...SHOP, email: 'clara.vogel@example.com' };
const buyer = (name: string) => ({ ...SHOP, id: `buyer-name:${name}` });
const order = (id: string, total: number) => ({
  id,
  placedAt: '2026-11-25T07:05:00.000Z',
  total,
  currency: 'EUR',
  status: 'paid',
});

function read(page: PageKind, customers: Profile[], seenAt: string): Observation {
  return {
    url: `https://laden.example.de/wp-admin/${page}`,
    seenAt,
    scrape: { ...SHOP, page, customers, diagnostics: [] },
  };
}

/** The unfiltered orders list: each row's buyer keyed by name (lib/crms/woocommerce). */
const list = (seenAt: string) =>
  read(
    'order-list',
    [
      { key: buyer('hedwig brandt'), name: 'Hedwig Brandt', orders: [order('47', 89.9)] },
      { key: buyer('clara vogel'), name: 'Clara Vogel', orders: [order('46', 1234.56)] },
      { key: buyer('hedwig brandt'), name: 'Hedwig Brandt', orders: [order('43', 15)] },
    ],
    seenAt,
  );

describe('provisional customers from the unfiltered orders list', () => {
  it('badges a known order as its real customer and keeps the rest provisional', async () => {
    const store = await openTestStore();
    await store.observe(read('order', [{ key: hedwig, orders: [order('47', 89.9)] }], 't1'), NOW);
    const badges = await store.observe(list('t2'), NOW);
    expect(badges.map((b) => b?.key)).toEqual([
      hedwig,
      buyer('clara vogel'),
      buyer('hedwig brandt'),
    ]);
    const real = await store.getCustomer(hedwig, NOW);
    expect(real?.profile.orders?.map((o) => o.id)).toEqual(['47']);
    expect(real?.profile.name).toBeUndefined(); // a billing name on a row is not the customer's
    await store.contextsRebuilt();
    store.close();
  });

  it('joins a provisional customer to the real one once its order is seen with a key', async () => {
    const store = await openTestStore();
    await store.observe(list('t1'), NOW);
    expect((await store.listCustomers(NOW)).rows).toHaveLength(2);
    await store.observe(read('order', [{ key: clara, orders: [order('46', 1234.56)] }], 't2'), NOW);
    const rows = (await store.listCustomers(NOW)).rows;
    expect(rows).toHaveLength(2); // Clara's provisional customer was absorbed, not kept beside her
    const real = await store.getCustomer(clara, NOW);
    expect(real?.profile.key).toEqual(clara); // no buyer-name id taken over
    expect(real?.profile.name).toBe('Clara Vogel');
    expect(real?.profile.orders?.map((o) => o.id)).toEqual(['46']);
    expect(await store.getCustomer(buyer('clara vogel'), NOW)).toBeNull();
    // The next unknown order under that name starts afresh instead of going to Clara.
    const again = await store.observe(
      read('order-list', [{ key: buyer('clara vogel'), orders: [order('50', 9)] }], 't3'),
      NOW,
    );
    expect(again[0]?.key).toEqual(buyer('clara vogel'));
    await store.contextsRebuilt();
    store.close();
  });
});
