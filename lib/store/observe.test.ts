import { describe, expect, it } from 'vitest';
import type { Observation } from './api';
import { SHOP, databaseOf, openTestStore, pageRead } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');
const ann = { ...SHOP, id: '7' };

/** A customer seen on a list row, the record page and two order pages. */
const pieces: Observation[] = [
  pageRead(
    'customer-list',
    [{ key: ann, name: 'Ann', summary: { orderCount: 3, totalSpent: 300 } }],
    '2026-02-01T10:00:00Z',
  ),
  pageRead(
    'customer',
    [
      {
        key: { ...ann, email: 'Ann@Shop.io' },
        name: 'Ann Lee',
        tickets: 1,
        orders: [{ id: '1003', placedAt: '2026-01-20', total: 120 }],
      },
    ],
    '2026-02-02T10:00:00Z',
  ),
  pageRead(
    'order',
    [{ key: ann, orders: [{ id: '1001', placedAt: '2025-06-01', total: 80, status: 'paid' }] }],
    '2026-02-03T10:00:00Z',
  ),
  pageRead(
    'order',
    [
      {
        key: { ...SHOP, email: 'ann@shop.io' },
        orders: [{ id: '1002', placedAt: '2025-09-01', total: 100, discount: 10 }],
      },
    ],
    '2026-02-04T10:00:00Z',
  ),
];

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe('observe: the same profile whatever order pages are visited in', () => {
  it('yields one identical profile for all 24 visiting orders', async () => {
    const profiles: unknown[] = [];
    for (const order of permutations(pieces)) {
      const store = await openTestStore();
      for (const observation of order) await store.observe(observation, NOW);
      const detail = await store.getCustomer(ann, NOW);
      profiles.push(detail?.profile);
      store.close();
    }
    expect(profiles).toHaveLength(24);
    for (const profile of profiles) expect(profile).toEqual(profiles[0]);
    expect(profiles[0]).toMatchObject({
      key: { ...ann, email: 'ann@shop.io' },
      name: 'Ann Lee',
      tickets: 1,
      summary: { orderCount: 3, totalSpent: 300 },
    });
    expect((profiles[0] as { orders: { id: string }[] }).orders.map((o) => o.id)).toEqual([
      '1001',
      '1002',
      '1003',
    ]);
  });

  it('finds the customer by id or by e-mail, and records the evidence of each field', async () => {
    const store = await openTestStore();
    for (const observation of pieces) await store.observe(observation, NOW);
    const byEmail = await store.getCustomer({ ...SHOP, email: 'ANN@shop.io' }, NOW);
    expect(byEmail?.key).toEqual({ ...ann, email: 'ann@shop.io' });
    expect(byEmail?.evidence.find((e) => e.field === 'name')).toMatchObject({
      page: 'customer',
      seenAt: '2026-02-02T10:00:00Z',
    });
    expect(byEmail?.evidence.find((e) => e.field === 'orders')?.page).toBe('order');
  });

  it('merges an e-mail-keyed profile and an id-keyed one when a page shows both', async () => {
    const store = await openTestStore();
    await store.observe(
      pageRead(
        'order',
        [
          {
            key: { ...SHOP, email: 'bo@x.io' },
            orders: [{ id: 'A', placedAt: '2025-05-01', total: 5 }],
          },
        ],
        '2026-01-01T00:00:00Z',
      ),
      NOW,
    );
    await store.observe(
      pageRead(
        'customer-list',
        [{ key: { ...SHOP, id: '9' }, name: 'Bo' }],
        '2026-01-02T00:00:00Z',
      ),
      NOW,
    );
    await store.setOverride(
      { key: { ...SHOP, email: 'bo@x.io' }, stage: 'client', reason: 'known buyer', mode: 'pin' },
      'Eve',
      NOW,
    );
    await store.observe(
      pageRead(
        'customer',
        [{ key: { ...SHOP, id: '9', email: 'bo@x.io' }, tickets: 0 }],
        '2026-01-03T00:00:00Z',
      ),
      NOW,
    );
    const detail = await store.getCustomer({ ...SHOP, id: '9' }, NOW);
    expect(detail?.profile).toMatchObject({
      name: 'Bo',
      tickets: 0,
      orders: [{ id: 'A', placedAt: '2025-05-01', total: 5 }],
    });
    expect(detail?.override?.stage).toBe('client');
    expect(detail?.effective.stage).toBe('client');
    const viaEmail = await store.getCustomer({ ...SHOP, email: 'bo@x.io' }, NOW);
    expect(viaEmail?.profile).toEqual(detail?.profile);
  });

  it('links the same e-mail across CRMs without merging them', async () => {
    const store = await openTestStore();
    await store.observe(
      pageRead(
        'customer',
        [{ key: { ...SHOP, id: '1', email: 'cy@x.io' } }],
        '2026-01-01T00:00:00Z',
      ),
      NOW,
    );
    await store.observe(
      {
        url: 'https://app.hubspot.com/contacts/123/record/0-1/55',
        seenAt: '2026-01-02T00:00:00Z',
        scrape: {
          crm: 'hubspot',
          account: '123',
          page: 'customer',
          customers: [{ key: { crm: 'hubspot', account: '123', id: '55', email: 'cy@x.io' } }],
          diagnostics: [],
        },
      },
      NOW,
    );
    const detail = await store.getCustomer({ ...SHOP, id: '1' }, NOW);
    expect(detail?.linked).toEqual([
      { crm: 'hubspot', account: '123', id: '55', email: 'cy@x.io' },
    ]);
    expect(detail?.profile.key.crm).toBe('shopify');
  });

  it('returns null for customers with neither id nor e-mail, and for invalid rows', async () => {
    const store = await openTestStore();
    const badges = await store.observe(
      pageRead(
        'customer-list',
        [
          { key: { ...SHOP } },
          { key: ann, tickets: -3 } as never,
          { key: ann, name: '<script>alert(1)</script>' },
        ],
        '2026-01-01T00:00:00Z',
      ),
      NOW,
    );
    expect(badges[0]).toBeNull();
    expect(badges[1]).toBeNull();
    expect(badges[2]).toMatchObject({ stage: 'suspect', category: 'unrated' });
    expect((await store.getCustomer(ann, NOW))?.profile.name).toBe('<script>alert(1)</script>');
  });

  it('keeps the diagnostics of the last read', async () => {
    const store = await openTestStore();
    await store.observe(
      pageRead('customer', [{ key: ann }], '2026-01-01T00:00:00Z', ['record.email']),
      NOW,
    );
    expect((await store.getCustomer(ann, NOW))?.diagnostics).toEqual(['record.email']);
  });

  it('folds one customer shown twice on a page into one profile, with the same badge', async () => {
    const store = await openTestStore();
    const badges = await store.observe(
      pageRead(
        'customer-list',
        [
          { key: ann, name: 'Ann' },
          { key: ann, tickets: 2 },
        ],
        '2026-01-01T00:00:00Z',
      ),
      NOW,
    );
    expect(badges[0]).toEqual(badges[1]);
    expect((await store.getCustomer(ann, NOW))?.profile).toMatchObject({ name: 'Ann', tickets: 2 });
    expect(await (await databaseOf(store)).count('profiles')).toBe(1);
  });

  it('joins, within one page, an id-only row and an e-mail-only row that a third row links', async () => {
    const store = await openTestStore();
    const email = { ...SHOP, email: 'dee@x.io' };
    const badges = await store.observe(
      pageRead(
        'customer-list',
        [
          { key: { ...SHOP, id: '5' }, name: 'Dee' },
          { key: email, tickets: 1 },
          { key: { ...SHOP, id: '5', email: 'dee@x.io' } },
        ],
        '2026-01-01T00:00:00Z',
      ),
      NOW,
    );
    expect(badges.every((b) => b !== null)).toBe(true);
    expect(await (await databaseOf(store)).count('profiles')).toBe(1);
    expect((await store.getCustomer(email, NOW))?.profile).toMatchObject({
      name: 'Dee',
      tickets: 1,
      key: { id: '5', email: 'dee@x.io' },
    });
  });

  it('refuses oversized and malformed rows without storing anything from them', async () => {
    const store = await openTestStore();
    const badges = await store.observe(
      pageRead(
        'customer-list',
        [
          { key: ann, name: 'x'.repeat(100_000) },
          { key: { ...ann, id: 'y'.repeat(5_000) } },
          { key: ann, orders: [{ id: 'o', placedAt: '2026-01-01', total: Number.NaN }] },
          'not a profile' as never,
        ],
        '2026-01-01T00:00:00Z',
      ),
      NOW,
    );
    expect(badges).toEqual([null, null, null, null]);
    expect(await (await databaseOf(store)).count('profiles')).toBe(0);
  });
});
