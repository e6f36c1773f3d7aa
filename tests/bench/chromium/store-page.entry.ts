/**
 * Runs inside a plain 127.0.0.1 page in headless Chromium (bundled by ./bundle.ts): the
 * real store over Chromium's IndexedDB with the real segmentation engine. Three figures:
 * bulk upsert of 10,000 profiles (ten page reads of 1,000, the path a list page takes),
 * one look-up of 1,000 keys, and a full reclassification of the 10,000 customers.
 */
import { openRungStore } from '../../../lib/store';
import { openIndexedDbStore } from '../../../lib/store/rung-store';
import { segmentationPort } from '../../../lib/store/segmentation-port';
import { BENCH_ACCOUNT, syntheticProfiles } from './synthetic-profiles';

export interface StoreFigures {
  upsertMs: number;
  /** Each 1,000-profile read in turn: shows whether writes slow down as the store grows. */
  readMs: number[];
  /** Plain IndexedDB, 1,000 gets in one transaction: what this machine's IndexedDB costs. */
  rawLookupMs: number;
  lookupMs: number;
  lookupDbMs: number;
  lookupFound: number;
  lookupDbFound: number;
  reclassifyMs: number;
  reclassified: number;
}

const PER_READ = 1_000;

export async function run(total: number): Promise<StoreFigures> {
  const now = new Date('2026-11-23T09:00:00Z');
  const dbName = `rung-bench-${Date.now()}`;
  const store = await openRungStore({ dbName });
  const reads = Array.from({ length: Math.ceil(total / PER_READ) }, (_, r) =>
    syntheticProfiles(Math.min(PER_READ, total - r * PER_READ), now, r * PER_READ),
  );

  const readMs: number[] = [];
  let started = performance.now();
  for (const customers of reads) {
    const readStarted = performance.now();
    await store.observe(
      {
        url: `https://admin.shopify.com/store/${BENCH_ACCOUNT}/customers`,
        seenAt: now.toISOString(),
        scrape: {
          crm: 'shopify',
          account: BENCH_ACCOUNT,
          page: 'customer-list',
          customers,
          diagnostics: [],
        },
      },
      now,
    );
    readMs.push(performance.now() - readStarted);
  }
  const upsertMs = performance.now() - started;
  // Reads leave an account context that growth made stale to be rebuilt after them; let
  // that finish, so the look-ups below time themselves and not the rebuild they queue behind.
  await store.contextsRebuilt();

  // 1,000 keys spread over the whole store (every tenth customer), not one hot range.
  const all = reads.flat();
  const stride = Math.max(1, Math.floor(all.length / 1_000));
  const keys = all
    .filter((_, n) => n % stride === 0)
    .slice(0, 1_000)
    .map((c) => c.key);
  started = performance.now();
  const badges = await store.lookupBadges(keys, now);
  const lookupMs = performance.now() - started;
  // The same keys from IndexedDB, through the store without its badge cache: the
  // look-up a revisit makes after the worker was stopped (its memory gone).
  const uncached = await openIndexedDbStore({ dbName, classifier: segmentationPort });
  // Its settings read once first, as the cached store's were: the figure is the look-up's.
  await uncached.getSettings();
  started = performance.now();
  const fromDb = await uncached.lookupBadges(keys, now);
  const lookupDbMs = performance.now() - started;
  uncached.close();

  let reclassified = 0;
  started = performance.now();
  await store.reclassifyAll(now, (p) => {
    reclassified = p.done;
  });
  const reclassifyMs = performance.now() - started;
  await store.deleteAll();
  return {
    upsertMs,
    readMs,
    rawLookupMs: await rawLookup(),
    lookupMs,
    lookupDbMs,
    lookupFound: badges.filter((b) => b !== null).length,
    lookupDbFound: fromDb.filter((b) => b !== null).length,
    reclassifyMs,
    reclassified,
  };
}

/** The floor: 1,000 keyed gets in one transaction of a bare database. */
async function rawLookup(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(`rung-bench-raw-${Date.now()}`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('rows');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await done(db, 'readwrite', (store) => {
    for (let n = 0; n < 10_000; n++) store.put({ n, text: `row ${n}` }, n);
  });
  const started = performance.now();
  await done(db, 'readonly', (store) => {
    for (let n = 0; n < 10_000; n += 10) store.get(n);
  });
  const elapsed = performance.now() - started;
  db.close();
  return elapsed;
}

function done(
  db: IDBDatabase,
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('rows', mode);
    body(tx.objectStore('rows'));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}
