/**
 * A demo world of 1,000 customers per CRM for the list benches: the demo's hand-designed
 * customers cloned with fresh ids, names and e-mails, so every row is a distinct customer
 * with realistic (and deliberately hostile) content, rendered by the demo's own renderers.
 */
import { buildDemoWorld } from '../../demo-crm/data/world';
import type { DemoCustomer, DemoWorld } from '../../demo-crm/data/types';

function clone(base: DemoCustomer, i: number): DemoCustomer {
  const copy = structuredClone(base);
  copy.slug = `${base.slug}-${i}`;
  copy.name = `${base.name} ${i}`;
  copy.email = `${base.slug}.${i}@example.com`;
  if (copy.hubspot) copy.hubspot.id = String(61_000_000 + i);
  if (copy.shopify) {
    copy.shopify.id = String(7_099_000_000_000 + i);
    copy.shopify.orders = copy.shopify.orders.map((order, n) => ({
      ...order,
      id: String(5_560_000_000_000 + i * 100 + n),
    }));
  }
  return copy;
}

/** `size` customers who all have a record in `crm` (HubSpot contact or Shopify customer). */
export function bigWorld(asOf: Date, size: number, crm: 'hubspot' | 'shopify'): DemoWorld {
  const world = buildDemoWorld(asOf);
  const seeds = world.customers.filter((c) => (crm === 'hubspot' ? c.hubspot : c.shopify));
  if (seeds.length === 0) throw new Error(`the demo world has no ${crm} customer to clone`);
  const customers = Array.from({ length: size }, (_, i) => {
    const seed = seeds[i % seeds.length] as DemoCustomer;
    return clone(seed, i);
  });
  return { ...world, customers };
}
