import { describe, expect, it } from 'vitest';
import { openRungStoreWith } from './cached-store';
import { segmentationPort } from './segmentation-port';
import { settingsPreviewFixture } from './test-support/preview-fixture';
import { pageRead, SHOP, uniqueDbName } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');

async function storeWithCustomers() {
  const store = await openRungStoreWith({ dbName: uniqueDbName(), classifier: segmentationPort });
  await store.observe(
    pageRead('customer-list', settingsPreviewFixture, '2026-02-01T10:00:00Z'),
    NOW,
  );
  return store;
}

describe('customers.list', () => {
  it('lists every customer with the shown result and the last page it was read on', async () => {
    const store = await storeWithCustomers();
    const { accounts, rows } = await store.listCustomers(NOW);
    expect(accounts).toEqual([{ ...SHOP, customers: 3 }]);
    const two = rows.find((r) => r.key.id === 'two');
    expect(two).toMatchObject({
      name: 'Two Orders',
      stage: 'repeat',
      orderCount: 2,
      overridden: false,
    });
    expect(two?.url).toBe('https://admin.shopify.com/store/demo-shop/customer-list');
  });

  it('shows an override in the list', async () => {
    const store = await storeWithCustomers();
    await store.setOverride(
      {
        key: { ...SHOP, id: 'one' },
        stage: 'client',
        reason: 'Signed a yearly contract',
        mode: 'pin',
      },
      'Kim',
      NOW,
    );
    const { rows } = await store.listCustomers(NOW, { crm: 'shopify', account: 'demo-shop' });
    expect(rows.find((r) => r.key.id === 'one')).toMatchObject({
      stage: 'client',
      overridden: true,
    });
  });
});

describe('settings.preview', () => {
  it('counts who would move under candidate settings, without saving them', async () => {
    const store = await storeWithCustomers();
    const candidate = { stage: { repeatMinOrders: 3 } };
    const preview = await store.previewSettings(candidate, NOW);
    expect(preview.total).toBe(3);
    expect(preview.moves).toContainEqual({
      field: 'stage',
      from: 'repeat',
      to: 'first-time',
      count: 1,
    });
    // Nothing was saved: the shown result is unchanged.
    const { rows } = await store.listCustomers(NOW);
    expect(rows.find((r) => r.key.id === 'two')?.stage).toBe('repeat');
  });

  it('refuses invalid candidate settings naming the field', async () => {
    const store = await storeWithCustomers();
    await expect(store.previewSettings({ stage: { repeatMinOrders: -1 } }, NOW)).rejects.toThrow(
      /repeatMinOrders/,
    );
  });
});

describe('custom CRM definitions', () => {
  it('refuses an invalid definition, naming where, and keeps the stored ones', async () => {
    const store = await storeWithCustomers();
    expect(await store.getCrmDefinitions()).toEqual([]);
    await expect(
      store.saveCrmDefinitions([{ id: 'x', __proto__: { evil: true } }]),
    ).rejects.toThrow(/customCrms\.0/);
    expect(await store.getCrmDefinitions()).toEqual([]);
  });
});
