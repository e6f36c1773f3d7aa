import { describe, expect, it } from 'vitest';
import { buildAccountContext, classify, classifyAll } from '../index';
import { percentileOfSorted, quantileTable, rankInTable } from '../percentiles';
import type { Profile } from '../types';
import { AS_OF, history, profile } from './build';
import { english } from './english';

/** n one-order customers of one account, the i-th spending (i + 1) × step. */
function ladderOfSpenders(n: number, step: number, account = 'acct'): Profile[] {
  return Array.from({ length: n }, (_, i) =>
    profile({ account, orders: history({ count: 1, total: (i + 1) * step }) }),
  );
}

describe('percentile arithmetic', () => {
  it('interpolates between closest ranks', () => {
    const sorted = [10, 20, 30, 40, 50];
    expect(percentileOfSorted(sorted, 5, 0)).toBe(10);
    expect(percentileOfSorted(sorted, 5, 50)).toBe(30);
    expect(percentileOfSorted(sorted, 5, 95)).toBe(48);
    expect(percentileOfSorted(sorted, 5, 100)).toBe(50);
    expect(percentileOfSorted([], 0, 50)).toBeNaN();
  });
  it('ranks a value in a quantile table', () => {
    const table = quantileTable([0, 100], 2); // p-th value is p
    expect(rankInTable(table, 42.5)).toBe(42);
    expect(rankInTable(table, 100)).toBe(100);
    expect(rankInTable(table, -1)).toBe(0);
    expect(rankInTable([], 5)).toBeNull();
  });
});

describe('account context: percentiles need at least 20 customers with orders', () => {
  it('with 19 customers, percentiles do not apply and fallbacks decide', () => {
    const ctx = buildAccountContext(ladderOfSpenders(19, 10), undefined, AS_OF);
    expect(ctx.customersWithOrders).toBe(19);
    expect(ctx.percentilesApply).toBe(false);
    expect(ctx.revenueThreshold).toBeNull();
    const results = classifyAll(ladderOfSpenders(19, 10), { asOf: AS_OF });
    // The top spender (190) is far below the 5,000 / 2,000 fallbacks.
    expect(results.every((c) => c.category === 'core')).toBe(true);
    expect(results[18]?.metrics.revenuePercentile).toBeNull();
  });

  it('with 20 customers, the 95th percentile marks the top spenders as high potential', () => {
    const profiles = ladderOfSpenders(20, 10);
    const ctx = buildAccountContext(profiles, undefined, AS_OF);
    expect(ctx.percentilesApply).toBe(true);
    expect(ctx.revenueThreshold).toBeCloseTo(190.5, 10); // 95th of 10…200
    expect(ctx.aovThreshold).toBeCloseTo(86, 10); // 40th of 10…200
    const results = classifyAll(profiles, { asOf: AS_OF });
    expect(results.map((c) => c.category === 'high-potential')).toEqual(
      profiles.map((_, i) => i === 19),
    );
    const top = results[19];
    expect(
      english(top?.reasons.find((r) => r.rule === 'category.high-potential.revenue')?.say),
    ).toBe("high potential: net revenue $200 ≥ $190.50 (the account's 95th percentile)");
    expect(top?.metrics.revenuePercentile).toBe(100);
    expect(results[0]?.metrics.revenuePercentile).toBe(0);
    expect(results[9]?.metrics.revenuePercentile).toBe(47);
  });

  it('counts only customers who have ordered', () => {
    const prospects = Array.from({ length: 30 }, () =>
      profile({ account: 'acct', openDealAmount: 5 }),
    );
    const ctx = buildAccountContext([...ladderOfSpenders(19, 10), ...prospects], undefined, AS_OF);
    expect(ctx.customersWithOrders).toBe(19);
    expect(ctx.percentilesApply).toBe(false);
  });

  it('computes percentiles per account, never across accounts', () => {
    const small = ladderOfSpenders(20, 10, 'small');
    const big = ladderOfSpenders(20, 1000, 'big');
    const mixed = [...big, ...small].reverse();
    const results = classifyAll(mixed, { asOf: AS_OF });
    const hp = results.filter((c) => c.category === 'high-potential');
    // One top spender per account (200 in small, 20,000 in big), plus big's customers at
    // or above the 2,000 fallback do not count: the percentile rule replaced it.
    expect(hp).toHaveLength(2);
    expect(hp.map((c) => c.metrics.netRevenue).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      200, 20_000,
    ]);
  });

  it('classify with the cached context gives what classifyAll gives', () => {
    const profiles = ladderOfSpenders(25, 7);
    const ctx = buildAccountContext(profiles, undefined, AS_OF);
    const all = classifyAll(profiles, { asOf: AS_OF });
    profiles.forEach((p, i) => {
      expect(classify(p, { asOf: AS_OF, account: ctx })).toEqual(all[i]);
    });
    expect(JSON.parse(JSON.stringify(ctx))).toEqual(ctx);
  });

  it('discount seeker uses the account 40th percentile of AOV when it applies', () => {
    const profiles = ladderOfSpenders(20, 10);
    const seeker = profile({
      account: 'acct',
      orders: history({ count: 2, total: 80, discount: 8 }),
    });
    const ctx = buildAccountContext([...profiles, seeker], undefined, AS_OF);
    expect(ctx.aovThreshold).toBe(80); // 40th of 10…200 plus the seeker's own 80
    // AOV 80 > the 50 fallback, but ≤ (here: at) the account's 40th percentile.
    expect(classify(seeker, { asOf: AS_OF }).category).toBe('core');
    expect(classify(seeker, { asOf: AS_OF, account: ctx }).category).toBe('discount-seeker');
    const above = profile({
      account: 'acct',
      orders: history({ count: 2, total: 95, discount: 8 }),
    });
    const ctxAbove = buildAccountContext([...profiles, above], undefined, AS_OF);
    expect(ctxAbove.aovThreshold).toBe(90); // AOV 95 > 90
    const c = classify(above, { asOf: AS_OF, account: ctxAbove });
    expect([c.category, ...c.flags]).not.toContain('discount-seeker');
  });
});

