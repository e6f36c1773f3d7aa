import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Profile } from '../domain/profile';
import type { BadgeView } from '../domain/views';
import { STORE_READS, STORE_WRITES } from './api';
import { createBadgeCache } from './badge-cache';
import { withBadgeCache } from './cached-store';
import { restoreBackup } from './export/restore';
import { startImportJob } from './import/import-job';
import { dayOf } from './keys';
import { openIndexedDbStore, type IndexedDbStore } from './rung-store';
import { fakeClassifier } from './test-support/fake-classifier';
import { openTestStore, pageRead, SHOP, uniqueDbName } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');
const kim = { ...SHOP, id: 'k1' };
const orders = (n: number): Profile['orders'] =>
  Array.from({ length: n }, (_, i) => ({ id: `o${i}`, placedAt: '2026-02-01', total: 10 }));

/** A store that has looked Kim up once, with one order: the badge cache now holds her. */
async function storeRemembering() {
  const store = await openTestStore();
  await store.observe(
    pageRead('customer', [{ key: kim, orders: orders(1) }], '2026-02-02T00:00:00Z'),
    NOW,
  );
  const [before] = await store.lookupBadges([kim], NOW);
  expect(before?.stage).toBe('first-time');
  return store;
}

describe('the cached store forgets on every write, without any caller saying so', () => {
  it('after an import chunk, a look-up shows what the import wrote', async () => {
    const store = await storeRemembering();
    const imported = [{ key: kim, orders: orders(5) }];
    await startImportJob(
      store,
      { source: 'shopify-orders', fileName: 'o.csv', customers: imported },
      NOW,
    );
    const [after] = await store.lookupBadges([kim], NOW);
    expect(after?.stage).toBe('client');
  });

  // A restore also gives the settings a new revision, which alone makes cached views
  // stale; the test below ('wraps every write method') is the one that fails when the
  // restore is not wrapped.
  it('after a restore, a look-up shows the restored customer', async () => {
    const source = await openTestStore();
    await source.observe(
      pageRead('customer', [{ key: kim, orders: orders(5) }], '2026-02-02T00:00:00Z'),
      NOW,
    );
    const backup = await source.backup(NOW);
    const store = await storeRemembering();
    await restoreBackup(store, JSON.stringify(backup), NOW);
    const [after] = await store.lookupBadges([kim], NOW);
    expect(after?.stage).toBe('client');
  });

  it('after an override, a look-up shows the override', async () => {
    const store = await storeRemembering();
    await store.setOverride(
      { key: kim, stage: 'partner', reason: 'reseller', mode: 'pin' },
      'Eve',
      NOW,
    );
    const [after] = await store.lookupBadges([kim], NOW);
    expect(after).toMatchObject({ stage: 'partner', overridden: true });
  });

  it('wraps every write method of the store, and passes every read through untouched', async () => {
    const view = { key: kim, stage: 'repeat' } as BadgeView;
    const calls: string[] = [];
    const inner = Object.fromEntries(
      [...STORE_READS, ...STORE_WRITES].map((name) => [
        name,
        async () => {
          calls.push(name);
          if (name === 'settingsRevision') return 0;
          if (name === 'observe') return { badges: [], joinedCustomers: true };
          return undefined;
        },
      ]),
    ) as unknown as IndexedDbStore;
    const badges = createBadgeCache();
    const store = withBadgeCache(inner, badges);
    for (const name of STORE_WRITES) {
      badges.fill(badges.generation(), [kim], [view], 0, dayOf(NOW));
      const method = store[name] as (...args: unknown[]) => Promise<unknown>;
      await method(pageRead('customer', [], NOW.toISOString()), NOW);
      expect({ name, size: badges.size }).toEqual({ name, size: 0 });
    }
    for (const name of STORE_READS.filter((n) => n !== 'lookupBadges')) {
      badges.fill(badges.generation(), [kim], [view], 0, dayOf(NOW));
      await (store[name] as (...args: unknown[]) => Promise<unknown>)();
      expect({ name, size: badges.size }).toEqual({ name, size: 1 });
    }
    const passedOn = STORE_READS.filter((n) => n !== 'lookupBadges');
    expect(calls).toEqual(expect.arrayContaining([...STORE_WRITES, ...passedOn]));
  });
});

describe('look-ups read in readonly transactions over only the stores they read', () => {
  afterEach(() => vi.restoreAllMocks());

  it('a look-up of current cached results opens one readonly transaction over three stores', async () => {
    const store = await openIndexedDbStore({ dbName: uniqueDbName(), classifier: fakeClassifier });
    await store.observe(
      pageRead('customer-list', [{ key: kim, orders: orders(1) }], '2026-02-02T00:00:00Z'),
      NOW,
    );
    const opened: { stores: string[]; mode: string | undefined }[] = [];
    const transaction = IDBDatabase.prototype.transaction;
    vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
      this: IDBDatabase,
      stores: string | Iterable<string>,
      mode?: IDBTransactionMode,
    ) {
      opened.push({ stores: typeof stores === 'string' ? [stores] : [...stores].sort(), mode });
      return transaction.call(this, stores, mode);
    });
    const [badge] = await store.lookupBadges([kim], NOW);
    expect(badge?.stage).toBe('first-time');
    expect(opened).toEqual([
      { stores: ['aliases', 'classifications', 'overrides'], mode: 'readonly' },
    ]);
    // The next day the cached result is stale: only then a readwrite transaction follows.
    opened.length = 0;
    await store.lookupBadges([kim], new Date('2026-03-02T12:00:00Z'));
    expect(opened.map((t) => t.mode)).toEqual(['readonly', 'readwrite']);
    store.close();
  });
});
