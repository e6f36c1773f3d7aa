import { describe, expect, it } from 'vitest';
import { classify, defaultSettings } from '../index';
import type { Profile } from '../types';
import { AS_OF, clientOrders, history, profile } from './build';
import { crmFacts, english } from './english';

const run = (p: Profile) => classify(p, { asOf: AS_OF, facts: crmFacts });

describe('next step up the ladder', () => {
  it.each([
    ['suspect', profile(), 'prospect', /any sign of engagement/],
    [
      'prospect',
      profile({ openDealAmount: 10 }),
      'first-time',
      /^a first order → first-time customer$/,
    ],
    ['disqualified', profile({ leadStatus: 'unqualified' }), 'first-time', /first order/],
    [
      'first-time',
      profile({ orders: history({ count: 1 }) }),
      'repeat',
      /^1 more order → repeat customer$/,
    ],
    [
      'client',
      profile({ orders: clientOrders() }),
      'advocate',
      /^1 more referral, or an NPS of 9 or more → advocate$/,
    ],
    [
      'advocate with 1 referral',
      profile({ orders: clientOrders(), referrals: 1 }),
      'partner',
      /^2 more referrals → partner$/,
    ],
  ])('%s', (_name, p, stage, text) => {
    const next = run(p).next;
    expect(next?.stage).toBe(stage);
    expect(english(next?.say)).toMatch(text);
  });

  it('repeat customers: the orders still needed, and the date tenure allows', () => {
    // 2 orders 30 days apart, the last 10 days ago: first 40 days ago, so the client
    // tenure (180 days) is reached by an order 140 days from now.
    const young = run(profile({ orders: history({ count: 2, gap: 30, lastDaysAgo: 10 }) })).next;
    expect(english(young?.say)).toBe(
      '2 more orders, the last on or after May 21, 2026 (180 days after the first) → client',
    );
    const old = run(profile({ orders: history({ count: 2, gap: 200, lastDaysAgo: 10 }) })).next;
    expect(english(old?.say)).toBe('2 more orders → client');
    const firstLongAgo = run(
      profile({ orders: history({ count: 3, gap: 100, lastDaysAgo: 150 }) }),
    ).next;
    expect(english(firstLongAgo?.say)).toBe('1 more order → client');
  });

  it('partners have no next rung', () => {
    expect(run(profile({ orders: clientOrders(), referrals: 3 })).next).toBeNull();
  });
});

describe('confidence', () => {
  it('high when 5 or 6 of the six facts are known', () => {
    const orders = clientOrders({ discount: 0 });
    const c = run(profile({ orders, tickets: 0, latePayments: 0, referrals: 0 }));
    expect(c.confidence).toBe('high');
    expect(c.confidenceBasis?.missing).toEqual([]);
    expect(run(profile({ orders, tickets: 0, latePayments: 0 })).confidence).toBe('high');
  });
  it('medium with 3 or 4, low with fewer', () => {
    expect(run(profile({ orders: clientOrders(), tickets: 0 })).confidence).toBe('medium'); // history, revenue, tickets
    expect(run(profile({ orders: clientOrders() })).confidence).toBe('low'); // history, revenue
    expect(run(profile({ summary: { orderCount: 3 } })).confidence).toBe('low');
  });
  it('a warning caps it at medium', () => {
    const orders = [
      ...clientOrders({ discount: 0 }),
      { id: 'x', placedAt: '2030-01-01', total: 1 },
    ];
    const c = run(profile({ orders, tickets: 0, latePayments: 0, referrals: 0 }));
    expect(c.warnings).toHaveLength(1);
    expect(c.confidence).toBe('medium');
  });
  it('for people who have not ordered: what the CRM tells us', () => {
    const full = profile({
      orders: [],
      crmStage: 'lead',
      openDealAmount: 0,
      email: 'x@y.z',
      lastActivityAt: '2025-12-01',
    });
    expect(run(full).confidence).toBe('high');
    expect(run(profile({ crmStage: 'lead', email: 'x@y.z' })).confidence).toBe('medium');
    expect(run(profile({ email: 'x@y.z' })).confidence).toBe('low');
  });
});

describe('treatment', () => {
  it('a demanding client gets stricter terms, not VIP perks or retention gifts', () => {
    const c = run(profile({ orders: clientOrders(), referrals: 1, latePayments: 4 }));
    expect([c.stage, c.category]).toEqual(['advocate', 'demanding']);
    expect(c.treatment.headline).toBe(defaultSettings.playbook.categories.demanding.headline);
    expect(c.treatment.actions).toEqual(defaultSettings.playbook.categories.demanding.actions);
    expect(c.treatment.actions.join(' ')).not.toMatch(/VIP/);
  });
  it('devoted leads with VIP perks, then the rung advice that does not clash', () => {
    const c = run(profile({ orders: clientOrders({ discount: 0 }) }));
    expect(c.category).toBe('devoted');
    expect(c.treatment.actions.slice(0, 3)).toEqual(
      defaultSettings.playbook.categories.devoted.actions,
    );
    expect(c.treatment.actions).toContain('Enrol in the bonus or points programme');
  });
  it('core follows the rung, then basic service', () => {
    const c = run(profile({ orders: history({ count: 2 }) }));
    expect(c.treatment.headline).toBe(defaultSettings.playbook.stages.repeat.headline);
    expect(c.treatment.actions).toContain('Send a thank-you card');
  });
  it('every stage × category carries a headline, actions and a 4 A line', () => {
    for (const p of [
      profile(),
      profile({ openDealAmount: 20_000 }),
      profile({ leadStatus: 'unqualified' }),
      profile({ orders: history({ count: 2, lastDaysAgo: 900 }) }),
    ]) {
      const t = run(p).treatment;
      expect(t.headline.length).toBeGreaterThan(3);
      expect(t.actions.length).toBeGreaterThan(0);
      expect(t.fourA).toMatch(/acknowledge|appreciate|affirm|assure/i);
    }
  });
  it('labels follow both vocabularies', () => {
    const p = profile({ orders: history({ count: 2 }), latePayments: 3 });
    expect(run(p).labels).toEqual({ classic: 'Demanding', onePage: 'Vampire' });
  });
});
