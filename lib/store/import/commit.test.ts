import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { databaseOf, openTestStore } from '../test-support/store-fixture';
import { commitImport } from './commit';
import { resumeImportJob, startImportJob } from './import-job';
import { previewImport } from './preview';

const NOW = new Date('2026-03-01T12:00:00Z');
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('import: preview, then confirm, then write', () => {
  it('writes nothing during the preview', async () => {
    const store = await openTestStore();
    await previewImport(fixture('shopify-customers.csv'), { account: 'demo-shop' });
    expect(await (await databaseOf(store)).count('profiles')).toBe(0);
  });

  it('merges a customers export and an orders export into one profile per customer', async () => {
    const store = await openTestStore();
    const customers = await previewImport(fixture('shopify-customers.csv'), {
      account: 'demo-shop',
    });
    const orders = await previewImport(fixture('shopify-orders.csv'), { account: 'demo-shop' });
    const progress: number[] = [];
    expect(
      await commitImport(store, customers, 'customers_export.csv', NOW, (done) =>
        progress.push(done),
      ),
    ).toEqual({ written: 2, refused: 0 });
    expect(progress).toEqual([2]);
    await commitImport(store, orders, 'orders_export_1.csv', NOW);
    const ada = await store.getCustomer(
      { crm: 'shopify', account: 'demo-shop', id: '7012345678901' },
      NOW,
    );
    expect(ada?.profile).toMatchObject({
      name: 'Ada Lovelace',
      summary: { orderCount: 6, totalSpent: 1234.5 },
    });
    expect(ada?.profile.orders?.map((o) => o.id)).toEqual(['5550001', '5550002']);
    expect(ada?.evidence.find((e) => e.field === 'orders')).toMatchObject({
      page: 'import:shopify-orders',
      url: 'file:orders_export_1.csv',
    });
    expect(ada?.effective.stage).toBe('client'); // summary says 6 orders
  });

  it('refuses to write a preview that still needs a mapping', async () => {
    const store = await openTestStore();
    const preview = await previewImport('A,B\n1,2\n', { account: 'x' });
    await expect(commitImport(store, preview, 'x.csv', NOW)).rejects.toThrow(/Map the columns/);
  });
});

describe('an import interrupted by a stopped worker', () => {
  it('resumes from its cursor and finishes without the file being sent again', async () => {
    const store = await openTestStore();
    const customers = Array.from({ length: 1_200 }, (_, i) => ({
      key: { crm: 'shopify', account: 'demo-shop', id: `c${i}` },
      name: `Customer ${i}`,
    }));
    const db = await databaseOf(store);
    // What a worker stopped after the first chunk leaves behind: the job, cursor at 500.
    await startImportJob(store, { source: 'shopify', fileName: 'x.csv', customers: [] }, NOW);
    await db.put('meta', {
      id: 'import-job',
      value: {
        source: 'shopify',
        fileName: 'x.csv',
        startedAt: NOW.toISOString(),
        customers,
        cursor: 500,
        written: 500,
        refused: 0,
      },
    });
    const outcome = await resumeImportJob(store, NOW);
    expect(outcome).toEqual({ written: 1_200, refused: 0 });
    // Customers before the cursor were not written again by the resume: only 700 new ones.
    expect(await db.count('profiles')).toBe(700);
    expect(await db.get('meta', 'import-job')).toBeUndefined();
    expect(await resumeImportJob(store, NOW)).toBeNull();
  });
});
