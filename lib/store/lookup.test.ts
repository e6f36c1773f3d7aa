import { describe, expect, it } from 'vitest';
import type { Profile } from '../domain/profile';
import { openTestStore, pageRead, SHOP } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');

function listPage(n: number): Profile[] {
  return Array.from({ length: n }, (_, i) => ({
    key: { ...SHOP, id: `c${i}`, email: `c${i}@x.io` },
    summary: { orderCount: i % 5, lastOrderAt: '2025-03-10' },
  }));
}

describe('lookupBadges', () => {
  it('answers 1,000 keys in one call, by id or by e-mail, null for unknown keys', async () => {
    const store = await openTestStore();
    await store.observe(pageRead('customer-list', listPage(1000), '2026-02-01T00:00:00Z'), NOW);
    const keys = listPage(1000).map((p, i) =>
      i % 2 ? { ...SHOP, email: p.key.email } : { ...SHOP, id: p.key.id },
    );
    const badges = await store.lookupBadges([...keys, { ...SHOP, id: 'nobody' }], NOW);
    expect(badges).toHaveLength(1001);
    expect(badges[1000]).toBeNull();
    expect(badges[3]?.stage).toBe('repeat');
    expect(badges[4]?.stage).toBe('client');
    expect(badges[5]?.stage).toBe('suspect');
    expect(badges.filter((b) => b === null)).toHaveLength(1);
  });

  it('recomputes a cached result on another calendar day (a customer goes dead)', async () => {
    const store = await openTestStore();
    const key = { ...SHOP, id: 'd1' };
    await store.observe(
      pageRead(
        'customer',
        [{ key, orders: [{ id: 'o', placedAt: '2025-03-01', total: 9 }] }],
        '2026-02-01T00:00:00Z',
      ),
      new Date('2026-02-28T23:00:00Z'),
    );
    const [sameDay] = await store.lookupBadges([key], new Date('2026-02-28T23:59:00Z'));
    expect(sameDay?.category).toBe('core'); // 364 days idle
    const [nextDay] = await store.lookupBadges([key], new Date('2026-03-02T00:01:00Z'));
    expect(nextDay?.category).toBe('dead'); // 366 days idle
    const detail = await store.getCustomer(key, new Date('2026-03-02T00:01:00Z'));
    expect(detail?.history.map((h) => `${h.field}:${h.from}->${h.to}`)).toEqual([
      'stage:null->first-time',
      'category:null->core',
      'category:core->dead',
    ]);
  });

  it('applies an expired override as gone on the next look-up and records it', async () => {
    const store = await openTestStore();
    const key = { ...SHOP, id: 'e1' };
    await store.observe(pageRead('customer', [{ key }], '2026-02-01T00:00:00Z'), NOW);
    await store.setOverride(
      {
        key,
        stage: 'prospect',
        reason: 'met at fair',
        mode: 'pin',
        expiresAt: '2026-03-01T13:00:00Z',
      },
      'Eve',
      NOW,
    );
    expect((await store.lookupBadges([key], NOW))[0]).toMatchObject({
      stage: 'prospect',
      overridden: true,
    });
    const later = new Date('2026-03-01T13:30:00Z');
    expect((await store.lookupBadges([key], later))[0]).toMatchObject({
      stage: 'suspect',
      overridden: false,
    });
    const history = (await store.getCustomer(key, later))?.history ?? [];
    expect(history.at(-1)).toMatchObject({ from: 'prospect', to: 'suspect', source: 'automatic' });
  });
});
