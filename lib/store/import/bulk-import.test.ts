import { describe, expect, it } from 'vitest';
import type { Profile } from '../../domain/profile';
import { provisionalKey } from '../../crms/woocommerce/provisional';
import type { RungStore } from '../api';
import { databaseOf, openTestStore } from '../test-support/store-fixture';
import { BULK_STEP } from './bulk-import';
import { commitWholeImport, startImportJob } from './import-job';

const NOW = new Date('2026-03-01T12:00:00Z');
const SHOP = { crm: 'shopify', account: 'acme-tea' };
const WOO = { crm: 'woocommerce', account: 'shop.example' };

/** What the store holds before the import: page reads, one with an override. */
async function seed(store: RungStore): Promise<void> {
  const read = (crm: 'shopify' | 'woocommerce', account: string, customers: Profile[]) =>
    store.observe(
      {
        url:
          crm === 'shopify'
            ? `https://admin.shopify.com/store/${account}/customers`
            : `https://${account}/wp-admin/edit.php?post_type=shop_order`,
        seenAt: '2026-02-01T10:00:00.000Z',
        scrape: { crm, account, page: 'customer-list', customers, diagnostics: [] },
      },
      NOW,
    );
  await read('shopify', 'acme-tea', [
    { key: { ...SHOP, id: 'c1' }, name: 'Known by id' },
    { key: { ...SHOP, email: 'c2@example.org' }, name: 'Known by e-mail' },
    {
      key: { ...SHOP, id: 'c3', email: 'c3@example.org' },
      name: 'Seen with orders',
      orders: [{ id: 'o-old', placedAt: '2025-06-01', total: 5, status: 'paid' }],
    },
  ]);
  await store.setOverride(
    { key: { ...SHOP, id: 'c1' }, stage: 'partner', mode: 'pin', reason: 'Wholesale partner' },
    'Ana',
    NOW,
  );
  await read('woocommerce', 'shop.example', [
    {
      key: provisionalKey('shop.example', 'Mira Jensen')!,
      orders: [{ id: '901', placedAt: '2026-01-02', total: 40, status: 'completed' }],
    },
  ]);
}

/** The import: new customers past one step, a row joining c2 (e-mail) to a new id, a
 * row naming c1 and c3's e-mail (two stored customers), and the WooCommerce order the
 * provisional buyer held, now with the buyer's e-mail. */
function rows(): Profile[] {
  const many = Array.from({ length: BULK_STEP + 300 }, (_, i) => ({
    key: { ...SHOP, id: `n${i}`, email: `n${i}@example.org` },
    name: `New ${i}`,
    orders: Array.from({ length: 1 + (i % 5) }, (_, j) => ({
      id: `n${i}-${j}`,
      placedAt: `2025-${String(1 + (j % 12)).padStart(2, '0')}-10`,
      total: 10 + j,
      status: j === 3 ? 'refunded' : 'paid',
    })),
  }));
  return [
    ...many.slice(0, 1000),
    {
      key: { ...SHOP, id: 'c2', email: 'c2@example.org' },
      name: 'Now with id',
      summary: { orderCount: 2, totalSpent: 30 },
    },
    {
      key: { ...SHOP, id: 'c1', email: 'c3@example.org' },
      orders: [{ id: 'o-new', placedAt: '2026-01-20', total: 12, status: 'paid' }],
    },
    {
      key: { ...WOO, email: 'mira@example.org' },
      name: 'Mira Jensen',
      orders: [
        { id: '901', placedAt: '2026-01-02', total: 40, status: 'completed' },
        { id: '902', placedAt: '2026-02-02', total: 25, status: 'completed' },
      ],
    },
    ...many.slice(1000),
    // A later step names an earlier step's customer by e-mail only.
    {
      key: { ...SHOP, email: 'n5@example.org' },
      orders: [{ id: 'n5-late', placedAt: '2026-02-01', total: 9, status: 'paid' }],
    },
  ];
}

async function contents(store: RungStore) {
  const db = await databaseOf(store);
  const byId = <T extends { id: string }>(list: T[]) =>
    [...list].sort((a, b) => a.id.localeCompare(b.id));
  const history = await db.getAll('history');
  return {
    profiles: byId(await db.getAll('profiles')).map(({ updatedAt: _u, ...r }) => r),
    evidence: byId(await db.getAll('evidence')),
    aliases: (await db.getAll('aliases')).filter(
      (a) => !a.alias.startsWith('shopify|acme-tea|order:'),
    ),
    overrides: byId(await db.getAll('overrides')),
    shown: byId(await db.getAll('classifications')).map((c) => ({
      id: c.id,
      stage: c.shownStage,
      category: c.shownCategory,
      automatic: c.automatic,
    })),
    history,
  };
}

