/**
 * The store over fake-indexeddb in Node, with the real segmentation engine: bulk upsert
 * of 10,000 profiles (ten page reads of 1,000, the path a list page takes), one badge
 * look-up of 1,000 keys, and a full reclassification of the 10,000 customers. These
 * figures measure the store's own logic (merging, caching, transactions) on an in-memory
 * IndexedDB; chromium-store.bench.ts measures the same work on Chromium's real one.
 * Runnable alone: `npx tsx tests/bench/store.bench.ts`.
 */
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { openRungStore } from '../../lib/store';
import type { Profile } from '../../lib/domain/profile';
import type { BenchRow } from './types';

const CUSTOMERS = 10_000;
const PER_READ = 1_000;
const ACCOUNT = 'bench-shop';
const LABEL = 'fake-indexeddb (Node)';

/** Deterministic customers with 0–7 orders over two years, some tickets and discounts. */
function customersFrom(start: number, count: number, now: Date): Profile[] {
  return Array.from({ length: count }, (_, i) => {
    const n = start + i;
    const orders = Array.from({ length: n % 8 }, (_, k) => ({
      id: `${n}-${k}`,
      placedAt: new Date(now.getTime() - ((n * 37 + k * 61) % 730) * 86_400_000)
        .toISOString()
        .slice(0, 10),
      total: 20 + ((n * 13 + k * 7) % 400),
      status: 'paid',
      ...(k % 3 === 0 ? { discount: 5 } : {}),
    }));
    return {
      key: {
        crm: 'shopify',
        account: ACCOUNT,
        id: String(100_000 + n),
        email: `c${n}@bench.example`,
      },
      name: `Customer ${n}`,
      orders,
      summary: { orderCount: orders.length, totalSpent: orders.reduce((s, o) => s + o.total, 0) },
      ...(n % 11 === 0 ? { tickets: 4 } : {}),
    };
  });
}

export default async function bench(): Promise<BenchRow[]> {
  const now = new Date('2026-11-23T09:00:00Z');
  const store = await openRungStore({ dbName: `rung-store-bench-${Date.now()}` });
  const reads = Array.from({ length: CUSTOMERS / PER_READ }, (_, r) =>
    customersFrom(r * PER_READ, PER_READ, now),
  );

  // Wall time is what a user waits; CPU time (this process) is shown beside it because
  // shared CI machines are often loaded, which stretches wall time but not CPU time.
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return Math.round((used.user + used.system) / 1000);
  };
  let started = performance.now();
  let cpu = process.cpuUsage();
  let stored = 0;
  for (const customers of reads) {
    const badges = await store.observe(
      {
        url: `https://admin.shopify.com/store/${ACCOUNT}/customers`,
        seenAt: now.toISOString(),
        scrape: {
          crm: 'shopify',
          account: ACCOUNT,
          page: 'customer-list',
          customers,
          diagnostics: [],
        },
      },
      now,
    );
    stored += badges.filter((b) => b !== null).length;
  }
  const upsertMs = performance.now() - started;
  const upsertCpu = cpuMs(cpu);

  const keys = reads
    .flat()
    .filter((_, n) => n % 10 === 0)
    .map((c) => c.key);
  started = performance.now();
  cpu = process.cpuUsage();
  const badges = await store.lookupBadges(keys, now);
  const lookupMs = performance.now() - started;
  const lookupCpu = cpuMs(cpu);

  let reclassified = 0;
  started = performance.now();
  cpu = process.cpuUsage();
  await store.reclassifyAll(now, (p) => {
    reclassified = p.done;
  });
  const reclassifyMs = performance.now() - started;
  const reclassifyCpu = cpuMs(cpu);
  await store.deleteAll();

  const found = badges.filter((b) => b !== null).length;
  if (stored !== CUSTOMERS || found !== keys.length || reclassified !== CUSTOMERS) {
    throw new Error(
      `store bench did not do the work it timed: stored ${stored}, found ${found}/${keys.length}, reclassified ${reclassified}`,
    );
  }
  return [
    {
      name: `${LABEL}: bulk upsert, 10,000 profiles (10 page reads × 1,000)`,
      value: Math.round(upsertMs),
      unit: 'ms',
    },
    {
      name: `${LABEL}: badge look-up of 1,000 keys`,
      value: Math.round(lookupMs * 10) / 10,
      unit: 'ms',
    },
    {
      name: `${LABEL}: full reclassification, 10,000 customers`,
      value: Math.round(reclassifyMs),
      unit: 'ms',
    },
    { name: `${LABEL}: bulk upsert, CPU time`, value: upsertCpu, unit: 'ms' },
    { name: `${LABEL}: look-up of 1,000 keys, CPU time`, value: lookupCpu, unit: 'ms' },
    { name: `${LABEL}: full reclassification, CPU time`, value: reclassifyCpu, unit: 'ms' },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  bench().then(
    (rows) => console.table(rows),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
