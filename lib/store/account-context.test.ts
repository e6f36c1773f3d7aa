import { describe, expect, it } from 'vitest';
import type { Profile } from '../domain/profile';
import { ensureAccountContext, rebuildAccountContextApart } from './account-context';
import { makeEnv } from './env';
import { OBSERVE_STORES } from './schema';
import { fakeClassifier } from './test-support/fake-classifier';
import { SHOP, databaseOf, openTestStore, pageRead } from './test-support/store-fixture';
import { inTransaction } from './tx';

const NOW = new Date('2026-03-01T12:00:00Z');
const customers = (from: number, to: number): Profile[] =>
  Array.from({ length: to - from }, (_, i) => ({
    key: { ...SHOP, id: `c${from + i}` },
    summary: { orderCount: 1 + ((from + i) % 4) },
  }));

/** The env a fresh test store's calls run in: default settings, revision 0. */
const defaultEnv = () => makeEnv(fakeClassifier, fakeClassifier.defaultSettings(), 0, NOW);

async function contextCount(store: Awaited<ReturnType<typeof openTestStore>>) {
  const db = await databaseOf(store);
  return (await db.get('accounts', 'shopify|demo-shop'))?.customerCount;
}

describe('account contexts during page reads', () => {
  it('builds the first context inside the read: nothing else could classify', async () => {
    const store = await openTestStore();
    await store.observe(pageRead('customer-list', customers(0, 100), '2026-02-01T00:00:00Z'), NOW);
    expect(await contextCount(store)).toBe(100);
  });

  it('classifies every row of a read that grew the account, and rebuilds its context after', async () => {
    const store = await openTestStore();
    await store.observe(pageRead('customer-list', customers(0, 100), '2026-02-01T00:00:00Z'), NOW);
    const badges = await store.observe(
      pageRead('customer-list', customers(100, 200), '2026-02-01T00:00:00Z'),
      NOW,
    );
    expect(badges.every((badge) => badge !== null)).toBe(true);
    await store.contextsRebuilt();
    expect(await contextCount(store)).toBe(200);
  });

  it("in a read, keeps a grown account's context and names it stale instead of rebuilding", async () => {
    const store = await openTestStore();
    await store.observe(pageRead('customer-list', customers(0, 100), '2026-02-01T00:00:00Z'), NOW);
    const db = await databaseOf(store);
    await store.contextsRebuilt();
    // 100 more profiles behind the context's back: the account has doubled.
    await store.observe(
      pageRead('customer-list', customers(100, 200), '2026-02-01T00:00:00Z'),
      NOW,
    );
    await store.contextsRebuilt();
    await db.put('accounts', {
      ...(await db.get('accounts', 'shopify|demo-shop'))!,
      customerCount: 100,
    });
    const env = defaultEnv();
    const deferred = await inTransaction(db, [...OBSERVE_STORES], (tx) =>
      ensureAccountContext(tx, 'shopify|demo-shop', env, 'defer'),
    );
    expect(deferred).toBe('deferred');
    expect(env.contexts.has('shopify|demo-shop')).toBe(true);
    expect((await db.get('accounts', 'shopify|demo-shop'))?.customerCount).toBe(100);
    // Outside a read (a reclassification) the same call rebuilds at once.
    const rebuilt = await inTransaction(db, [...OBSERVE_STORES], (tx) =>
      ensureAccountContext(tx, 'shopify|demo-shop', defaultEnv(), 'now'),
    );
    expect(rebuilt).toBe('ready');
    expect((await db.get('accounts', 'shopify|demo-shop'))?.customerCount).toBe(200);
  });

  it('after a read, rebuilds apart, but never over a context built under newer settings', async () => {
    const store = await openTestStore();
    await store.observe(pageRead('customer-list', customers(0, 150), '2026-02-01T00:00:00Z'), NOW);
    await store.contextsRebuilt();
    const db = await databaseOf(store);
    const account = 'shopify|demo-shop';
    const record = (await db.get('accounts', account))!;
    const env = defaultEnv();
    await db.put('accounts', { ...record, customerCount: 100 });
    await rebuildAccountContextApart(db, account, env);
    expect((await db.get('accounts', account))?.customerCount).toBe(150);
    // A reclassification under the next settings wrote its context while this one fitted.
    const newer = { ...record, customerCount: 100, settingsRevision: env.revision + 1 };
    await db.put('accounts', newer);
    await rebuildAccountContextApart(db, account, env);
    expect(await db.get('accounts', account)).toEqual(newer);
  });

  it('waits for a rebuild under way before deleting all data', async () => {
    const store = await openTestStore();
    await store.observe(pageRead('customer-list', customers(0, 100), '2026-02-01T00:00:00Z'), NOW);
    await store.observe(
      pageRead('customer-list', customers(100, 300), '2026-02-01T00:00:00Z'),
      NOW,
    );
    await store.deleteAll();
    expect(await store.lookupBadges([{ ...SHOP, id: 'c1' }], NOW)).toEqual([null]);
  });
});