describe('profit subgroups', () => {
  it('uses the absolute fallbacks below 20 customers on the rung', () => {
    const sub = (total: number, tickets?: number) =>
      classify(profile({ orders: history({ count: 1, total }), tickets }), { asOf: AS_OF })
        .subgroup;
    expect(sub(1250)).toBe('profitable'); // profit 500 ≥ 500
    expect(sub(1249)).toBe('middling'); // 499.6
    expect(sub(10)).toBe('middling'); // 4 > 0
    expect(sub(10, 1)).toBe('unprofitable'); // 4 − 15 ≤ 0
    expect(classify(profile(), { asOf: AS_OF }).subgroup).toBeNull();
  });

  it('uses the rung 33rd and 67th percentiles of profit with 20 or more on the rung', () => {
    const profiles = ladderOfSpenders(30, 10); // profits 4, 8, … 120
    const results = classifyAll(profiles, { asOf: AS_OF });
    const groups = results.map((c) => c.subgroup);
    // 33rd percentile ≈ 41.28, 67th ≈ 82.72: 10 unprofitable, 10 middling, 10 profitable.
    expect(groups.filter((g) => g === 'unprofitable')).toHaveLength(10);
    expect(groups.filter((g) => g === 'middling')).toHaveLength(10);
    expect(groups.filter((g) => g === 'profitable')).toHaveLength(10);
    expect(groups[9]).toBe('unprofitable');
    expect(groups[10]).toBe('middling');
    expect(groups[20]).toBe('profitable');
    const reason = results[25]?.reasons.find((r) => r.decides === 'subgroup');
    expect(english(reason?.say)).toMatch(
      /67th percentile of the account's 30 customers on this rung/,
    );
  });

  it('a rung with fewer than 20 falls back even when the account has more', () => {
    const firstTimers = ladderOfSpenders(25, 10);
    const repeaters = Array.from({ length: 3 }, () =>
      profile({ account: 'acct', orders: history({ count: 2, total: 700 }) }),
    );
    const results = classifyAll([...firstTimers, ...repeaters], { asOf: AS_OF });
    const r = results[26];
    expect(r?.stage).toBe('repeat');
    expect(r?.subgroup).toBe('profitable'); // 560 ≥ 500 fallback
    expect(english(r?.reasons.find((x) => x.decides === 'subgroup')?.say)).toMatch(
      /default threshold/,
    );
  });
});
