/**
 * Two tabs write the same customer at once: the Shopify customer's own page and the
 * customers list load together, and two staff set different overrides on that customer
 * at the same moment. The store ends with one profile (one list row), both page reads
 * merged into it, and exactly one of the two overrides, whole.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopifyPaths } from '../../demo-crm/data/paths';
import type { CustomerRow } from '../../../lib/messages/protocol';
import { waitForBadges } from '../badges';
import { askRung, askRungData, rungPage } from './ask-rung';
import { startProofSession, type ProofSession } from './proof-session';
import { customer } from './store-driver';

describe('two tabs, one customer', () => {
  let s: ProofSession;
  beforeAll(async () => {
    s = await startProofSession();
  });
  afterAll(() => s?.close());

  it('keeps one consistent profile', async () => {
    const { world } = s;
    const target = world.customers.find((c) => (c.shopify?.orders.length ?? 0) >= 2);
    if (!target?.shopify) throw new Error('no Shopify customer with orders');
    const key = { crm: 'shopify', account: world.shopifyStore, id: target.shopify.id };

    const [record, list] = await Promise.all([
      s.open('shopify', shopifyPaths.customer(world, target.shopify.id)),
      s.open('shopify', shopifyPaths.customersList(world)),
    ]);
    await Promise.all([waitForBadges(record, 1), waitForBadges(list, 20)]);

    const [a, b] = [await rungPage(s.rung), await rungPage(s.rung)];
    const override = (reason: string, stage: string) => ({
      type: 'override.set',
      payload: { key, stage, reason, mode: 'pin' },
    });
    const replies = await Promise.all([
      askRung(a, override('from tab A', 'advocate')),
      askRung(b, override('from tab B', 'client')),
    ]);
    expect(replies).toEqual([
      expect.objectContaining({ ok: true }),
      expect.objectContaining({ ok: true }),
    ]);

    const { rows } = await askRungData<{ rows: CustomerRow[] }>(a, 'customers.list', {
      crm: 'shopify',
      account: world.shopifyStore,
    });
    expect(rows.filter((r) => r.key.id === key.id)).toHaveLength(1);

    const detail = await customer(a, key);
    const pages = new Set(detail?.evidence.map((e) => e.page));
    expect(pages.has('customer')).toBe(true);
    // The record page shows the order count; the list shows it too: merged, not doubled.
    expect(detail?.profile.summary?.orderCount).toBe(target.shopify.orders.length);
    // One override, whole: its reason and stage come from the same request.
    const pair = [detail?.override?.reason, detail?.override?.stage];
    expect([
      ['from tab A', 'advocate'],
      ['from tab B', 'client'],
    ]).toContainEqual(pair);
    expect(detail?.effective.stage).toBe(pair[1]);
    await Promise.all([record.close(), list.close(), a.close(), b.close()]);
  });
});
