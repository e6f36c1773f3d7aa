import { describe, expect, it } from 'vitest';
import { MIN_CUSTOMERS, percentileOf, roundNicely, suggestThresholds } from './suggestThresholds';
import { row } from '../dashboard/testRows';

const P = { highPotential: 95, aov: 40, profitable: 67, unprofitable: 33 };

describe('suggested thresholds', () => {
  it('takes nearest-rank percentiles', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentileOf(values, 95)).toBe(10);
    expect(percentileOf(values, 40)).toBe(4);
    expect(percentileOf(values, 0)).toBe(1);
    expect(percentileOf([], 50)).toBeNaN();
  });

  it('rounds to two significant figures', () => {
    expect(roundNicely(4873.2)).toBe(4900);
    expect(roundNicely(57.4)).toBe(57);
    expect(roundNicely(-123)).toBe(-120);
    expect(roundNicely(0)).toBe(0);
  });

  it('suggests from the account’s customers who ordered', () => {
    // 100 customers with revenue 100..10,000 in steps of 100, two orders each; profit 40 %.
    const rows = Array.from({ length: 100 }, (_, i) =>
      row(String(i), 'repeat', 'core', (i + 1) * 100, (i + 1) * 40, { orderCount: 2 }),
    );
    rows.push(row('p', 'prospect', 'unrated', null, null, { orderCount: 0 }));
    const byPath = Object.fromEntries(suggestThresholds(rows, P).map((s) => [s.path, s.value]));
    expect(byPath['highPotential.fallbackNetRevenue']).toBe(9500);
    expect(byPath['discountSeeker.fallbackAov']).toBe(2000);
    expect(byPath['subgroup.fallbackProfitableAtOrAbove']).toBe(2700);
    expect(byPath['subgroup.fallbackUnprofitableAtOrBelow']).toBe(1300);
  });

  it('suggests nothing below the minimum number of customers, and something at it', () => {
    const make = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        row(String(i), 'repeat', 'core', 100, 40, { orderCount: 1 }),
      );
    expect(suggestThresholds(make(MIN_CUSTOMERS - 1), P)).toEqual([]);
    expect(suggestThresholds(make(MIN_CUSTOMERS), P)).toHaveLength(4);
  });
});
