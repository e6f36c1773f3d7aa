/**
 * Stability (seed 004: "monthly vs once a year"): the median number of days between
 * consecutive orders, named by the nearest calendar rhythm.
 */
import type { Metrics } from './types';

/** Upper bounds (days) of each named rhythm; above the last, the rhythm is irregular. */
const MONTHLY_MAX = 45;
const QUARTERLY_MAX = 135;
const YEARLY_MAX = 400;

/** Sorts a[0..n) ascending; insertion sort because n is usually a handful. */
function sortPrefix(a: Float64Array, n: number): void {
  if (n > 48) {
    a.subarray(0, n).sort();
    return;
  }
  for (let i = 1; i < n; i++) {
    const v = a[i]!;
    let j = i - 1;
    while (j >= 0 && a[j]! > v) {
      a[j + 1] = a[j]!;
      j--;
    }
    a[j + 1] = v;
  }
}

/**
 * Median gap between the first `n` days in `days` (overwritten: it is a scratch buffer),
 * or null with fewer than two days.
 */
export function medianGap(days: Float64Array, n: number): number | null {
  if (n < 2) return null;
  sortPrefix(days, n);
  const gaps = n - 1;
  for (let i = 0; i < gaps; i++) days[i] = days[i + 1]! - days[i]!;
  sortPrefix(days, gaps);
  const mid = gaps >> 1;
  return gaps % 2 === 1 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
}

export function stabilityOf(orderCount: number, median: number | null): Metrics['stability'] {
  if (orderCount <= 0) return null;
  if (orderCount === 1) return 'one-off';
  if (median === null) return null;
  if (median <= MONTHLY_MAX) return 'monthly';
  if (median <= QUARTERLY_MAX) return 'quarterly';
  if (median <= YEARLY_MAX) return 'yearly';
  return 'irregular';
}
