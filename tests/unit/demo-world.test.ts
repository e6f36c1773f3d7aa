import { describe, expect, it } from 'vitest';
import { buildDemoWorld } from '../demo-crm/data/world';
import { expectedBadges } from '../demo-crm/data/expected';
import { hubspotPaths, shopifyPaths } from '../demo-crm/data/paths';
import { countsAsOrder, shopifyTotals } from '../demo-crm/data/shopify-totals';
import type { DemoCustomer, DemoWorld } from '../demo-crm/data/types';
import { CATEGORIES, STAGES } from '../../lib/segmentation/types';

const AS_OF = new Date('2026-11-23T09:00:00.000Z');
const DAY_MS = 86_400_000;

/** Two common percentile definitions: the design must hold under both. */
const nearestRank = (sorted: number[], p: number): number =>
  sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
function interpolated(sorted: number[], p: number): number {
  const pos = (p / 100) * (sorted.length - 1);
  const lo = sorted[Math.floor(pos)] ?? NaN;
  const hi = sorted[Math.ceil(pos)] ?? NaN;
  return lo + (hi - lo) * (pos - Math.floor(pos));
}

interface ShopifyFigures {
  customer: DemoCustomer;
  orders: number;
  revenue: number;
  aov: number;
  largest: number;
  discountShare: number;
}

function shopifyFigures(world: DemoWorld): ShopifyFigures[] {
  return world.customers.flatMap((customer) => {
    if (!customer.shopify) return [];
    const counted = customer.shopify.orders.filter(countsAsOrder);
    if (counted.length === 0) return [];
    const { amountSpent } = shopifyTotals(customer.shopify);
    return [
      {
        customer,
        orders: counted.length,
        revenue: amountSpent,
        aov: amountSpent / counted.length,
        largest: Math.max(...counted.map((o) => o.total)),
        discountShare: counted.filter((o) => o.discount > 0).length / counted.length,
      },
    ];
  });
}

describe('buildDemoWorld', () => {
  const world = buildDemoWorld(AS_OF);

  it('is deterministic for a given as-of date', () => {
    expect(JSON.stringify(buildDemoWorld(new Date(AS_OF)))).toBe(JSON.stringify(world));
  });

  it('keeps ids and expectations when the date moves, shifting every date with it', () => {
    const later = buildDemoWorld(new Date(AS_OF.getTime() + 40 * DAY_MS));
    expect(later.customers.map((c) => [c.slug, c.shopify?.id, c.hubspot?.id, c.expected])).toEqual(
      world.customers.map((c) => [c.slug, c.shopify?.id, c.hubspot?.id, c.expected]),
    );
    const first = world.customers.find((c) => c.slug === 'olivia-hart')?.shopify?.orders[0];
    const moved = later.customers.find((c) => c.slug === 'olivia-hart')?.shopify?.orders[0];
    expect(Date.parse(moved?.placedAt ?? '') - Date.parse(first?.placedAt ?? '')).toBe(40 * DAY_MS);
  });

  it('has at least 60 customers with unique slugs, e-mails and CRM ids', () => {
    expect(world.customers.length).toBeGreaterThanOrEqual(60);
    const unique = (values: (string | undefined)[]) => new Set(values.filter(Boolean)).size;
    expect(unique(world.customers.map((c) => c.slug))).toBe(world.customers.length);
    expect(unique(world.customers.map((c) => c.email))).toBe(world.customers.length);
    const shopifyIds = world.customers.flatMap((c) => (c.shopify ? [c.shopify.id] : []));
    const hubspotIds = world.customers.flatMap((c) => (c.hubspot ? [c.hubspot.id] : []));
    expect(unique(shopifyIds)).toBe(shopifyIds.length);
    expect(unique(hubspotIds)).toBe(hubspotIds.length);
    const linked = world.customers.filter((c) => c.shopify && c.hubspot);
    expect(linked.length).toBeGreaterThanOrEqual(3);
  });

  it('numbers Shopify orders store-wide, oldest first', () => {
    const orders = world.customers.flatMap((c) => c.shopify?.orders ?? []);
    const byName = [...orders].sort((a, b) => Number(a.name.slice(1)) - Number(b.name.slice(1)));
    expect(byName[0]?.name).toBe('#1001');
    const dates = byName.map((o) => Date.parse(o.placedAt));
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
    expect(new Set(orders.map((o) => o.id)).size).toBe(orders.length);
  });

  it('expects every stage and every category somewhere', () => {
    const all = world.customers.flatMap((c) => [c.expected.shopify, c.expected.hubspot]);
    const seen = all.filter((e) => e !== undefined);
    expect(new Set(seen.map((e) => e.stage))).toEqual(new Set(STAGES));
    expect(new Set(seen.map((e) => e.category))).toEqual(new Set(CATEGORIES));
  });

  it('carries hostile names verbatim', () => {
    const names = world.customers.map((c) => c.name);
    expect(names).toContain('<img src=x onerror=alert(1)>');
    expect(names.some((n) => n.includes('\u202E'))).toBe(true);
    expect(names.some((n) => n.includes('\u200B'))).toBe(true);
  });
});

