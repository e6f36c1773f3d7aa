/**
 * Thresholds suggested from the account's own customers rather than the book's
 * defaults: the fallback amounts the rules use when an account has too few customers
 * for percentiles, read off the customers Rung has seen. Only customers who have
 * ordered count, as in the spec's percentile rules; no suggestion from fewer than
 * MIN_CUSTOMERS, where a percentile says more about chance than about the shop.
 */
import type { CustomerRow } from '../dashboard/rows';

export const MIN_CUSTOMERS = 20;

export interface Suggestion {
  path: string;
  /** In stored units (money as amounts). */
  value: number;
  /** Which percentile of what it came from, e.g. [95, 'net revenue']. */
  percentile: number;
  basis: 'net_revenue' | 'average_order' | 'profit';
}

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentileOf(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

const sortedFinite = (values: (number | null)[]) =>
  values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);

/** Round to two significant figures: 4,873.2 → 4,900; a threshold, not a measurement. */
export function roundNicely(value: number): number {
  if (value === 0 || !Number.isFinite(value)) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 1);
  return Math.round(value / magnitude) * magnitude;
}

export function suggestThresholds(
  rows: readonly CustomerRow[],
  percentiles: { highPotential: number; aov: number; profitable: number; unprofitable: number },
): Suggestion[] {
  const ordered = rows.filter((r) => (r.orderCount ?? 0) > 0);
  if (ordered.length < MIN_CUSTOMERS) return [];
  const revenue = sortedFinite(ordered.map((r) => r.netRevenue));
  const aov = sortedFinite(
    ordered.map((r) =>
      r.netRevenue !== null && r.orderCount ? r.netRevenue / r.orderCount : null,
    ),
  );
  const profit = sortedFinite(ordered.map((r) => r.profit));
  const out: Suggestion[] = [];
  const add = (path: string, values: number[], p: number, basis: Suggestion['basis']) => {
    if (values.length < MIN_CUSTOMERS) return;
    out.push({ path, value: roundNicely(percentileOf(values, p)), percentile: p, basis });
  };
  add('highPotential.fallbackNetRevenue', revenue, percentiles.highPotential, 'net_revenue');
  add('discountSeeker.fallbackAov', aov, percentiles.aov, 'average_order');
  add('subgroup.fallbackProfitableAtOrAbove', profit, percentiles.profitable, 'profit');
  add('subgroup.fallbackUnprofitableAtOrBelow', profit, percentiles.unprofitable, 'profit');
  return out;
}
