import { describe, expect, it } from 'vitest';
import type { Profile } from '../../domain/profile';
import { databaseOf, openTestStore } from '../test-support/store-fixture';
import { importActivity } from './import-chunk';
import { commitWholeImport } from './import-job';
import { ImportStaging } from './import-staging';

const NOW = new Date('2026-03-01T12:00:00Z');

const customers = (n: number): Profile[] =>
  Array.from({ length: n }, (_, i) => ({
    key: { crm: 'shopify', account: 'acme-tea', id: `c${i}`, email: `c${i}@example.org` },
    name: `Customer ${i}`,
    orders: [{ id: `o${i}`, placedAt: '2026-01-10', total: 10 + (i % 7), status: 'paid' }],
  }));

describe('an import sent in chunks and written in one transaction', () => {
  it('writes every customer past the old 2,000 limit, with progress', async () => {
    const store = await openTestStore();
    const staging = new ImportStaging();
    const id = staging.begin({ source: 'shopify-orders', fileName: 'orders.csv', total: 3_000 });
    const all = customers(3_000);
    for (let at = 0; at < all.length; at += 1_000) staging.add(id, all.slice(at, at + 1_000));
    const seen: number[] = [];
    const watch = setInterval(() => seen.push(importActivity.done), 0);
    const outcome = await commitWholeImport(store, staging.take(id), NOW);
    clearInterval(watch);
    expect(outcome).toEqual({ written: 3_000, refused: 0 });
    expect(await (await databaseOf(store)).count('profiles')).toBe(3_000);
    expect(importActivity.done).toBe(3_000);
    expect(seen.some((d) => d > 0 && d < 3_000)).toBe(true);
  });

  it('leaves the store as it was when cancelled while writing', async () => {
    const store = await openTestStore();
    await store.observe(
      {
        url: 'https://admin.shopify.com/store/acme-tea/customers/1',
        seenAt: NOW.toISOString(),
        scrape: {
          crm: 'shopify',
          account: 'acme-tea',
          page: 'customer',
          customers: [
            { key: { crm: 'shopify', account: 'acme-tea', id: 'c1' }, name: 'Seen on the page' },
          ],
          diagnostics: [],
        },
      },
      NOW,
    );
    const before = await (await databaseOf(store)).getAll('profiles');
    const commit = commitWholeImport(
      store,
      { source: 'shopify-orders', fileName: 'orders.csv', customers: customers(2_000) },
      NOW,
    );
    const stop = setInterval(() => {
      if (importActivity.done > 0) importActivity.cancelRequested = true;
    }, 0);
    await expect(commit).rejects.toThrow(/cancelled; nothing was changed/);
    clearInterval(stop);
    const db = await databaseOf(store);
    expect(await db.getAll('profiles')).toEqual(before);
    expect(await db.get('meta', 'import-job')).toBeUndefined();
  });

  it('keeps what Rung saw on a page after the file’s date over what the older file says', async () => {
    const store = await openTestStore();
    const key = { crm: 'shopify', account: 'acme-tea', id: 'c1' };
    await store.observe(
      {
        url: 'https://admin.shopify.com/store/acme-tea/customers/c1',
        seenAt: '2026-02-20T10:00:00.000Z',
        scrape: {
          crm: 'shopify',
          account: 'acme-tea',
          page: 'customer',
          customers: [{ key, name: 'Maren Holt-Berg', tags: ['vip'] }],
          diagnostics: [],
        },
      },
      NOW,
    );
    await commitWholeImport(
      store,
      {
        source: 'shopify-customers',
        fileName: 'customers_export.csv',
        observedAt: '2026-01-05T00:00:00.000Z',
        customers: [{ key, name: 'Maren Holt', note: 'Prefers Tuesdays' }],
      },
      NOW,
    );
    const detail = await store.getCustomer(key, NOW);
    expect(detail?.profile).toMatchObject({ name: 'Maren Holt-Berg', note: 'Prefers Tuesdays' });
  });

  it('refuses a commit before every announced customer arrived, and a cancelled staging is gone', () => {
    const staging = new ImportStaging();
    const id = staging.begin({ source: 's', fileName: 'f.csv', total: 3 });
    staging.add(id, customers(2));
    expect(() => staging.take(id)).toThrow(/Only 2 of 3 customers arrived/);
    expect(staging.cancel(id)).toBe(true);
    expect(() => staging.add(id, customers(1))).toThrow(/no longer open/);
  });
});

describe('a customers export, then the orders export of the same shop', () => {
  it('counts the listed orders by status instead of the gross Total Orders', async () => {
    const { readFileSync } = await import('node:fs');
    const { previewImport } = await import('./preview');
    const file = (path: string) =>
      new Blob([readFileSync(new URL(`../../../tests/fixtures/exports/${path}`, import.meta.url))]);
    const store = await openTestStore();
    for (const path of ['shopify/customers_export.csv', 'shopify/orders_export_1.csv']) {
      const preview = await previewImport(file(path), { account: 'acme-tea', fileName: path }, NOW);
      await commitWholeImport(
        store,
        { source: preview.source!, fileName: path, customers: preview.customers },
        NOW,
      );
    }
    const maren = await store.getCustomer(
      { crm: 'shopify', account: 'acme-tea', id: '8100000000001' },
      NOW,
    );
    // Total Orders said 4; two of the four listed orders were refunded or voided.
    expect(maren?.profile.summary?.orderCount).toBeUndefined();
    expect(maren?.profile.orders).toHaveLength(4);
    await store.reclassifyAll(NOW);
    const after = await store.getCustomer(
      { crm: 'shopify', account: 'acme-tea', id: '8100000000001' },
      NOW,
    );
    // The test store's classifier drops only cancelled rows (3 of 4): the gross 4 no longer
    // wins. Under the engine's counting rules two orders count (paid #1001 and #1003).
    expect(after?.effective.metrics.orderCount).toBe(3);
    const { statusKind } = await import('../../segmentation/order-status');
    expect(after?.profile.orders?.filter((o) => statusKind(o.status) === 'counted')).toHaveLength(
      2,
    );
  });
});