describe('the design margins the expectations rely on', () => {
  const world = buildDemoWorld(AS_OF);
  const figures = shopifyFigures(world);
  const expectShopify = (f: ShopifyFigures) => f.customer.expected.shopify;

  it('gives the Shopify store enough ordering customers for percentiles, HubSpot too few', () => {
    expect(figures.length).toBeGreaterThanOrEqual(20);
    const hubspotBuyers = world.customers.filter((c) => c.hubspot?.deals.some((d) => d.closedWon));
    expect(hubspotBuyers.length).toBeGreaterThan(0);
    expect(hubspotBuyers.length).toBeLessThan(20);
  });

  it('puts discount seekers at or below the 40th AOV percentile and 50, and no one else there', () => {
    const aovs = figures.map((f) => f.aov).sort((a, b) => a - b);
    const p40 = Math.min(nearestRank(aovs, 40), interpolated(aovs, 40));
    for (const f of figures) {
      const seeker = expectShopify(f)?.category === 'discount-seeker';
      const qualifies = f.discountShare >= 0.5 && f.aov <= p40 && f.aov <= 50;
      const mightQualify = f.discountShare >= 0.5 && (f.aov <= Math.max(p40, 50) || f.aov <= 50);
      if (seeker) expect(qualifies, f.customer.slug).toBe(true);
      else if (['core', 'devoted', 'high-potential'].includes(expectShopify(f)?.category ?? ''))
        expect(mightQualify, f.customer.slug).toBe(false);
    }
  });

  it('makes the snow leopard the top revenue and keeps other early rungs far below', () => {
    const revenues = figures.map((f) => f.revenue).sort((a, b) => a - b);
    const largest = figures.map((f) => f.largest).sort((a, b) => a - b);
    const p95revenue = Math.min(nearestRank(revenues, 95), interpolated(revenues, 95));
    const p95largest = Math.min(nearestRank(largest, 95), interpolated(largest, 95));
    for (const f of figures) {
      const stage = expectShopify(f)?.stage ?? '';
      if (!['first-time', 'repeat'].includes(stage)) continue;
      if (expectShopify(f)?.category === 'high-potential') {
        expect(f.revenue, f.customer.slug).toBe(revenues[revenues.length - 1]);
        expect(f.revenue).toBeGreaterThanOrEqual(5_000);
      } else {
        expect(f.revenue, f.customer.slug).toBeLessThan(Math.min(p95revenue, 5_000));
        expect(f.largest, f.customer.slug).toBeLessThan(Math.min(p95largest, 2_000));
      }
    }
  });

  it('keeps last-order age, tenure and the 12-month window at least 15 days from thresholds', () => {
    const histories = world.customers.flatMap((c) => [
      c.shopify?.orders.map((o) => o.placedAt) ?? [],
      c.hubspot?.deals.flatMap((d) => (d.closedAt ? [d.closedAt] : [])) ?? [],
    ]);
    const age = (date: string) => (AS_OF.getTime() - Date.parse(date)) / DAY_MS;
    for (const dates of histories.filter((h) => h.length > 0)) {
      const ages = dates.map(age);
      const last = Math.min(...ages);
      const tenure = Math.max(...ages) - last;
      // Dead rules: 365 days since the last order, or 180 with an unpaid balance.
      expect(Math.abs(last - 180), dates.join()).toBeGreaterThanOrEqual(15);
      expect(Math.abs(last - 365), dates.join()).toBeGreaterThanOrEqual(15);
      // Client rule: 180 days of tenure.
      if (dates.length >= 4)
        expect(Math.abs(tenure - 180), dates.join()).toBeGreaterThanOrEqual(15);
      // Devoted rule: every order of the last 365 days.
      for (const a of ages) expect(Math.abs(a - 365), dates.join()).toBeGreaterThanOrEqual(15);
    }
  });
});

describe('expectedBadges', () => {
  const world = buildDemoWorld(AS_OF);
  const pages = expectedBadges(world);

  it('lists every customer of each CRM on its list page, once', () => {
    const shopifyList = pages[shopifyPaths.customersList(world)] ?? [];
    const hubspotList = pages[hubspotPaths.contactsList(world)] ?? [];
    expect(shopifyList.length).toBe(world.customers.filter((c) => c.shopify).length);
    expect(hubspotList.length).toBe(world.customers.filter((c) => c.hubspot).length);
    expect(new Set(shopifyList.map((b) => b.slug)).size).toBe(shopifyList.length);
  });

  it('expects exactly the designed badge on each record page', () => {
    const carlos = world.customers.find((c) => c.slug === 'carlos-mendes');
    const page = pages[hubspotPaths.contact(world, carlos?.hubspot?.id ?? '')];
    expect(page).toEqual([
      expect.objectContaining({ slug: 'carlos-mendes', stage: 'client', category: 'core' }),
    ]);
    const victoria = world.customers.find((c) => c.slug === 'victoria-lang');
    const shopifyPage = pages[shopifyPaths.customer(world, victoria?.shopify?.id ?? '')];
    expect(shopifyPage?.[0]).toMatchObject({ stage: 'first-time', category: 'high-potential' });
    const recordPages = Object.keys(pages).filter((p) => /\/(record\/0-1|customers)\/\d+$/.test(p));
    expect(recordPages.length).toBe(
      world.customers.filter((c) => c.shopify).length +
        world.customers.filter((c) => c.hubspot).length,
    );
  });
});
