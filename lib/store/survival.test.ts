import { describe, expect, it } from 'vitest';
import { backupToJson } from './export/backup';
import { restoreBackup } from './export/restore';
import { openRungStoreWith } from './cached-store';
import { fakeClassifier } from './test-support/fake-classifier';
import { pageRead, SHOP, uniqueDbName } from './test-support/store-fixture';

const NOW = new Date('2026-03-01T12:00:00Z');
const key = { ...SHOP, id: 's1' };

describe('overrides and history survive everything', () => {
  it('through reclassification, a settings change, a cache rebuild, a reopen (upgrade path) and a restore', async () => {
    const dbName = uniqueDbName();
    let store = await openRungStoreWith({ dbName, classifier: fakeClassifier });
    const orders = [1, 2].map((i) => ({ id: `o${i}`, placedAt: `2026-02-0${i}`, total: 20 }));
    await store.observe(pageRead('customer', [{ key, orders }], '2026-02-03T00:00:00Z'), NOW);
    await store.setOverride(
      { key, category: 'demanding', reason: 'calls every day', mode: 'pin' },
      'Eve',
      NOW,
    );
    const expectedHistory = (await store.getCustomer(key, NOW))?.history;
    expect(expectedHistory?.map((h) => `${h.field}:${h.to}:${h.source}`)).toEqual([
      'stage:repeat:automatic',
      'category:core:automatic',
      'category:demanding:manual',
    ]);

    const check = async (step: string, extraHistory: string[] = []) => {
      const detail = await store.getCustomer(key, NOW);
      expect(detail?.override?.reason, step).toBe('calls every day');
      expect(detail?.effective.category, step).toBe('demanding');
      expect(detail?.history.slice(0, 3), step).toEqual(expectedHistory);
      expect(
        detail?.history.slice(3).map((h) => `${h.field}:${h.to}:${h.source}`),
        step,
      ).toEqual(extraHistory);
    };

    await store.reclassifyAll(NOW);
    await check('reclassifyAll');
    await store.saveSettings({ repeatMinOrders: 3 }, 'Eve', NOW);
    await store.reclassifyAll(NOW);
    const afterSettings = ['stage:first-time:automatic'];
    await check('settings change', afterSettings);
    await store.rebuildCaches(NOW);
    await check('cache rebuild', afterSettings);
    store.close();
    store = await openRungStoreWith({ dbName, classifier: fakeClassifier });
    await check('reopen', afterSettings);
    const backup = backupToJson(await store.backup(NOW));
    await store.deleteAll();
    expect(await store.getCustomer(key, NOW)).toBeNull();
    await restoreBackup(store, backup, NOW);
    await store.reclassifyAll(NOW);
    await check('restore', afterSettings);
  });
});
