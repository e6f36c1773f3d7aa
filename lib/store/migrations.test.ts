import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { openRungDb } from './db';
import { aliasesOf } from './keys';
import { accountKeyOf, ALL_STORES, DB_VERSION } from './schema';
import { migrateSettings } from './settings';
import { fakeClassifier } from './test-support/fake-classifier';
import { pageRead, SHOP, uniqueDbName } from './test-support/store-fixture';
import { openRungStoreWith } from './cached-store';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('upgrade ladder', () => {
  it('rung 1 (from no database) creates every store with its key path and indexes', async () => {
    const db = await openRungDb({ dbName: uniqueDbName() });
    expect([...db.objectStoreNames].sort()).toEqual([...ALL_STORES].sort());
    const tx = db.transaction(ALL_STORES, 'readonly');
    expect(tx.objectStore('profiles').keyPath).toBe('id');
    expect([...tx.objectStore('profiles').indexNames].sort()).toEqual(['byAccount', 'byEmail']);
    expect(tx.objectStore('aliases').keyPath).toBe('alias');
    expect([...tx.objectStore('aliases').indexNames]).toEqual(['byTarget']);
    expect(tx.objectStore('history').autoIncrement).toBe(true);
    expect([...tx.objectStore('history').indexNames]).toEqual(['byCustomer']);
    db.close();
  });

  it('reopening a version-1 database keeps profiles, overrides and history', async () => {
    const dbName = uniqueDbName();
    const store = await openRungStoreWith({ dbName, classifier: fakeClassifier });
    const key = { ...SHOP, id: 'm1' };
    await store.observe(pageRead('customer', [{ key, name: 'Mo' }], '2026-02-01T00:00:00Z'), NOW);
    await store.setOverride({ key, stage: 'client', reason: 'contract', mode: 'pin' }, 'Eve', NOW);
    store.close();
    const reopened = await openRungStoreWith({ dbName, classifier: fakeClassifier });
    const detail = await reopened.getCustomer(key, NOW);
    expect(detail?.profile.name).toBe('Mo');
    expect(detail?.override?.reason).toBe('contract');
    expect(detail?.history.map((h) => h.to)).toEqual(['suspect', 'unrated', 'client']);
  });

  it('rung 2 drops cached results of the old shape and rewrites history as sentences', async () => {
    const dbName = uniqueDbName();
    const key = { ...SHOP, id: 'h1' };
    const [alias] = aliasesOf(key);
    if (!alias) throw new Error('no alias');
    // A version-1 database as Rung wrote it: an English twin beside every sentence.
    const v1 = await openRungDb({ dbName, version: 1 });
    const accountKey = accountKeyOf(key);
    await v1.put('profiles', {
      id: alias,
      accountKey,
      profile: { key, name: 'Hu' },
      diagnostics: [],
      updatedAt: '2026-02-01T00:00:00Z',
    });
    await v1.put('aliases', { alias, id: alias });
    const oldResult = {
      ...fakeClassifier.classify({ key }, '2026-03-01', fakeClassifier.defaultSettings(), null),
      warnings: ['An English warning.'],
    };
    oldResult.reasons = oldResult.reasons.map((r) => ({ ...r, text: 'English' }));
    await v1.put('classifications', {
      id: alias,
      automatic: oldResult,
      day: '2026-03-01',
      settingsRevision: 0,
      shownStage: 'suspect',
      shownCategory: 'unrated',
    } as never);
    const say = { key: 'why_stage_suspect', args: [] };
    const entry = { at: '2026-02-01T00:00:00Z', from: null, source: 'automatic' } as const;
    await v1.add('history', {
      id: alias,
      entry: { ...entry, field: 'stage', to: 'suspect', why: 'English', whySay: say } as never,
    });
    await v1.add('history', {
      id: alias,
      entry: {
        ...entry,
        field: 'category',
        to: 'unrated',
        why: 'an old English sentence',
      } as never,
    });
    v1.close();

    const v2 = await openRungDb({ dbName });
    expect(await v2.count('classifications')).toBe(0);
    const rewritten = (await v2.getAll('history')).map((h) => h.entry);
    v2.close();
    expect(rewritten.map((h) => [h.to, h.why ?? null, h.note ?? null])).toEqual([
      ['suspect', say, null],
      ['unrated', null, 'an old English sentence'],
    ]);
    expect(rewritten.every((h) => !('whySay' in h))).toBe(true);

    // The result is derived again on the next read, with no spurious history entry.
    const store = await openRungStoreWith({ dbName, classifier: fakeClassifier });
    const detail = await store.getCustomer(key, NOW);
    expect(detail?.history).toHaveLength(2);
    expect(detail?.effective.reasons.every((r) => !('text' in r) && r.say.key)).toBe(true);
    store.close();
  });

  it('climbing past the last known rung drops nothing it does not understand', async () => {
    const dbName = uniqueDbName();
    const v1 = await openRungDb({ dbName });
    await v1.put('meta', { id: 'from-the-future', value: { keep: ['me'] } });
    v1.close();
    const next = await openRungDb({ dbName, version: DB_VERSION + 1 });
    expect(await next.get('meta', 'from-the-future')).toEqual({
      id: 'from-the-future',
      value: { keep: ['me'] },
    });
    next.close();
  });
});

