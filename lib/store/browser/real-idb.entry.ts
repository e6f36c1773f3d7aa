/**
 * Runs inside a plain 127.0.0.1 page in headless Chromium (bundled by real-idb.e2e.ts):
 * the store over Chromium's own IndexedDB, with the real segmentation engine. Each
 * scenario returns plain data; the e2e test asserts on it in Node.
 */
import type { Observation } from '../api';
import { openRungDb } from '../db';
import { StoreError } from '../errors';
import { openRungStoreWith } from '../cached-store';
import { segmentationPort } from '../segmentation-port';
import { DB_VERSION } from '../schema';

const NOW = new Date('2026-03-01T12:00:00Z');
const SHOP = { crm: 'shopify', account: 'chromium-shop' };
const read = (
  page: Observation['scrape']['page'],
  customers: Observation['scrape']['customers'],
  seenAt: string,
): Observation => ({
  url: `https://admin.shopify.com/store/chromium-shop/${page}`,
  seenAt,
  scrape: { crm: 'shopify', account: SHOP.account, page, customers, diagnostics: [] },
});
const pieces = [
  read(
    'customer-list',
    [{ key: { ...SHOP, id: '1' }, name: 'Ann', summary: { orderCount: 3, totalSpent: 90 } }],
    '2026-02-01T00:00:00Z',
  ),
  read(
    'customer',
    [{ key: { ...SHOP, id: '1', email: 'ann@x.io' }, name: 'Ann Lee', tickets: 1 }],
    '2026-02-02T00:00:00Z',
  ),
  read(
    'order',
    [
      {
        key: { ...SHOP, email: 'ann@x.io' },
        orders: [{ id: 'A', placedAt: '2026-01-05', total: 30, status: 'paid' }],
      },
    ],
    '2026-02-03T00:00:00Z',
  ),
];
const open = (dbName: string, extra: Partial<Parameters<typeof openRungStoreWith>[0]> = {}) =>
  openRungStoreWith({ dbName, classifier: segmentationPort, blockedTimeoutMs: 500, ...extra });
const codeOf = (error: unknown) => (error instanceof StoreError ? error.code : String(error));

export async function run() {
  const stamp = Date.now();
  // 1. Any visiting order gives the same profile.
  const profiles: unknown[] = [];
  for (const order of [pieces, [...pieces].reverse(), [pieces[2]!, pieces[0]!, pieces[1]!]]) {
    const store = await open(`rung-e2e-order-${stamp}-${profiles.length}`);
    for (const observation of order) await store.observe(observation, NOW);
    profiles.push((await store.getCustomer({ ...SHOP, id: '1' }, NOW))?.profile);
    await store.deleteAll();
  }

  // 2. Override and history survive a reopen; a stopped reclassification resumes.
  const dbName = `rung-e2e-main-${stamp}`;
  let stopped: () => void = () => undefined;
  const died = new Promise<void>((resolve) => (stopped = resolve));
  let store = await open(dbName, {
    chunkSize: 2,
    // Simulates the service worker being stopped after two committed chunks.
    onReclassifyProgress: (p) => {
      if (p.done !== 4) return;
      stopped();
      throw new Error('worker stopped');
    },
  });
  const customers = Array.from({ length: 7 }, (_, i) => ({
    key: { ...SHOP, id: `c${i}` },
    orders: [1, 2, 3].map((n) => ({ id: `${i}-${n}`, placedAt: `2026-01-0${n}`, total: 10 })),
  }));
  await store.observe(read('customer-list', customers, '2026-02-01T00:00:00Z'), NOW);
  await store.setOverride(
    { key: { ...SHOP, id: 'c0' }, stage: 'partner', reason: 'board member', mode: 'pin' },
    'Eve',
    NOW,
  );
  await store.saveSettings({ stage: { repeatMinOrders: 4, clientMinOrders: 4 } }, 'Eve', NOW);
  await died;
  const halfway = await store.reclassifyProgress();
  store.close();
  store = await open(dbName, { chunkSize: 2 });
  const resumedFrom: number[] = [];
  await store.resumePendingJobs(NOW, (p) => resumedFrom.push(p.done));
  const detail = await store.getCustomer({ ...SHOP, id: 'c0' }, NOW);
  const badges = await store.lookupBadges(
    customers.map((c) => c.key),
    NOW,
  );

  // 3. A blocked upgrade and a newer database report clear errors. (A blocked open cannot
  // be cancelled: it completes once the old tab closes, so it gets its own database.) The
  // old tab holds the previous version open; the upgrade to the current one is blocked.
  const blockedName = `rung-e2e-blocked-${stamp}`;
  (await openRungDb({ dbName: blockedName, version: DB_VERSION - 1 })).close();
  const oldTab = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(blockedName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const blocked = await openRungDb({ dbName: blockedName, blockedTimeoutMs: 300 }).then(
    () => 'opened',
    codeOf,
  );
  oldTab.close();
  indexedDB.deleteDatabase(blockedName);
  const newerName = `rung-e2e-newer-${stamp}`;
  await new Promise<void>((resolve) => {
    const request = indexedDB.open(newerName, 7);
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
  });
  const newer = await openRungDb({ dbName: newerName }).then(() => 'opened', codeOf);
  indexedDB.deleteDatabase(newerName);

  // 4. Delete all really deletes the database.
  store.close();
  const fresh = await open(dbName);
  await fresh.deleteAll();
  const remaining = (await indexedDB.databases()).map((d) => d.name).filter((n) => n === dbName);

  return {
    profiles,
    halfway,
    resumedFrom,
    override: detail?.override ?? null,
    history: detail?.history.map((h) => `${h.field}:${h.from}->${h.to}:${h.source}`) ?? [],
    stages: badges.map((b) => b?.stage ?? null),
    blocked,
    newer,
    remaining,
  };
}
