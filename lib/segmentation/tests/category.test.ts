import { describe, expect, it } from 'vitest';
import { classify } from '../index';
import type { Category, CustomerPrediction, Profile } from '../types';
import { AS_OF, clientOrders, history, prediction, profile } from './build';
import { crmFacts, english } from './english';

const classifyAt = (p: Profile, predicted?: CustomerPrediction) =>
  classify(p, { asOf: AS_OF, facts: crmFacts, prediction: predicted });

const model = (pAlive: number) => prediction(pAlive);

const orders4 = history({ count: 4, gap: 20, total: 100 }); // net 400, repeat

type Row = [string, Profile, Category, string | null];

const rows: Row[] = [
  // dead, rule route
  [
    'last order 366 days ago (> 365) → dead',
    profile({ orders: history({ count: 2, lastDaysAgo: 366 }) }),
    'dead',
    'category.dead.recency',
  ],
  [
    'last order 365 days ago → core',
    profile({ orders: history({ count: 2, lastDaysAgo: 365 }) }),
    'core',
    'category.core',
  ],
  [
    'unpaid and 180 days (≥ 180) → dead',
    profile({ orders: history({ count: 2, lastDaysAgo: 180 }), unpaidBalance: 50 }),
    'dead',
    'category.dead.unpaid',
  ],
  [
    'unpaid and 179 days → core',
    profile({ orders: history({ count: 2, lastDaysAgo: 179 }), unpaidBalance: 50 }),
    'core',
    'category.core',
  ],
  [
    'nothing unpaid and 300 days → core',
    profile({ orders: history({ count: 2, lastDaysAgo: 300 }), unpaidBalance: 0 }),
    'core',
    'category.core',
  ],
  [
    'do-not-serve tag after buying → dead',
    profile({ orders: orders4, tags: ['Do Not Serve'] }),
    'dead',
    'category.dead.do-not-serve',
  ],
  [
    'RFM DORMANT, no dates known → dead',
    profile({ summary: { orderCount: 3 }, rfmGroup: 'DORMANT' }),
    'dead',
    'category.dead.crm',
  ],
  [
    'RFM DORMANT, recent order → core',
    profile({ orders: orders4, rfmGroup: 'DORMANT' }),
    'core',
    'category.core',
  ],
  // demanding
  [
    '2 tickets over 4 orders (0.5) → demanding',
    profile({ orders: orders4, tickets: 2 }),
    'demanding',
    'category.demanding.tickets',
  ],
  [
    '1 ticket over 4 orders (0.25) → core',
    profile({ orders: orders4, tickets: 1 }),
    'core',
    'category.core',
  ],
  [
    '2 late payments → demanding',
    profile({ orders: orders4, latePayments: 2 }),
    'demanding',
    'category.demanding.late',
  ],
  ['1 late payment → core', profile({ orders: orders4, latePayments: 1 }), 'core', 'category.core'],
  [
    '2 overdue orders count as late payments → demanding',
    profile({
      orders: history({ count: 4, gap: 20, status: 'overdue' }).map((o, i) =>
        i < 2 ? o : { ...o, status: 'paid' },
      ),
    }),
    'demanding',
    'category.demanding.late',
  ],
  [
    'support cost 30 % of net revenue → demanding',
    profile({ orders: history({ count: 10, gap: 5, total: 10 }), tickets: 2 }),
    'demanding',
    'category.demanding.support-cost',
  ],
  [
    'support cost just under 30 % → core',
    profile({ orders: history({ count: 10, gap: 5, total: 10.001 }), tickets: 2 }),
    'core',
    'category.core',
  ],
  // discount seeker (fallback AOV 50 without an account context)
  [
    'half the orders discounted, AOV 50 → discount seeker',
    profile({
      orders: history({ count: 4, gap: 20, total: 50 }).map((o, i) => ({
        ...o,
        discount: i % 2 ? 5 : 0,
      })),
    }),
    'discount-seeker',
    'category.discount-seeker',
  ],
  [
    'half discounted, AOV 50.01 → core',
    profile({
      orders: history({ count: 4, gap: 20, total: 50.01 }).map((o, i) => ({
        ...o,
        discount: i % 2 ? 5 : 0,
      })),
    }),
    'core',
    'category.core',
  ],
  [
    'a quarter discounted, AOV 20 → core',
    profile({
      orders: history({ count: 4, gap: 20, total: 20 }).map((o, i) => ({
        ...o,
        discount: i === 0 ? 5 : 0,
      })),
    }),
    'core',
    'category.core',
  ],
  [
    'discounts unknown, AOV 20 → core',
    profile({ orders: history({ count: 4, gap: 20, total: 20 }) }),
    'core',
    'category.core',
  ],
  // devoted
  [
    'advocate → devoted',
    profile({ orders: clientOrders(), referrals: 1 }),
    'devoted',
    'category.devoted.advocate',
  ],
  [
    'client, last year all undiscounted → devoted',
    profile({ orders: clientOrders({ discount: 0 }) }),
    'devoted',
    'category.devoted.premium',
  ],
  [
    'client, one discounted order last year → core',
    profile({
      orders: clientOrders({ discount: 0 }).map((o, i) => (i === 3 ? { ...o, discount: 1 } : o)),
    }),
    'core',
    'category.core',
  ],
  [
    'client, discounts unknown → core',
    profile({ orders: clientOrders() }),
    'core',
    'category.core',
  ],
  [
    'client, a discounted order older than 365 days → devoted',
    profile({
      orders: history({ count: 4, gap: 120, discount: 0 }).map((o, i) =>
        i === 0 ? { ...o, discount: 9 } : o,
      ),
    }),
    'devoted',
    'category.devoted.premium',
  ],
  // high potential (fallbacks 5,000 / 2,000 / deal 10,000)
  [
    'repeat with net revenue 5,000 → high potential',
    profile({ orders: history({ count: 2, total: 2500 }) }),
    'high-potential',
    'category.high-potential.revenue',
  ],
  [
    'repeat with net revenue 3,998 → core',
    profile({ orders: history({ count: 2, total: 1999 }) }),
    'core',
    'category.core',
  ],
  [
    'first-time with a 2,000 order → high potential',
    profile({ orders: history({ count: 1, total: 2000 }) }),
    'high-potential',
    'category.high-potential.largest-order',
  ],
  [
    'first-time with a 1,999.99 order → core',
    profile({ orders: history({ count: 1, total: 1999.99 }) }),
    'core',
    'category.core',
  ],
  [
    'prospect with a 10,000 deal → high potential',
    profile({ openDealAmount: 10_000 }),
    'high-potential',
    'category.high-potential.open-deal',
  ],
  [
    'prospect with a 9,999 deal → unrated',
    profile({ openDealAmount: 9_999 }),
    'unrated',
    'category.unrated',
  ],
  [
    'client with 20,000 revenue is not high potential',
    profile({ orders: clientOrders({ total: 5000 }) }),
    'core',
    'category.core',
  ],
  [
    'disqualified with a big deal is not high potential',
    profile({ openDealAmount: 50_000, leadStatus: 'unqualified' }),
    'unrated',
    'category.unrated',
  ],
  ['suspect → unrated', profile(), 'unrated', 'category.unrated'],
];

