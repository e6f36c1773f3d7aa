import { describe, expect, it } from 'vitest';
import type { Order } from '../../domain/profile';
import { classify } from '../index';
import type { Profile } from '../types';
import { AS_OF, history, isoDaysAgo, profile } from './build';
import { english } from './english';

const run = (p: Profile) => classify(p, { asOf: AS_OF });
const order = (id: string, daysAgo: number, total: number, extra: Partial<Order> = {}): Order => ({
  id,
  placedAt: isoDaysAgo(daysAgo),
  total,
  ...extra,
});

describe('edge cases: defined behaviour and a warning, never a crash or a silent zero', () => {
  it('an empty profile is a suspect with unknown metrics', () => {
    const c = run({ key: { crm: 'hubspot', account: '1' } });
    expect([c.stage, c.category, c.subgroup, c.confidence]).toEqual([
      'suspect',
      'unrated',
      null,
      'low',
    ]);
    expect(c.warnings).toEqual([]);
    expect(c.next?.stage).toBe('prospect');
  });

  it('counts duplicate order ids once', () => {
    const c = run(
      profile({ orders: [order('1', 10, 100), order('1', 10, 100), order('2', 40, 50)] }),
    );
    expect(c.metrics.orderCount).toBe(2);
    expect(c.metrics.netRevenue).toBe(150);
    expect(c.warnings.map(english).join(' ')).toMatch(/repeated order id, counted once: 1\./);
  });

  it('dedupes long histories too (the Set path above 24 rows)', () => {
    const orders = history({ count: 30, gap: 3 });
    const c = run(profile({ orders: [...orders, ...orders.slice(0, 5)] }));
    expect(c.metrics.orderCount).toBe(30);
    expect(c.warnings.map(english).join(' ')).toMatch(/counted once: 5\./);
  });

  it('ignores orders dated after asOf, and counts undated ones without dates', () => {
    const c = run(
      profile({
        orders: [
          order('past', 30, 100),
          { id: 'future', placedAt: '2026-03-01', total: 999 },
          { id: 'garbled', placedAt: '31/12/2025', total: 40 },
          { id: 'impossible', placedAt: '2025-02-30', total: 10 },
        ],
      }),
    );
    expect(c.metrics.orderCount).toBe(3);
    expect(c.metrics.netRevenue).toBe(150);
    expect(c.metrics.lastOrderAt).toBe(isoDaysAgo(30));
    expect(c.warnings.map(english).join(' ')).toMatch(/dated after the as-of date, ignored: 1\./);
    expect(c.warnings.map(english).join(' ')).toMatch(/unreadable date: 2\./);
  });

  it('an order on the asOf day itself is not in the future', () => {
    const c = run(profile({ orders: [order('today', 0, 10, { placedAt: `${AS_OF}T23:59:59Z` })] }));
    expect(c.metrics.orderCount).toBe(1);
    expect(c.metrics.daysSinceLastOrder).toBe(0);
  });

  it('ignores negative and unreadable totals', () => {
    const bad = { id: 'nan', placedAt: isoDaysAgo(3), total: Number.NaN } as Order;
    const str = { id: 'str', placedAt: isoDaysAgo(3), total: '12,50' as unknown as number };
    const c = run(profile({ orders: [order('ok', 5, 80), order('neg', 4, -30), bad, str] }));
    expect(c.metrics.orderCount).toBe(1);
    expect(c.metrics.netRevenue).toBe(80);
    expect(c.warnings.map(english).join(' ')).toMatch(/negative total, ignored: 1\./);
    expect(c.warnings.map(english).join(' ')).toMatch(/without a readable total, ignored: 2\./);
  });

  it('does not count cancelled, failed, voided or fully refunded orders; counts the rest', () => {
    const statuses = [
      'paid',
      'pending',
      'partially_refunded',
      'refunded',
      'cancelled',
      'failed',
      'voided',
      'Canceled',
    ];
    const orders = statuses.map((status, i) => order(`s${i}`, 10 + i, 100, { status }));
    const c = run(profile({ orders: [...orders, order('full', 30, 50, { refunded: 50 })] }));
    expect(c.metrics.orderCount).toBe(3);
    expect(c.warnings).toEqual([]);
  });

  it('keeps unknown statuses as paid, with a warning', () => {
    const c = run(profile({ orders: [order('a', 5, 10, { status: 'backordered' })] }));
    expect(c.metrics.orderCount).toBe(1);
    expect(c.warnings.map(english).join(' ')).toMatch(/"backordered" is not one Rung knows/);
  });

  it("maps the shops' own status words without warnings", () => {
    const counted = ['completed', 'processing', 'on-hold', 'Authorized', 'partially_paid'];
    const dropped = ['trash', 'expired'];
    const orders = [...counted, ...dropped].map((status, i) =>
      order(`w${i}`, 5 + i, 10, { status }),
    );
    const c = run(profile({ orders }));
    expect(c.metrics.orderCount).toBe(counted.length);
    expect(c.warnings).toEqual([]);
  });

  it('classifies mixed currencies in the dominant one, never adding across them', () => {
    const orders = [
      order('u1', 10, 100, { currency: 'USD' }),
      order('u2', 40, 100, { currency: 'USD' }),
      order('e1', 70, 5000, { currency: 'EUR' }),
    ];
    const c = run(profile({ orders }));
    expect(c.metrics.currency).toBe('USD');
    expect(c.metrics.orderCount).toBe(3);
    expect(c.metrics.netRevenue).toBe(200);
    expect(c.metrics.averageOrderValue).toBe(100);
    expect(c.metrics.largestOrder).toBe(100);
    expect(c.warnings.map(english).join(' ')).toMatch(/other than "USD": 1\./);
  });

  it('breaks a currency tie by the larger total', () => {
    const orders = [
      order('u', 10, 100, { currency: 'USD' }),
      order('e', 20, 300, { currency: 'EUR' }),
    ];
    expect(run(profile({ orders })).metrics.currency).toBe('EUR');
  });

  it('uses the rows and warns when the summary contradicts them', () => {
    const c = run(
      profile({
        orders: history({ count: 3, total: 100, lastDaysAgo: 10, gap: 30 }),
        summary: {
          orderCount: 1,
          totalSpent: 50,
          firstOrderAt: isoDaysAgo(20),
          lastOrderAt: isoDaysAgo(60),
        },
      }),
    );
    expect(c.metrics.orderCount).toBe(3);
    expect(c.metrics.netRevenue).toBe(300);
    expect(c.metrics.firstOrderAt).toBe(isoDaysAgo(70));
    expect(c.metrics.lastOrderAt).toBe(isoDaysAgo(10));
    const w = c.warnings.map(english).join(' ');
    expect(w).toMatch(/in the summary: 1; listed: 3\./);
    expect(w).toMatch(/summary shows \$50 spent/);
    expect(w).toMatch(/first order after the earliest/);
    expect(w).toMatch(/last order before the latest/);
  });

  it('ignores a summary total in another currency and a negative one', () => {
    const rows = history({ count: 2, total: 100, currency: 'USD' });
    const eur = run(profile({ orders: rows, summary: { totalSpent: 9000, currency: 'EUR' } }));
    expect(eur.metrics.netRevenue).toBe(200);
    expect(eur.warnings.map(english).join(' ')).toMatch(/in "EUR", not "USD"/);
    const neg = run(profile({ orders: rows, summary: { totalSpent: -5 } }));
    expect(neg.metrics.netRevenue).toBe(200);
    expect(neg.warnings.map(english).join(' ')).toMatch(/negative amount spent/);
  });

  it("reads Shopify's customer-since date with zero orders as a sign-up, not an order", () => {
    const c = run(
      profile({ summary: { orderCount: 0, totalSpent: 0, firstOrderAt: isoDaysAgo(90) } }),
    );
    expect(c.stage).toBe('suspect');
    expect(c.metrics.orderCount).toBe(0);
    expect(c.metrics.firstOrderAt).toBeNull();
  });

  it('overdue orders are late payments with their totals unpaid', () => {
    const c = run(
      profile({ orders: [order('a', 200, 70, { status: 'overdue' }), order('b', 190, 30)] }),
    );
    expect(c.metrics.latePayments).toBe(1);
    expect(c.metrics.unpaidBalance).toBe(70);
    expect(c.category).toBe('dead'); // unpaid and no order for 190 days ≥ 180
  });

  it('refuses an unusable asOf', () => {
    expect(() => classify(profile(), { asOf: 'yesterday' })).toThrow(/asOf/);
    expect(() => classify(profile(), { asOf: new Date(Number.NaN) })).toThrow(/asOf/);
  });

  it('accepts asOf as a Date and reports the ISO day used', () => {
    const c = classify(profile(), { asOf: new Date('2026-01-01T18:30:00Z') });
    expect(c.asOf).toBe('2026-01-01');
  });

  it('ignores a context built for another account, with a warning', () => {
    const ctx = {
      crm: 'hubspot',
      account: 'other',
      asOf: AS_OF,
      customersWithOrders: 50,
      percentilesApply: true,
      revenueQuantiles: [],
      aovThreshold: 1,
      revenueThreshold: 1,
      largestOrderThreshold: 1,
      profitBands: {},
    };
    const c = classify(profile({ orders: history({ count: 2 }) }), { asOf: AS_OF, account: ctx });
    expect(c.category).toBe('core'); // with the foreign context it would be high potential
    expect(c.warnings.map(english).join(' ')).toMatch(/not this customer's account/);
  });
});
