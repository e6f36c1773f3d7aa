import { describe, expect, it } from 'vitest';
import { classify } from '../index';
import { english } from './english';

// The worked example of ../README.md: if this test changes, update the README with it.
describe('the README worked example', () => {
  it('gives the documented classification', () => {
    const c = classify(
      {
        key: { crm: 'shopify', account: 'acme-store', id: '7301' },
        name: 'Ada Lovelace',
        orders: [
          { id: '#1001', placedAt: '2025-02-03', total: 180, currency: 'EUR', discount: 0 },
          {
            id: '#1044',
            placedAt: '2025-05-19T14:02:00Z',
            total: 95,
            currency: 'EUR',
            discount: 10,
          },
          { id: '#1090', placedAt: '2025-08-30', total: 240, currency: 'EUR', discount: 0 },
          { id: '#1090', placedAt: '2025-08-30', total: 240, currency: 'EUR', discount: 0 },
          {
            id: '#1131',
            placedAt: '2025-11-12',
            total: 130,
            currency: 'EUR',
            discount: 0,
            status: 'overdue',
          },
        ],
        tickets: 6,
        referrals: 1,
        tags: ['vip'],
      },
      { asOf: '2026-01-15', settings: { vocabulary: 'one-page' } },
    );
    expect([c.stage, c.category, c.flags, c.subgroup, c.confidence]).toEqual([
      'advocate',
      'demanding',
      ['devoted'],
      'middling',
      'medium',
    ]);
    expect(c.metrics).toMatchObject({
      orderCount: 4,
      netRevenue: 645,
      averageOrderValue: 161.25,
      largestOrder: 240,
      discountShare: 0.25,
      profit: 168,
      supportCost: 90,
      daysSinceLastOrder: 64,
      tenureDays: 282,
      medianDaysBetweenOrders: 103,
      stability: 'quarterly',
      ticketsPerOrder: 1.5,
      latePayments: 1,
      unpaidBalance: 130,
      referrals: 1,
    });
    expect(c.reasons.map((r) => english(r.say))).toEqual([
      'advocate: a client with 1 referral ≥ 1',
      'client: 4 orders ≥ 4 over 282 days ≥ 180',
      'demanding: 6 tickets over 4 orders = 1.5 ≥ 0.5',
      'devoted: a customer on the advocate rung',
      'middling: profit €168 between €0 and €500 (default thresholds)',
    ]);
    expect(english(c.next?.say)).toBe('2 more referrals → partner');
    expect(c.treatment.headline).toBe('Demanding: stricter terms');
    expect(c.warnings.map(english)).toEqual([
      'Order rows with a repeated order id, counted once: 1.',
    ]);
    expect(c.confidenceBasis?.missing).toEqual([]);
  });
});
