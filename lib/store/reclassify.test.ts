import { describe, expect, it } from 'vitest';
import type { ReclassifyProgress } from './api';
import { openRungStoreWith } from './cached-store';
import { openRungDb } from './db';
import { fakeClassifier } from './test-support/fake-classifier';
import { pageRead, SHOP, uniqueDbName } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');
const customers = Array.from({ length: 7 }, (_, i) => ({
  key: { ...SHOP, id: `r${i}` },
  orders: [1, 2, 3].map((n) => ({ id: `${i}-${n}`, placedAt: `2026-01-0${n}`, total: 10 })),
}));

async function seeded(dbName: string) {
  const store = await openRungStoreWith({ dbName, classifier: fakeClassifier, chunkSize: 2 });
  await store.observe(pageRead('customer-list', customers, '2026-02-01T00:00:00Z'), NOW);
  return store;
}

describe('reclassifyAll', () => {
  it('reclassifies every customer after a settings change, reporting progress per chunk', async () => {
    const store = await seeded(uniqueDbName());
    await store.setOverride(
      { key: { ...SHOP, id: 'r0' }, stage: 'partner', reason: 'board member', mode: 'pin' },
      'Eve',
      NOW,
    );
    expect((await store.lookupBadges([{ ...SHOP, id: 'r1' }], NOW))[0]?.stage).toBe('repeat');
    await store.saveSettings({ repeatMinOrders: 4 }, undefined, NOW);
    const seen: ReclassifyProgress[] = [];
    // The job saveSettings started is already running: this call waits for it, runs no other.
    await store.reclassifyAll(NOW, (p) => seen.push(p));
    expect(seen).toEqual([]);
    await store.reclassifyAll(NOW, (p) => seen.push(p));
    const badges = await store.lookupBadges(
      customers.map((c) => c.key),
      NOW,
    );
    expect(badges.map((b) => b?.stage)).toEqual([
      'partner',
      ...Array<string>(6).fill('first-time'),
    ]);
    expect(badges[0]).toMatchObject({ overridden: true, disagrees: true });
    expect(seen.map((p) => p.done)).toEqual([0, 2, 4, 6, 7, 7]);
    expect(seen.at(-1)).toMatchObject({ running: false, total: 7 });
    expect(await store.reclassifyProgress()).toEqual({
      running: false,
      done: 0,
      total: 0,
      startedAt: null,
    });
  });

  it('resumes from the last committed chunk after the worker is stopped halfway', async () => {
    const dbName = uniqueDbName();
    let stopped: () => void = () => undefined;
    const died = new Promise<void>((resolve) => (stopped = resolve));
    const first = await openRungStoreWith({
      dbName,
      classifier: fakeClassifier,
      chunkSize: 2,
      // Simulate the worker dying after two chunks: the progress listener throws.
      onReclassifyProgress: (p) => {
        if (p.done !== 4) return;
        stopped();
        throw new Error('worker stopped');
      },
    });
    await first.observe(pageRead('customer-list', customers, '2026-02-01T00:00:00Z'), NOW);
    await first.saveSettings({ repeatMinOrders: 4 }, undefined, NOW);
    await died;
    first.close();

    const second = await openRungStoreWith({ dbName, classifier: fakeClassifier, chunkSize: 2 });
    expect(await second.reclassifyProgress()).toMatchObject({ running: true, done: 4, total: 7 });
    const db = await openRungDb({ dbName });
    const revisionOf = async (id: string) =>
      (await db.get('classifications', `shopify|demo-shop|id:${id}`))?.settingsRevision;
    expect([await revisionOf('r3'), await revisionOf('r4'), await revisionOf('r6')]).toEqual([
      1, 0, 0,
    ]);
    const resumed: number[] = [];
    await second.resumePendingJobs(NOW, (p) => resumed.push(p.done));
    expect(resumed[0]).toBe(4);
    expect(resumed.at(-1)).toBe(7);
    expect([await revisionOf('r4'), await revisionOf('r6')]).toEqual([1, 1]);
    const detail = await second.getCustomer({ ...SHOP, id: 'r6' }, NOW);
    expect(detail?.effective.stage).toBe('first-time');
    expect((await second.reclassifyProgress()).running).toBe(false);
  });

  it('does nothing on resume when no job is pending', async () => {
    const store = await seeded(uniqueDbName());
    const calls: number[] = [];
    await store.resumePendingJobs(NOW, (p) => calls.push(p.done));
    expect(calls).toEqual([]);
  });
});

describe('settings', () => {
  it('returns defaults before any save, and the saved settings and staff name after', async () => {
    const store = await seeded(uniqueDbName());
    expect(await store.getSettings()).toEqual({
      settings: { repeatMinOrders: 2, vocabulary: 'classic' },
      staffName: '',
    });
    await store.saveSettings({ repeatMinOrders: 3, vocabulary: 'one-page' }, '  Eve\u200B ', NOW);
    expect(await store.getSettings()).toEqual({
      settings: { repeatMinOrders: 3, vocabulary: 'one-page' },
      staffName: 'Eve',
    });
  });

  it('refuses a bad value with an error naming the field, changing nothing', async () => {
    const store = await seeded(uniqueDbName());
    await expect(store.saveSettings({ repeatMinOrders: 0 }, 'Eve', NOW)).rejects.toMatchObject({
      name: 'SettingsError',
      field: 'stage.repeatMinOrders',
    });
    expect((await store.getSettings()).settings).toEqual({
      repeatMinOrders: 2,
      vocabulary: 'classic',
    });
    expect(await store.reclassifyProgress()).toMatchObject({ running: false });
  });

  it('shows category labels in the chosen vocabulary', async () => {
    const store = await seeded(uniqueDbName());
    await store.saveSettings({ vocabulary: 'one-page' }, undefined, NOW);
    await store.reclassifyAll(NOW);
    await store.setOverride(
      { key: { ...SHOP, id: 'r2' }, category: 'demanding', reason: 'calls daily', mode: 'pin' },
      'Eve',
      NOW,
    );
    const [badge] = await store.lookupBadges([{ ...SHOP, id: 'r2' }], NOW);
    expect(badge?.categoryLabel).toBe('Vampire');
  });
});
