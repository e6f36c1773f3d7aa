import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openRungDb } from './db';
import { DB_VERSION } from './schema';
import { StoreError } from './errors';
import { SHOP, databaseOf, dbNameOf, openTestStore, pageRead } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');
const first = { ...SHOP, id: 'f1' };
const second = { ...SHOP, id: 'f2' };

afterEach(() => {
  vi.restoreAllMocks();
});

/** Make every put of a profile whose id contains `victim` fail the way IndexedDB does. */
function failPutsOf(victim: string, failure: 'quota' | 'abort') {
  const original = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    value,
    key,
  ) {
    const id = (value as { id?: unknown }).id;
    if (this.name === 'profiles' && typeof id === 'string' && id.includes(victim)) {
      if (failure === 'quota')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      this.transaction.abort();
    }
    return original.call(this, value, key);
  });
}

async function seeded() {
  const store = await openTestStore();
  await store.observe(
    pageRead('customer', [{ key: first, name: 'Fay', tickets: 1 }], '2026-02-01T00:00:00Z'),
    NOW,
  );
  return store;
}

describe('failures leave the store consistent and lose nothing', () => {
  it('a full disk: a clear message, and no half-written page', async () => {
    const store = await seeded();
    failPutsOf('f2', 'quota');
    const page = pageRead(
      'customer-list',
      [
        { key: first, name: 'Fay Changed' },
        { key: second, name: 'Gil' },
      ],
      '2026-02-02T00:00:00Z',
    );
    const attempt = store.observe(page, NOW);
    await expect(attempt).rejects.toBeInstanceOf(StoreError);
    await expect(attempt).rejects.toMatchObject({ code: 'quota' });
    await expect(attempt).rejects.toThrow(/disk .* is full\. Nothing already stored was lost/);
    vi.restoreAllMocks();
    // The first customer's update was in the same transaction: rolled back, old value kept.
    const detail = await store.getCustomer(first, NOW);
    expect(detail?.profile).toMatchObject({ name: 'Fay', tickets: 1 });
    expect(await store.getCustomer(second, NOW)).toBeNull();
    expect(detail?.history).toHaveLength(2);
  });

  it('an aborted transaction: reported as such, nothing changed, the store still works', async () => {
    const store = await seeded();
    failPutsOf('f1', 'abort');
    const attempt = store.observe(
      pageRead('customer', [{ key: first, name: 'Other' }], '2026-02-03T00:00:00Z'),
      NOW,
    );
    await expect(attempt).rejects.toMatchObject({ code: 'aborted' });
    vi.restoreAllMocks();
    expect((await store.getCustomer(first, NOW))?.profile.name).toBe('Fay');
    await store.observe(
      pageRead('customer', [{ key: first, name: 'Fay Lee' }], '2026-02-04T00:00:00Z'),
      NOW,
    );
    expect((await store.getCustomer(first, NOW))?.profile.name).toBe('Fay Lee');
  });

  it('an override that cannot be written does not leave a history entry behind', async () => {
    const store = await seeded();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      throw new DOMException('full', 'QuotaExceededError');
    });
    await expect(
      store.setOverride({ key: first, stage: 'client', reason: 'x', mode: 'pin' }, 'Eve', NOW),
    ).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    const detail = await store.getCustomer(first, NOW);
    expect(detail?.override).toBeNull();
    expect(detail?.history.map((h) => h.source)).toEqual(['automatic', 'automatic']);
  });
});

describe('delete all Rung data', () => {
  it('really deletes every store, and the store starts empty afterwards', async () => {
    const store = await seeded();
    await store.saveSettings({ repeatMinOrders: 3 }, 'Eve', NOW);
    await store.deleteAll();
    expect(await store.getCustomer(first, NOW)).toBeNull();
    expect(await store.getSettings()).toEqual({
      settings: { repeatMinOrders: 2, vocabulary: 'classic' },
      staffName: '',
    });
    const db = await databaseOf(store);
    for (const name of [
      'profiles',
      'aliases',
      'history',
      'overrides',
      'classifications',
      'meta',
    ] as const) {
      expect(await db.count(name)).toBe(0);
    }
  });

  it('reports "close other tabs" when an old tab blocks the deletion, and finishes once it closes', async () => {
    const store = await seeded();
    const dbName = dbNameOf(store);
    const oldTab = await openDB(dbName, DB_VERSION); // a connection that ignores versionchange
    await expect(store.deleteAll()).rejects.toMatchObject({ code: 'blocked' });
    oldTab.close();
    // The deletion request stays queued and completes when the old tab lets go.
    expect(await store.getCustomer(first, NOW)).toBeNull();
  });

  it('a Rung connection in another tab steps aside, so deletion goes through', async () => {
    const store = await seeded();
    const otherTab = await openRungDb({ dbName: dbNameOf(store) });
    await store.deleteAll();
    expect(await store.getCustomer(first, NOW)).toBeNull();
    otherTab.close();
  });
});

/** Every put and add into any store fails as on a full disk (deletes still work). */
function diskFull() {
  const full = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(full);
  vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(full);
}

describe('a full disk still lets staff see and leave what is stored', () => {
  it('shows a stored customer, computed without recording anything', async () => {
    const store = await seeded();
    diskFull();
    // The next day: the cached result is stale and would normally be recomputed and saved.
    const detail = await store.getCustomer(first, new Date('2026-03-02T12:00:00Z'));
    expect(detail?.profile.name).toBe('Fay');
    expect(detail?.effective.stage).toBeDefined();
    // The automatic result beside it is today's too, not the one cached yesterday.
    expect(detail?.automatic.asOf.slice(0, 10)).toBe('2026-03-02');
    vi.restoreAllMocks();
    const db = await databaseOf(store);
    expect(
      (await db.get('classifications', (await db.get('aliases', 'shopify|demo-shop|id:f1'))!.id))
        ?.day,
    ).toBe('2026-03-01');
  });

  it('drops an import the disk refused, so it does not come back on its own later', async () => {
    const { startImportJob, resumeImportJob } = await import('./import/import-job');
    const store = await seeded();
    const customers = Array.from({ length: 3 }, (_, i) => ({ key: { ...SHOP, id: `i${i}` } }));
    const original = IDBObjectStore.prototype.put;
    // The job record goes in; the first chunk's profiles do not.
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      value,
      key,
    ) {
      if (this.name === 'profiles')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, value, key);
    });
    await expect(
      startImportJob(store, { source: 'shopify', fileName: 'c.csv', customers }, NOW),
    ).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await resumeImportJob(store, NOW)).toBeNull();
    expect(await store.lookupBadges([{ ...SHOP, id: 'i0' }], NOW)).toEqual([null]);
  });
});
