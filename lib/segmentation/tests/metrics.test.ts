import { describe, expect, it } from 'vitest';
import { classify } from '../index';
import type { Profile } from '../types';
import { AS_OF, history, isoDaysAgo, profile } from './build';

const metricsOf = (p: Profile) => classify(p, { asOf: AS_OF }).metrics;

describe('derived metrics', () => {
  it('computes every metric from order rows', () => {
    const orders = [
      { id: 'a', placedAt: isoDaysAgo(200), total: 100, discount: 10, currency: 'EUR' },
      { id: 'b', placedAt: isoDaysAgo(170), total: 300, discount: 0, currency: 'EUR' },
      {
        id: 'c',
        placedAt: isoDaysAgo(110),
        total: 200,
        refunded: 50,
        status: 'partially_refunded',
        currency: 'EUR',
      },
      { id: 'd', placedAt: isoDaysAgo(20), total: 80, status: 'cancelled', currency: 'EUR' },
    ];
    const m = metricsOf(profile({ orders, tickets: 2, latePayments: 1, referrals: 3 }));
    expect(m).toMatchObject({
      orderCount: 3,
      netRevenue: 550,
      largestOrder: 300,
      discountShare: 0.5, // of the 2 rows whose discount is known, 1 carries one
      supportCost: 30,
      profit: 550 * 0.4 - 30,
      daysSinceLastOrder: 110,
      tenureDays: 90,
      medianDaysBetweenOrders: 45, // gaps 30 and 60
      stability: 'monthly',
      latePayments: 1,
      referrals: 3,
      currency: 'EUR',
      firstOrderAt: isoDaysAgo(200),
      lastOrderAt: isoDaysAgo(110),
    });
    expect(m.averageOrderValue).toBeCloseTo(550 / 3, 10);
    expect(m.ticketsPerOrder).toBeCloseTo(2 / 3, 10);
  });

  it('names the rhythm by the median gap', () => {
    const rhythm = (gap: number) =>
      metricsOf(profile({ orders: history({ count: 3, gap }) })).stability;
    expect(rhythm(45)).toBe('monthly');
    expect(rhythm(46)).toBe('quarterly');
    expect(rhythm(135)).toBe('quarterly');
    expect(rhythm(136)).toBe('yearly');
    expect(rhythm(400)).toBe('yearly');
    expect(rhythm(401)).toBe('irregular');
    expect(metricsOf(profile({ orders: history({ count: 1 }) })).stability).toBe('one-off');
  });

  it('keeps unknown facts unknown, never zero', () => {
    const m = metricsOf(profile({ name: 'Only a name' }));
    expect(m.orderCount).toBeNull();
    expect(m.netRevenue).toBeNull();
    expect(m.ticketsPerOrder).toBeNull();
    expect(m.latePayments).toBeNull();
    expect(m.referrals).toBeNull();
    expect(m.profit).toBeNull();
    expect(m.stability).toBeNull();
    const withOrders = metricsOf(profile({ orders: history({ count: 2 }) }));
    expect(withOrders.discountShare).toBeNull();
    expect(withOrders.supportCost).toBeNull();
    expect(withOrders.profit).toBe(200 * 0.4); // unknown tickets cost nothing yet
  });

  it('takes the larger count and revenue when a summary and rows disagree upward', () => {
    const m = metricsOf(
      profile({
        orders: history({ count: 1, total: 120, lastDaysAgo: 5 }),
        summary: { orderCount: 6, totalSpent: 900, firstOrderAt: isoDaysAgo(400) },
      }),
    );
    expect(m.orderCount).toBe(6);
    expect(m.netRevenue).toBe(900);
    expect(m.averageOrderValue).toBe(150);
    expect(m.tenureDays).toBe(395);
    expect(m.medianDaysBetweenOrders).toBe(79); // estimated: 395 days over 5 gaps
    expect(m.rhythmEstimated).toBe(true);
  });

  it('treats a summary alone as orders without dates', () => {
    const c = classify(profile({ summary: { orderCount: 3, totalSpent: 300 } }), { asOf: AS_OF });
    expect(c.stage).toBe('repeat');
    expect(c.metrics.daysSinceLastOrder).toBeNull();
    expect(c.category).toBe('core');
  });

  it('gives the revenue percentile within the account', () => {
    const profiles = Array.from({ length: 21 }, (_, i) =>
      profile({ account: 'pct', orders: history({ count: 1, total: (i + 1) * 10 }) }),
    );
    const top = classify(profiles[20] as Profile, { asOf: AS_OF });
    expect(top.metrics.revenuePercentile).toBeNull(); // no account context given
  });
});

describe('money sums', () => {
  it('adds order amounts to the cent, so an equal summary raises no warning', () => {
    // 24.50 + 89.90 + (44.89 − 24.90) is 134.39000000000001 in binary floating point, which
    // once read as "more than the summary's 134.39" and warned with two equal amounts.
    const orders = [
      { id: '48', placedAt: isoDaysAgo(1), total: 24.5, currency: 'EUR' },
      { id: '47', placedAt: isoDaysAgo(2), total: 89.9, currency: 'EUR' },
      { id: '45', placedAt: isoDaysAgo(135), total: 44.89, refunded: 24.9, currency: 'EUR' },
    ];
    const summary = { orderCount: 3, totalSpent: 134.39, currency: 'EUR' };
    const c = classify(profile({ orders, summary }), { asOf: AS_OF });
    expect(c.metrics.netRevenue).toBe(134.39);
    expect(c.metrics.largestOrder).toBe(89.9);
    expect(JSON.stringify(c.warnings)).not.toMatch(/add up to/);
  });
});