describe('category rules (defaults, absolute fallbacks), both sides of every threshold', () => {
  it.each(rows)('%s', (_name, p, category, rule) => {
    const c = classifyAt(p);
    expect(c.category).toBe(category);
    const categoryReasons = c.reasons.filter((r) => r.decides === 'category');
    expect(categoryReasons[0]?.rule).toBe(rule);
    expect(c.labels).toEqual(
      expect.objectContaining({ classic: expect.any(String), onePage: expect.any(String) }),
    );
  });

  it('explains the vampire rule with its arithmetic', () => {
    const c = classifyAt(profile({ orders: history({ count: 9, gap: 10 }), tickets: 7 }));
    const r = c.reasons.find((x) => x.rule === 'category.demanding.tickets');
    expect(english(r?.say)).toBe('demanding: 7 tickets over 9 orders = 0.78 ≥ 0.5');
    expect(r?.value).toBeCloseTo(7 / 9, 10);
    expect(c.labels).toEqual({ classic: 'Demanding', onePage: 'Vampire' });
  });
});

describe('category precedence and flags', () => {
  it('dead wins over demanding, which becomes a flag', () => {
    const c = classifyAt(profile({ orders: history({ count: 2, lastDaysAgo: 400 }), tickets: 5 }));
    expect(c.category).toBe('dead');
    expect(c.flags).toEqual(['demanding']);
  });
  it('demanding wins over discount seeker and high potential', () => {
    const orders = history({ count: 2, total: 40 }).map((o) => ({ ...o, discount: 4 }));
    const c = classifyAt(profile({ orders, latePayments: 3, openDealAmount: 20_000 }));
    expect(c.category).toBe('demanding');
    expect(c.flags).toEqual(['discount-seeker', 'high-potential']);
  });
  it('a dead advocate is dead, flagged devoted; its treatment is the dead playbook', () => {
    const c = classifyAt(profile({ orders: clientOrders({ lastDaysAgo: 400 }), referrals: 2 }));
    expect([c.stage, c.category, c.flags]).toEqual(['advocate', 'dead', ['devoted']]);
    expect(c.treatment.headline).toMatch(/^Dead/);
  });
  it('lists the reasons of the category before those of the flags', () => {
    const c = classifyAt(profile({ orders: history({ count: 2, lastDaysAgo: 400 }), tickets: 5 }));
    const rules = c.reasons.filter((r) => r.decides === 'category').map((r) => r.rule);
    // 5 tickets × 15 = 75 of 200 net revenue is also ≥ 30 %: both demanding reasons show.
    expect(rules).toEqual([
      'category.dead.recency',
      'category.demanding.tickets',
      'category.demanding.support-cost',
    ]);
  });
});

