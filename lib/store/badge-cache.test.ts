import { describe, expect, it } from 'vitest';
import type { BadgeView } from '../domain/views';
import { createBadgeCache } from './badge-cache';
import { IMPORT_CHUNK, startImportJob } from './import/import-job';
import { SHOP, databaseOf, openTestStore, pageRead } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');
const DAY = '2026-03-01';

const view = (id: string, overridden = false): BadgeView => ({
  key: { ...SHOP, id },
  stage: 'repeat',
  category: 'core',
  categoryLabel: 'Core',
  treatmentHeadline: 'Keep them',
  topReasons: [],
  confidence: 'high',
  overridden,
  disagrees: false,
});

describe('badge cache', () => {
  it('answers only for the revision and day it was filled under', () => {
    const cache = createBadgeCache();
    const key = { ...SHOP, id: 'a' };
    cache.fill(cache.generation(), [key], [view('a')], 3, DAY);
    expect(cache.get(key, 3, DAY)?.stage).toBe('repeat');
    expect(cache.get(key, 4, DAY)).toBeUndefined();
    expect(cache.get(key, 3, '2026-03-02')).toBeUndefined();
    expect(cache.get({ ...SHOP, id: 'b' }, 3, DAY)).toBeUndefined();
  });

  it('finds a key however its e-mail is written, and remembers unknown customers as null', () => {
    const cache = createBadgeCache();
    cache.fill(cache.generation(), [{ ...SHOP, email: ' Ann@X.io ' }], [null], 1, DAY);
    expect(cache.get({ ...SHOP, email: 'ann@x.io' }, 1, DAY)).toBeNull();
  });

  it('ignores a fill that began before a clear, and keeps no overridden view', () => {
    const cache = createBadgeCache();
    const before = cache.generation();
    cache.clear();
    cache.fill(before, [{ ...SHOP, id: 'a' }], [view('a')], 1, DAY);
    expect(cache.size).toBe(0);
    cache.fill(cache.generation(), [{ ...SHOP, id: 'o' }], [view('o', true)], 1, DAY);
    expect(cache.size).toBe(0);
  });

  it('drops the least recently filled keys beyond its limit', () => {
    const cache = createBadgeCache(2);
    const keys = ['a', 'b', 'c'].map((id) => ({ ...SHOP, id }));
    cache.fill(cache.generation(), keys.slice(0, 2), [view('a'), view('b')], 1, DAY);
    cache.fill(cache.generation(), [keys[0]!], [view('a')], 1, DAY); // a is young again
    cache.fill(cache.generation(), [keys[2]!], [view('c')], 1, DAY);
    expect(cache.size).toBe(2);
    expect(cache.get(keys[1]!, 1, DAY)).toBeUndefined();
    expect(cache.get(keys[0]!, 1, DAY)).not.toBeUndefined();
  });
});

describe('the store answers repeated look-ups from memory, and forgets on every write', () => {
  const keys = ['m1', 'm2'].map((id) => ({ ...SHOP, id }));
  const profiles = keys.map((key) => ({ key, summary: { orderCount: 3 } }));

  async function storeWithHiddenRecords() {
    const store = await openTestStore();
    const db = await databaseOf(store);
    await store.observe(pageRead('customer-list', profiles, '2026-02-01T00:00:00Z'), NOW);
    // Remove every record behind the store's back: only its memory can still answer.
    await db.clear('classifications');
    await db.clear('aliases');
    return store;
  }

  it('a page read fills the cache: the look-up needs no IndexedDB', async () => {
    const store = await storeWithHiddenRecords();
    const badges = await store.lookupBadges([...keys, { ...SHOP, id: 'nobody' }], NOW);
    expect(badges.map((b) => b?.stage ?? null)).toEqual(['repeat', 'repeat', null]);
  });

  it('an override, even a refused one, empties it', async () => {
    const store = await storeWithHiddenRecords();
    await expect(
      store.setOverride({ key: keys[0]!, stage: 'client', reason: 'r', mode: 'pin' }, 'Eve', NOW),
    ).rejects.toThrow();
    expect(await store.lookupBadges(keys, NOW)).toEqual([null, null]);
  });

  it('a settings save empties it', async () => {
    const store = await storeWithHiddenRecords();
    const { settings } = await store.getSettings();
    await store.saveSettings(settings, 'Eve', NOW);
    expect(await store.lookupBadges(keys, NOW)).toEqual([null, null]);
  });

  it('another day is not answered from it', async () => {
    const store = await storeWithHiddenRecords();
    expect(await store.lookupBadges(keys, new Date('2026-03-02T09:00:00Z'))).toEqual([null, null]);
  });

  it("a page read replaces its own customers' entries, under every alias, and keeps the rest", async () => {
    const store = await storeWithHiddenRecords();
    const byEmail = { ...SHOP, email: 'm1@x.io' };
    const withEmail = { key: { ...keys[0]!, email: 'm1@x.io' }, summary: { orderCount: 3 } };
    await store.observe(pageRead('customer', [withEmail], '2026-02-02T00:00:00Z'), NOW);
    expect((await store.lookupBadges([byEmail], NOW))[0]?.stage).toBe('repeat');
    const more = { key: keys[0]!, summary: { orderCount: 40 } };
    await store.observe(pageRead('customer', [more], '2026-02-03T00:00:00Z'), NOW);
    // m1's e-mail entry went with its id entry; m2's records are still hidden from IndexedDB.
    const [m1ByEmail, m2] = await store.lookupBadges([byEmail, keys[1]!], NOW);
    expect(m1ByEmail?.stage).toBe('client');
    expect(m2?.stage).toBe('repeat');
  });

  it('a page read that ran just before an override cannot leave the old view behind', async () => {
    const store = await openTestStore();
    const read = pageRead('customer', [profiles[0]!], '2026-02-01T00:00:00Z');
    await store.observe(read, NOW);
    // The page read's transaction is queued first and fills the cache after the
    // override forgot it, with the view from before the override.
    const reading = store.observe(read, NOW);
    const overriding = store.setOverride(
      { key: keys[0]!, stage: 'advocate', reason: 'r', mode: 'pin' },
      'Eve',
      NOW,
    );
    await Promise.all([reading, overriding]);
    const [badge] = await store.lookupBadges([keys[0]!], NOW);
    expect(badge).toMatchObject({ stage: 'advocate', overridden: true });
  });

  it('a look-up between two import chunks is not answered again once the import is in', async () => {
    const store = await openTestStore();
    const customers = Array.from({ length: IMPORT_CHUNK + 1 }, (_, index) => ({
      key: { ...SHOP, id: `i${index}` },
      summary: { orderCount: 3 },
    }));
    const late = customers[IMPORT_CHUNK]!.key; // in the second chunk
    const seen: (BadgeView | null)[] = [];
    let asked: Promise<void> | null = null;
    await startImportJob(
      store,
      { source: 'shopify', fileName: 'x.csv', customers },
      NOW,
      (done) => {
        // After the first chunk's writes: a CRM tab asks for a customer not yet imported.
        if (done === IMPORT_CHUNK)
          asked = store.lookupBadges([late], NOW).then(([badge]) => void seen.push(badge ?? null));
      },
    );
    await asked;
    expect(seen).toEqual([null]);
    expect((await store.lookupBadges([late], NOW))[0]?.stage).toBe('repeat');
  });
});
