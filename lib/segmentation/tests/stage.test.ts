import { describe, expect, it } from 'vitest';
import { classify } from '../index';
import type { Profile, Stage } from '../types';
import { AS_OF, clientOrders, history, profile } from './build';
import { crmFacts, english } from './english';

const stageOf = (p: Profile, settings?: Parameters<typeof classify>[1]['settings']) =>
  classify(p, { asOf: AS_OF, facts: crmFacts, settings });

// 4 orders 60 days apart span 180 days: exactly the client tenure.
const client = clientOrders();

const rows: [string, Profile, Stage, string][] = [
  ['no facts at all → suspect', profile(), 'suspect', 'stage.suspect'],
  ['only an e-mail → suspect', profile({ email: 'a@b.c' }), 'suspect', 'stage.suspect'],
  [
    'subscriber lifecycle → suspect',
    profile({ crmStage: 'subscriber' }),
    'suspect',
    'stage.suspect',
  ],
  ['an open deal → prospect', profile({ openDealAmount: 500 }), 'prospect', 'stage.prospect'],
  ['a lead status → prospect', profile({ leadStatus: 'open' }), 'prospect', 'stage.prospect'],
  ['lifecycle lead → prospect', profile({ crmStage: 'lead' }), 'prospect', 'stage.prospect'],
  [
    'lifecycle SQL → prospect',
    profile({ crmStage: 'salesqualifiedlead' }),
    'prospect',
    'stage.prospect',
  ],
  [
    'recorded activity → prospect',
    profile({ lastActivityAt: '2025-12-01' }),
    'prospect',
    'stage.prospect',
  ],
  [
    'unqualified lead → disqualified',
    profile({ leadStatus: 'unqualified' }),
    'disqualified',
    'stage.disqualified',
  ],
  [
    'staff flag → disqualified',
    profile({ disqualified: true, openDealAmount: 50 }),
    'disqualified',
    'stage.disqualified',
  ],
  [
    'disqualified but bought → first-time',
    profile({ disqualified: true, orders: history({ count: 1 }) }),
    'first-time',
    'stage.first-time',
  ],
  [
    '1 order (< 2) → first-time',
    profile({ orders: history({ count: 1 }) }),
    'first-time',
    'stage.first-time',
  ],
  ['2 orders (= 2) → repeat', profile({ orders: history({ count: 2 }) }), 'repeat', 'stage.repeat'],
  [
    '3 orders over 180 days (< 4) → repeat',
    profile({ orders: history({ count: 3, gap: 90 }) }),
    'repeat',
    'stage.repeat',
  ],
  [
    '4 orders over 179 days (< 180) → repeat',
    profile({
      orders: [
        ...history({ count: 3, gap: 60, lastDaysAgo: 10 }),
        ...history({ count: 1, lastDaysAgo: 189 }).map((o) => ({ ...o, id: 'x' })),
      ],
    }),
    'repeat',
    'stage.repeat',
  ],
  ['4 orders over 180 days → client', profile({ orders: client }), 'client', 'stage.client'],
  [
    'client, 0 referrals, NPS 8 → client',
    profile({ orders: client, referrals: 0, nps: 8 }),
    'client',
    'stage.client',
  ],
  [
    'client + 1 referral (= 1) → advocate',
    profile({ orders: client, referrals: 1 }),
    'advocate',
    'stage.advocate.referrals',
  ],
  [
    'client + NPS 9 (= 9) → advocate',
    profile({ orders: client, nps: 9 }),
    'advocate',
    'stage.advocate.nps',
  ],
  [
    'client + evangelist → advocate',
    profile({ orders: client, crmStage: 'evangelist' }),
    'advocate',
    'stage.advocate.crm',
  ],
  [
    'client + vip tag → advocate',
    profile({ orders: client, tags: ['VIP'] }),
    'advocate',
    'stage.advocate.crm',
  ],
  [
    'client + referral tag → advocate',
    profile({ orders: client, tags: ['referral'] }),
    'advocate',
    'stage.advocate.referrals',
  ],
  [
    'advocate + 2 referrals (< 3) → advocate',
    profile({ orders: client, referrals: 2 }),
    'advocate',
    'stage.advocate.referrals',
  ],
  [
    'advocate + 3 referrals (= 3) → partner',
    profile({ orders: client, referrals: 3 }),
    'partner',
    'stage.partner',
  ],
  [
    '3 referrals but only repeat → repeat',
    profile({ orders: history({ count: 2 }), referrals: 3 }),
    'repeat',
    'stage.repeat',
  ],
];

describe('stage rules (defaults), both sides of every threshold', () => {
  it.each(rows)('%s', (_name, p, stage, rule) => {
    const c = stageOf(p);
    expect(c.stage).toBe(stage);
    expect(c.reasons[0]?.rule).toBe(rule);
    expect(c.reasons[0]?.decides).toBe('stage');
  });

  it('explains with the numbers and the threshold', () => {
    const c = stageOf(profile({ orders: history({ count: 3 }) }));
    expect(c.reasons[0]).toMatchObject({
      rule: 'stage.repeat',
      value: 3,
      threshold: 2,
    });
    expect(english(c.reasons[0]?.say)).toBe('repeat customer: 3 orders ≥ 2');
    const p = stageOf(profile({ orders: client, referrals: 4 }));
    expect(p.reasons.map((r) => r.rule)).toEqual([
      'stage.partner',
      'stage.advocate.referrals',
      'stage.client',
      'category.devoted.advocate',
      'subgroup.middling',
    ]);
    expect(english(p.reasons[2]?.say)).toBe('client: 4 orders ≥ 4 over 180 days ≥ 180');
  });
});

describe('stage thresholds follow the settings', () => {
  it('a higher repeat minimum keeps 2 orders at first-time', () => {
    const p = profile({ orders: history({ count: 2 }) });
    expect(stageOf(p, { stage: { repeatMinOrders: 3 } }).stage).toBe('first-time');
    expect(stageOf(p, { stage: { repeatMinOrders: 2 } }).stage).toBe('repeat');
  });
  it('a shorter client tenure promotes earlier', () => {
    const p = profile({ orders: history({ count: 4, gap: 20 }) });
    expect(stageOf(p).stage).toBe('repeat');
    expect(stageOf(p, { stage: { clientMinTenureDays: 60 } }).stage).toBe('client');
    expect(stageOf(p, { stage: { clientMinTenureDays: 61 } }).stage).toBe('repeat');
  });
  it('advocate NPS and partner referrals move with their settings', () => {
    const p = profile({ orders: client, nps: 8, referrals: 0 });
    expect(stageOf(p, { stage: { advocateMinNps: 8 } }).stage).toBe('advocate');
    const q = profile({ orders: client, referrals: 4 });
    expect(stageOf(q, { stage: { partnerMinReferrals: 5 } }).stage).toBe('advocate');
  });
});