describe('version conflicts', () => {
  it('refuses a database written by a newer Rung with a clear message', async () => {
    const dbName = uniqueDbName();
    (await openDB(dbName, 5)).close();
    await expect(openRungDb({ dbName })).rejects.toMatchObject({
      name: 'StoreError',
      code: 'version',
    });
  });

  it('steps aside when another tab upgrades, then reports the newer version instead of hanging', async () => {
    const dbName = uniqueDbName();
    const store = await openRungStoreWith({
      dbName,
      classifier: fakeClassifier,
      blockedTimeoutMs: 200,
    });
    const newer = await openDB(dbName, DB_VERSION + 1); // would block forever if we kept our connection
    newer.close();
    await expect(store.lookupBadges([{ ...SHOP, id: 'x' }], NOW)).rejects.toMatchObject({
      code: 'version',
    });
  });

  it('gives up on a blocked upgrade after the timeout with the "close other tabs" message', async () => {
    const dbName = uniqueDbName();
    (await openRungDb({ dbName })).close();
    const oldTab = await openDB(dbName, DB_VERSION); // an old tab that ignores versionchange
    const attempt = openRungDb({ dbName, version: DB_VERSION + 1, blockedTimeoutMs: 100 });
    await expect(attempt).rejects.toMatchObject({ code: 'blocked' });
    await expect(attempt).rejects.toThrow(/Close or reload the other CRM tabs/);
    oldTab.close();
  });
});

describe('settings ladder', () => {
  it('wraps version-0 settings (no wrapper) as version 1, keeping the values', () => {
    expect(migrateSettings({ repeatMinOrders: 5, vocabulary: 'one-page' }, fakeClassifier)).toEqual(
      {
        version: 1,
        revision: 0,
        settings: { repeatMinOrders: 5, vocabulary: 'one-page' },
        staffName: '',
      },
    );
  });

  it('reads bare settings that carry their own version as version 0, not as a record', () => {
    const bare = { version: 1, repeatMinOrders: 4, vocabulary: 'one-page' };
    expect(migrateSettings(bare, fakeClassifier).settings).toEqual({
      repeatMinOrders: 4,
      vocabulary: 'one-page',
    });
  });

  it('reads a version-1 record as is', () => {
    const record = {
      version: 1,
      revision: 4,
      settings: { repeatMinOrders: 3, vocabulary: 'classic' },
      staffName: 'Eve',
    };
    expect(migrateSettings(record, fakeClassifier)).toEqual(record);
  });

  it('runs settings from a newer version on the defaults, marked so they are never overwritten', async () => {
    expect(
      migrateSettings({ version: 2, revision: 7, settings: { x: 1 } }, fakeClassifier),
    ).toEqual({
      version: 1,
      revision: 7,
      settings: { repeatMinOrders: 2, vocabulary: 'classic' },
      staffName: '',
      newer: true,
    });
    const dbName = uniqueDbName();
    const store = await openRungStoreWith({ dbName, classifier: fakeClassifier });
    const newer = { version: 2, revision: 7, settings: { x: 1 }, staffName: 'Eve' };
    // A newer Rung wrote these settings (the store itself never writes such a record).
    const db = await openRungDb({ dbName });
    await db.put('meta', { id: 'settings', value: newer });
    const [badge] = await store.observe(
      pageRead('customer', [{ key: { ...SHOP, id: 'n1' } }], '2026-02-01T00:00:00Z'),
      NOW,
    );
    expect(badge?.stage).toBe('suspect');
    await expect(store.saveSettings({}, 'Eve', NOW)).rejects.toMatchObject({
      code: 'settings-newer',
    });
    expect((await db.get('meta', 'settings'))?.value).toEqual(newer);
  });

  it('runs with defaults when stored settings no longer validate', () => {
    const record = { version: 1, revision: 2, settings: { repeatMinOrders: -1 }, staffName: 'Eve' };
    expect(migrateSettings(record, fakeClassifier).settings).toEqual({
      repeatMinOrders: 2,
      vocabulary: 'classic',
    });
  });
});
