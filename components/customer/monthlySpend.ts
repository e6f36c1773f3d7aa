/**
 * Spend per calendar month from a profile's order rows, for the side panel's chart.
 * Follows the spec's counting rules: cancelled, failed, voided and fully refunded
 * orders do not count, refunds come off the total. Malformed dates or amounts are
 * skipped rather than poisoning a month with NaN.
 */
import type { Order } from '../../lib/domain/profile';

export interface MonthSpend {
  /** 'YYYY-MM' */
  month: string;
  total: number;
}

const NOT_COUNTED = new Set(['cancelled', 'failed', 'voided', 'refunded']);

/** Months from the first to the last order, gaps included, at most the last `limit`. */
export function monthlySpend(orders: readonly Order[], limit = 24): MonthSpend[] {
  const byMonth = new Map<string, number>();
  for (const order of orders) {
    if (order.status && NOT_COUNTED.has(order.status)) continue;
    const placed = new Date(order.placedAt);
    if (Number.isNaN(placed.getTime()) || !Number.isFinite(order.total)) continue;
    const refunded = Number.isFinite(order.refunded) ? (order.refunded ?? 0) : 0;
    const month = placed.toISOString().slice(0, 7);
    byMonth.set(month, (byMonth.get(month) ?? 0) + order.total - refunded);
  }
  if (byMonth.size === 0) return [];
  const months = [...byMonth.keys()].sort();
  const result: MonthSpend[] = [];
  let [year, month] = (months[0] ?? '').split('-').map(Number) as [number, number];
  const last = months[months.length - 1] ?? '';
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    result.push({ month: key, total: byMonth.get(key) ?? 0 });
    if (key >= last) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return result.slice(-limit);
}
