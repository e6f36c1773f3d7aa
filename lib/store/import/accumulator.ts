/**
 * Folding a file's rows into one profile per customer in constant time per row (a
 * 200 MB orders export has two million rows): later non-blank values win, the summary
 * keeps the larger figures, and orders dedupe by id, a repeated order filling the gaps
 * of the first. Open deal amounts add up (a HubSpot deals export lists each open deal of
 * a contact on its own row); refund rows (WooCommerce Analytics lists a refund as a
 * negative row of the refunded order, often before it) are applied once the whole file
 * is read. Evidence is not kept here: the whole file is one source, recorded when the
 * profiles are written.
 */
import type { Order, Profile } from '../../domain/profile';
import { aliasesOf } from '../keys';
import { compareOrders, definedOnly, mergeSummary } from '../merge-orders';
import { withoutOutweighedCount } from './summary-reconcile';

interface Pending {
  profile: Profile;
  orders: Map<string, Order>;
  refunds?: Map<string, number>;
}

export class ImportAccumulator {
  private readonly customers = new Map<string, Pending>();
  /** Alias (id or e-mail key) → the group a customer was first filed under. */
  private readonly groups = new Map<string, string>();

  constructor(private readonly options: { sumOpenDeals?: boolean } = {}) {}

  add(row: Profile): void {
    const pending = this.pendingFor(row);
    const profile = pending.profile as Record<string, unknown>;
    // A plain loop, not spreads: this runs once per row of files with millions of rows.
    for (const field in row) {
      if (field === 'key' || field === 'orders' || field === 'summary') continue;
      const value = (row as Record<string, unknown>)[field];
      if (value === undefined) continue;
      if (field === 'openDealAmount' && this.options.sumOpenDeals)
        profile[field] = ((profile[field] as number | undefined) ?? 0) + (value as number);
      else profile[field] = value;
    }
    const key = pending.profile.key;
    if (!key.id && row.key.id) pending.profile.key = { ...key, id: row.key.id };
    if (!key.email && row.key.email)
      pending.profile.key = { ...pending.profile.key, email: row.key.email };
    if (row.summary) {
      const merged = mergeSummary(pending.profile.summary, row.summary);
      if (merged) pending.profile.summary = merged;
    }
    for (const order of row.orders ?? []) {
      const known = pending.orders.get(order.id);
      pending.orders.set(order.id, known ? { ...known, ...definedOnly(order) } : order);
    }
  }

  /** A refund of `amount` on the customer's order `orderId`, wherever that row is. */
  addRefund(row: Profile, orderId: string, amount: number): void {
    const { orders: _orders, ...customer } = row;
    this.add(customer);
    const pending = this.pendingFor(row);
    pending.refunds ??= new Map();
    pending.refunds.set(orderId, (pending.refunds.get(orderId) ?? 0) + amount);
  }

  /** The customer's pending entry; a new one starts from the row (without its orders). */
  private pendingFor(row: Profile): Pending {
    const aliases = aliasesOf(row.key);
    const group =
      aliases.map((a) => this.groups.get(a)).find((g) => g !== undefined) ?? aliases[0]!;
    for (const alias of aliases) if (!this.groups.has(alias)) this.groups.set(alias, group);
    const pending = this.customers.get(group);
    if (pending) return pending;
    const created: Pending = { profile: { key: row.key }, orders: new Map() };
    this.customers.set(group, created);
    return created;
  }

  get size(): number {
    return this.customers.size;
  }

  profiles(): Profile[] {
    return [...this.customers.values()].map(({ profile, orders, refunds }) => {
      for (const [id, amount] of refunds ?? []) {
        const order = orders.get(id);
        if (order) orders.set(id, refunded(order, amount));
      }
      if (orders.size === 0) return profile;
      return withoutOutweighedCount({
        ...profile,
        orders: [...orders.values()].sort(compareOrders),
      });
    });
  }
}

/** The order with a refund applied: refunded in full when it returns the whole total. */
function refunded(order: Order, amount: number): Order {
  const total = Math.round(((order.refunded ?? 0) + amount) * 100) / 100;
  const full = total >= order.total - 0.005;
  const counted =
    order.status === undefined || order.status === 'paid' || order.status === 'pending';
  return {
    ...order,
    refunded: total,
    ...(counted || order.status === 'partially_refunded'
      ? { status: full ? 'refunded' : 'partially_refunded' }
      : {}),
  };
}