describe('an import written in bulk, in one transaction', () => {
  it('into an empty store, stores what the page-read path stores', async () => {
    const bulk = await openTestStore();
    const paged = await openTestStore();
    const input = { source: 'shopify-orders', fileName: 'orders.csv', customers: rows() };
    await commitWholeImport(bulk, input, NOW);
    await startImportJob(paged, input, NOW);
    await paged.reclassifyAll(NOW);
    const a = await contents(bulk);
    const b = await contents(paged);
    expect(a.profiles).toEqual(b.profiles);
    expect(a.evidence).toEqual(b.evidence);
    expect(a.shown).toEqual(b.shown);
    const n5 = a.profiles.find((p) => p.id === 'shopify|acme-tea|id:n5');
    expect(n5?.profile.orders?.map((o) => o.id)).toContain('n5-late');
  }, 120_000);

  it('stores what importing the same rows like page reads stores, then classifying everyone', async () => {
    const bulk = await openTestStore();
    const paged = await openTestStore();
    await seed(bulk);
    await seed(paged);
    const input = {
      source: 'shopify-orders',
      fileName: 'orders.csv',
      customers: rows(),
      observedAt: '2026-02-15T00:00:00.000Z',
    };
    const outcome = await commitWholeImport(bulk, input, NOW);
    await startImportJob(paged, input, NOW);
    await paged.reclassifyAll(NOW);
    expect(outcome).toEqual({ written: input.customers.length, refused: 0 });
    const a = await contents(bulk);
    const b = await contents(paged);
    expect(a.profiles).toEqual(b.profiles);
    expect(a.evidence).toEqual(b.evidence);
    expect(a.aliases.sort((x, y) => x.alias.localeCompare(y.alias))).toEqual(
      b.aliases.sort((x, y) => x.alias.localeCompare(y.alias)),
    );
    expect(a.overrides).toEqual(b.overrides);
    expect(a.shown).toEqual(b.shown);
    // The joins happened: c2's e-mail and id are one customer, c1 absorbed c3, the
    // provisional buyer is gone into the customer with her e-mail.
    const ids = new Set(a.profiles.map((p) => p.id));
    // 2,300 new, c1 (c3 absorbed), c2, and Mira (the provisional buyer absorbed).
    expect(a.profiles).toHaveLength(2300 + 2 + 1);
    expect(ids.has('woocommerce|shop.example|id:buyer-name:mira jensen')).toBe(false);
    const mira = a.profiles.find((p) => p.profile.key.email === 'mira@example.org');
    expect(mira?.profile.orders?.map((o) => o.id).sort()).toEqual(['901', '902']);
    // Every shown result's history ends at it, with no step in between for a new customer.
    for (const c of a.shown) {
      const entries = a.history.filter((h) => h.id === c.id);
      expect(entries.findLast((h) => h.entry.field === 'stage')?.entry.to).toBe(c.stage);
    }
    const fresh = a.history.filter((h) => h.id === 'shopify|acme-tea|id:n5');
    expect(fresh.map((h) => [h.entry.field, h.entry.from])).toEqual([
      ['stage', null],
      ['category', null],
    ]);
    // The override stayed and still decides c1's stage.
    expect(a.shown.find((c) => c.id === 'shopify|acme-tea|id:c1')?.stage).toBe('partner');
  }, 120_000);

  it('rebuilds the account context over every customer, old and new, once', async () => {
    const store = await openTestStore();
    await seed(store);
    await commitWholeImport(
      store,
      { source: 'shopify-orders', fileName: 'o.csv', customers: rows() },
      NOW,
    );
    const db = await databaseOf(store);
    const context = await db.get('accounts', 'shopify|acme-tea');
    expect(context?.customerCount).toBe(
      await db.countFromIndex('profiles', 'byAccount', 'shopify|acme-tea'),
    );
  });

  it('refuses rows the profile schema refuses and counts them', async () => {
    const store = await openTestStore();
    const bad = { key: { ...SHOP, id: 'x'.repeat(5000) } } as Profile;
    const nobody = { key: { ...SHOP }, name: 'No id, no e-mail' } as Profile;
    const outcome = await commitWholeImport(
      store,
      {
        source: 'shopify-customers',
        fileName: 'c.csv',
        customers: [bad, nobody, { key: { ...SHOP, id: 'ok' } }],
      },
      NOW,
    );
    expect(outcome).toEqual({ written: 1, refused: 2 });
  });
});
