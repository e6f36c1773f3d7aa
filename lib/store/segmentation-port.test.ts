import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openRungStore } from './index';
import { segmentationPort } from './segmentation-port';
import { uniqueDbName } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');
const shop = { crm: 'shopify', account: 'real-engine' };

describe('the store with the real segmentation engine', () => {
  it('classifies observed customers by the engine rules (repeat at 2 orders by default)', async () => {
    const store = await openRungStore({ dbName: uniqueDbName() });
    const orders = (n: number) =>
      Array.from({ length: n }, (_, i) => ({
        id: `o${i}`,
        placedAt: `2026-02-0${i + 1}`,
        total: 40,
        status: 'paid',
      }));
    const badges = await store.observe(
      {
        url: 'https://admin.shopify.com/store/real-engine/customers',
        seenAt: NOW.toISOString(),
        scrape: {
          crm: 'shopify',
          account: 'real-engine',
          page: 'customer-list',
          customers: [
            { key: { ...shop, id: '1' }, orders: orders(1) },
            { key: { ...shop, id: '2' }, orders: orders(2) },
          ],
          diagnostics: [],
        },
      },
      NOW,
    );
    expect(badges.map((b) => b?.stage)).toEqual(['first-time', 'repeat']);
    await store.saveSettings({ stage: { repeatMinOrders: 3, clientMinOrders: 4 } }, 'Eve', NOW);
    await store.reclassifyAll(NOW);
    const after = await store.lookupBadges([{ ...shop, id: '2' }], NOW);
    expect(after[0]?.stage).toBe('first-time');
    store.close();
  });

  it('names the bad field of a refused setting', () => {
    expect(() => segmentationPort.validateSettings({ stage: { repeatMinOrders: -1 } })).toThrow(
      expect.objectContaining({ name: 'SettingsError', field: 'stage.repeatMinOrders' }),
    );
    expect(() =>
      segmentationPort.validateSettings({ stage: { repeatMinOrders: 3 } }),
    ).not.toThrow();
  });

  it('gives an overridden category its label and playbook', () => {
    const settings = segmentationPort.defaultSettings();
    expect(segmentationPort.labelsFor('demanding', settings)).toEqual({
      classic: 'Demanding',
      onePage: 'Vampire',
    });
    expect(segmentationPort.treatmentFor('client', 'dead', settings).headline).toMatch(/\w/);
  });
});