describe('dead: model route and rule route', () => {
  const lapsed = profile({ orders: history({ count: 3, lastDaysAgo: 500 }) });
  const recent = profile({ orders: history({ count: 3, lastDaysAgo: 5 }) });
  it('uses the model when a prediction is given: P(alive) 0.09 < 0.1 → dead', () => {
    const c = classifyAt(recent, model(0.09));
    expect(c.category).toBe('dead');
    expect(c.deadRoute).toBe('model');
    const r = c.reasons.find((x) => x.rule === 'category.dead.model');
    expect(r).toMatchObject({ value: 0.09, threshold: 0.1 });
    expect(english(r?.say)).toContain('customer-base model');
  });
  it('P(alive) 0.1 is not below 0.1: alive, even 500 days after the last order', () => {
    const c = classifyAt(lapsed, model(0.1));
    expect(c.category).toBe('core');
    expect(c.deadRoute).toBe('model');
  });
  it('falls back to the day rule without a prediction', () => {
    expect(classifyAt(lapsed).category).toBe('dead');
    expect(classifyAt(lapsed).deadRoute).toBe('rules');
    expect(classifyAt(recent).category).toBe('core');
  });
  it('never calls someone who has not ordered dead, whatever the model says', () => {
    expect(classifyAt(profile({ openDealAmount: 10 }), model(0.01)).category).toBe('unrated');
  });
  it('keeps the unpaid-balance route beside the model', () => {
    const owing = profile({ orders: history({ count: 3, lastDaysAgo: 200 }), unpaidBalance: 90 });
    const c = classifyAt(owing, model(0.8));
    expect(c.category).toBe('dead');
    expect(c.reasons.some((r) => r.rule === 'category.dead.unpaid')).toBe(true);
  });
});
