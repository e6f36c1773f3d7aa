/**
 * Merging order rows and order summaries (pure). Rows dedupe by order id; for the same
 * order the newest observation wins field by field, and an older one only fills gaps.
 * A summary is a set of lifetime figures, so merging keeps the larger count and total,
 * the earliest first order and the latest last order: a list row showing "3 orders"
 * never shrinks a record page's "12 orders", and rows never erase either.
 */
import type { Order, OrderSummary } from '../domain/profile';
import { isNewer } from './time';

export interface SeenOrder {
  order: Order;
  seenAt: string;
}

export function mergeOrders(stored: SeenOrder[], observed: Order[], seenAt: string): SeenOrder[] {
  const byId = new Map<string, SeenOrder>();
  for (const entry of stored) byId.set(entry.order.id, entry);
  for (const order of observed) {
    const existing = byId.get(order.id);
    if (!existing) {
      byId.set(order.id, { order: definedOnly(order), seenAt });
    } else if (!isNewer(existing.seenAt, seenAt)) {
      byId.set(order.id, { order: { ...existing.order, ...definedOnly(order) }, seenAt });
    } else {
      byId.set(order.id, {
        order: { ...definedOnly(order), ...existing.order },
        seenAt: existing.seenAt,
      });
    }
  }
  return [...byId.values()].sort((a, b) => compareOrders(a.order, b.order));
}

/** Oldest first, then by id; plain code-unit order (locale-independent and fast). */
export function compareOrders(a: Order, b: Order): number {
  if (a.placedAt !== b.placedAt) return a.placedAt < b.placedAt ? -1 : 1;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

export function mergeSummary(
  stored: OrderSummary | undefined,
  observed: OrderSummary | undefined,
): OrderSummary | undefined {
  if (!observed) return stored;
  if (!stored) return definedOnly(observed);
  const merged: OrderSummary = {};
  const orderCount = maxOf(stored.orderCount, observed.orderCount);
  const totalSpent = maxOf(stored.totalSpent, observed.totalSpent);
  const firstOrderAt = earliest(stored.firstOrderAt, observed.firstOrderAt);
  const lastOrderAt = latest(stored.lastOrderAt, observed.lastOrderAt);
  const currency = observed.currency ?? stored.currency;
  if (orderCount !== undefined) merged.orderCount = orderCount;
  if (totalSpent !== undefined) merged.totalSpent = totalSpent;
  if (firstOrderAt !== undefined) merged.firstOrderAt = firstOrderAt;
  if (lastOrderAt !== undefined) merged.lastOrderAt = lastOrderAt;
  if (currency !== undefined) merged.currency = currency;
  return merged;
}

function maxOf(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return isNewer(a, b) ? b : a;
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return isNewer(a, b) ? a : b;
}

/** Drop keys whose value is undefined, so spreading never blanks a known value. */
export function definedOnly<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    // An own `__proto__` key (JSON.parse makes them) would otherwise set the prototype.
    if (v !== undefined && k !== '__proto__') out[k] = v;
  }
  return out as T;
}
