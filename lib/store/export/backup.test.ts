import { describe, expect, it } from 'vitest';
import { openTestStore, pageRead, SHOP } from '../test-support/store-fixture';
import { backupToJson } from './backup';
import { restoreBackup } from './restore';

const NOW = new Date('2026-03-01T12:00:00Z');
const ann = { ...SHOP, id: 'b1', email: 'ann@x.io' };

async function seeded() {
  const store = await openTestStore();
  await store.observe(
    pageRead(
      'customer',
      [{ key: ann, name: 'Ann', orders: [{ id: 'o1', placedAt: '2026-02-01', total: 12 }] }],
      '2026-02-02T00:00:00Z',
    ),
    NOW,
  );
  await store.observe(
    pageRead('customer', [{ key: { ...SHOP, id: 'b2' }, name: 'Ben' }], '2026-02-02T00:00:00Z'),
    NOW,
  );
  await store.setOverride(
    { key: ann, stage: 'client', reason: 'wholesale', mode: 'floor' },
    'Eve',
    NOW,
  );
  await store.saveSettings({ repeatMinOrders: 3 }, 'Eve', NOW);
  await store.reclassifyAll(NOW);
  return store;
}

describe('backup and restore', () => {
  it('round-trips profiles, evidence, overrides, history, aliases and settings', async () => {
    const source = await seeded();
    const json = backupToJson(await source.backup(NOW));
    const before = await source.getCustomer(ann, NOW);

    const target = await openTestStore();
    await target.observe(
      pageRead(
        'customer',
        [{ key: { ...SHOP, id: 'zz' }, name: 'Replaced' }],
        '2026-01-01T00:00:00Z',
      ),
      NOW,
    );
    expect(await restoreBackup(target, json, NOW)).toEqual({ customers: 2 });
    await target.reclassifyAll(NOW);

    const after = await target.getCustomer({ ...SHOP, email: 'ann@x.io' }, NOW);
    expect(after?.profile).toEqual(before?.profile);
    expect(after?.evidence).toEqual(before?.evidence);
    expect(after?.override).toEqual(before?.override);
    expect(after?.history).toEqual(before?.history);
    expect(await target.getCustomer({ ...SHOP, id: 'zz' }, NOW)).toBeNull();
    expect(await target.getSettings()).toEqual({
      settings: { repeatMinOrders: 3, vocabulary: 'classic' },
      staffName: 'Eve',
    });
  });

  const valid = async () =>
    JSON.parse(backupToJson(await (await seeded()).backup(NOW))) as Record<string, unknown>;

  it.each<[string, (b: Record<string, unknown>) => string, RegExp]>([
    ['truncated JSON', (b) => JSON.stringify(b).slice(0, 200), /not valid JSON/],
    ['not a Rung backup', () => JSON.stringify({ hello: 'world' }), /not a Rung backup/],
    ['a newer version', (b) => JSON.stringify({ ...b, version: 2 }), /newer version of Rung/],
    ['an unknown version', (b) => JSON.stringify({ ...b, version: '1' }), /version is unknown/],
    [
      'a __proto__ key',
      (b) => JSON.stringify(b).replace('"profile":{', '"profile":{"__proto__":{"polluted":true},'),
      /forbidden key “__proto__”/,
    ],
    [
      'a constructor key',
      (b) => JSON.stringify(b).replace('"format"', '"constructor":{"prototype":{}},"format"'),
      /forbidden key/,
    ],
    [
      'a wrong type',
      (b) => JSON.stringify(b).replace('"total":12', '"total":"12"'),
      /customers\.0\.profile\.orders\.0\.total/,
    ],
    ['an unknown top-level field', (b) => JSON.stringify({ ...b, extra: 1 }), /cannot be restored/],
    [
      'a dangling alias',
      (b) => JSON.stringify({ ...b, aliases: [['x|y|id:1', 'nobody']] }),
      /alias points at a customer/,
    ],
    [
      'an alias pointing at another customer (a look-up of one would answer the other)',
      (b) => {
        const backup = b as { aliases: [string, string][] };
        const [first, second] = [...new Set(backup.aliases.map(([, id]) => id))];
        const stolen = backup.aliases.find(
          ([alias, id]) => id === first && alias.includes('|id:'),
        )!;
        return JSON.stringify({
          ...backup,
          aliases: backup.aliases.map(([alias, id]) => [alias, alias === stolen[0] ? second : id]),
        });
      },
      /alias points at a customer it does not name/,
    ],
    [
      'invalid settings',
      (b) =>
        JSON.stringify({ ...b, settings: { settings: { repeatMinOrders: -4 }, staffName: '' } }),
      /settings are invalid \(stage\.repeatMinOrders\)/,
    ],
  ])('refuses %s with a clear message and changes nothing', async (_name, corrupt, message) => {
    const file = corrupt(await valid());
    const target = await seeded();
    const before = await target.getCustomer(ann, NOW);
    await expect(restoreBackup(target, file, NOW)).rejects.toThrow(message);
    await expect(restoreBackup(target, file, NOW)).rejects.toThrow(/Nothing was changed\.$/);
    expect(await target.getCustomer(ann, NOW)).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an oversized file before reading it', async () => {
    const target = await openTestStore();
    const huge = new Blob(['x']);
    Object.defineProperty(huge, 'size', { value: 101 * 1024 * 1024 });
    await expect(restoreBackup(target, huge, NOW)).rejects.toThrow(/larger than 100 MB/);
  });
});
