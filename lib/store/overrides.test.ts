import { describe, expect, it } from 'vitest';
import { StoreError } from './errors';
import { openTestStore, pageRead, SHOP } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');
const key = { ...SHOP, id: 'o1' };
const oneOrder = [{ id: 'a', placedAt: '2026-02-01', total: 50 }];

async function storeWithCustomer() {
  const store = await openTestStore();
  await store.observe(
    pageRead('customer', [{ key, orders: oneOrder }], '2026-02-02T00:00:00Z'),
    NOW,
  );
  return store;
}

describe('overrides in the store', () => {
  it('pins a stage with who, when and why; the automatic result stays visible beside it', async () => {
    const store = await storeWithCustomer();
    const badge = await store.setOverride(
      { key, stage: 'advocate', reason: 'refers friends', mode: 'pin' },
      'Eve',
      NOW,
    );
    expect(badge).toMatchObject({ stage: 'advocate', overridden: true, disagrees: true });
    expect(badge.topReasons[0]).toEqual({
      key: 'badge_reason_set_by',
      args: [
        { kind: 'text', value: 'Eve' },
        { kind: 'text', value: 'refers friends' },
      ],
    });
    const detail = await store.getCustomer(key, NOW);
    expect(detail?.automatic.stage).toBe('first-time');
    expect(detail?.effective.stage).toBe('advocate');
    expect(detail?.override).toMatchObject({
      by: 'Eve',
      at: NOW.toISOString(),
      reason: 'refers friends',
      mode: 'pin',
    });
    expect(detail?.history.at(-1)).toMatchObject({
      from: 'first-time',
      to: 'advocate',
      source: 'manual',
      note: 'Eve: refers friends',
    });
  });

  it('survives new observations that change the automatic result', async () => {
    const store = await storeWithCustomer();
    await store.setOverride(
      { key, stage: 'repeat', reason: 'floor for a regular', mode: 'floor' },
      'Eve',
      NOW,
    );
    const more = [1, 2, 3].map((i) => ({ id: `m${i}`, placedAt: `2026-02-1${i}`, total: 10 }));
    const [badge] = await store.observe(
      pageRead('customer', [{ key, orders: more }], '2026-02-20T00:00:00Z'),
      NOW,
    );
    // 4 orders: automatic client rises above the floor
    expect(badge).toMatchObject({ stage: 'client', overridden: false, disagrees: true });
    expect((await store.getCustomer(key, NOW))?.override?.mode).toBe('floor');
  });

  it('reverts in one action and records the return to the automatic result', async () => {
    const store = await storeWithCustomer();
    await store.setOverride(
      { key, category: 'dead', reason: 'never pays', mode: 'pin' },
      'Eve',
      NOW,
    );
    const badge = await store.clearOverride(key, NOW);
    expect(badge).toMatchObject({ category: 'core', overridden: false });
    const detail = await store.getCustomer(key, NOW);
    expect(detail?.override).toBeNull();
    expect(detail?.history.slice(-2).map((h) => [h.to, h.source])).toEqual([
      ['dead', 'manual'],
      ['core', 'automatic'],
    ]);
  });

  it.each([
    [{ reason: '  ', stage: 'client' as const }, 'a reason is required'],
    [{ reason: 'x' }, 'choose a stage or a category'],
    [
      { reason: 'x', stage: 'client' as const, expiresAt: '2026-01-01' },
      'the expiry is in the past',
    ],
    [{ reason: 'x', stage: 'client' as const, expiresAt: 'tomorrow' }, 'the expiry is not a date'],
  ])('refuses an invalid override %#', async (input, message) => {
    const store = await storeWithCustomer();
    const attempt = store.setOverride({ key, mode: 'pin', ...input }, 'Eve', NOW);
    await expect(attempt).rejects.toThrow(message);
    expect((await store.getCustomer(key, NOW))?.override).toBeNull();
  });

  it('refuses an override for an unknown customer with a clear error', async () => {
    const store = await storeWithCustomer();
    const attempt = store.setOverride(
      { key: { ...SHOP, id: 'ghost' }, stage: 'client', reason: 'x', mode: 'pin' },
      'Eve',
      NOW,
    );
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expect(attempt).rejects.toMatchObject({ code: 'not-found' });
  });

  it('falls back to the staff name from the settings when none is given', async () => {
    const store = await storeWithCustomer();
    await store.saveSettings({}, 'Dana from Sales', NOW);
    await store.reclassifyAll(NOW);
    await store.setOverride({ key, stage: 'client', reason: 'x', mode: 'pin' }, '', NOW);
    expect((await store.getCustomer(key, NOW))?.override?.by).toBe('Dana from Sales');
  });
});
