/**
 * Mixed currencies: amounts are never added across currencies. The dominant currency
 * (most counted orders; ties go to the larger total, then alphabetical order so the
 * answer is deterministic) is the one a customer is classified in.
 */
import type { Order } from '../domain/profile';

/** The currency of most orders, or null when no order names one. */
export function dominantCurrency(orders: readonly Order[]): string | null {
  let first: string | null = null;
  let mixed = false;
  for (let i = 0; i < orders.length; i++) {
    const c = orders[i]?.currency;
    if (typeof c !== 'string' || c === '') continue;
    if (first === null) first = c;
    else if (c !== first) {
      mixed = true;
      break;
    }
  }
  // The common case: one currency (or none), decided without allocating anything.
  if (!mixed) return first;
  const tally = new Map<string, { count: number; total: number }>();
  for (const o of orders) {
    if (typeof o.currency !== 'string' || o.currency === '') continue;
    const t = tally.get(o.currency) ?? { count: 0, total: 0 };
    t.count += 1;
    t.total += Number.isFinite(o.total) && o.total > 0 ? o.total : 0;
    tally.set(o.currency, t);
  }
  let best: string | null = null;
  let bestCount = -1;
  let bestTotal = -1;
  for (const [c, t] of tally) {
    const better =
      t.count > bestCount ||
      (t.count === bestCount &&
        (t.total > bestTotal || (t.total === bestTotal && c < (best ?? ''))));
    if (better) {
      best = c;
      bestCount = t.count;
      bestTotal = t.total;
    }
  }
  return best;
}
