import { describe, expect, it } from 'vitest';
import { classify } from '../index';
import type { Profile } from '../types';
import { AS_OF, clientOrders, history, profile } from './build';
import { crmFacts, english } from './english';

const run = (p: Profile) => classify(p, { asOf: AS_OF, facts: crmFacts });

describe('HubSpot lifecycle stages and lead status', () => {
  it.each([
    ['subscriber', 'suspect'],
    ['other', 'suspect'],
    ['lead', 'prospect'],
    ['marketingqualifiedlead', 'prospect'],
    ['Sales Qualified Lead', 'prospect'],
    ['opportunity', 'prospect'],
    ['customer', 'prospect'],
    ['evangelist', 'prospect'],
    ['a-custom-stage', 'prospect'],
  ])('lifecycle %s without orders → %s', (crmStage, stage) => {
    expect(run(profile({ crmStage })).stage).toBe(stage);
  });

  it('warns when the CRM says customer but no closed deal is known', () => {
    expect(
      run(profile({ crmStage: 'customer' }))
        .warnings.map(english)
        .join(' '),
    ).toMatch(/calls this contact a customer/);
    expect(run(profile({ crmStage: 'customer', orders: history({ count: 1 }) })).warnings).toEqual(
      [],
    );
  });

  it.each([
    ['unqualified', 'disqualified'],
    ['UNQUALIFIED', 'disqualified'],
    ['new', 'prospect'],
    ['attempted_to_contact', 'prospect'],
    ['bad_timing', 'prospect'],
  ])('lead status %s → %s', (leadStatus, stage) => {
    expect(run(profile({ leadStatus })).stage).toBe(stage);
  });

  it('evangelist makes a client an advocate; evangelist alone does not make a buyer', () => {
    expect(run(profile({ orders: clientOrders(), crmStage: 'evangelist' })).stage).toBe('advocate');
    expect(run(profile({ orders: history({ count: 2 }), crmStage: 'evangelist' })).stage).toBe(
      'repeat',
    );
  });
});

describe('Shopify RFM groups', () => {
  it('PROSPECTS is engagement', () => {
    expect(run(profile({ rfmGroup: 'PROSPECTS' })).stage).toBe('prospect');
  });
  it('a buying group with no orders seen is engagement, with a warning', () => {
    const c = run(profile({ rfmGroup: 'CHAMPIONS' }));
    expect(c.stage).toBe('prospect');
    expect(c.warnings.map(english).join(' ')).toMatch(/implies purchases/);
  });
  it('AT_RISK changes nothing for a customer with orders', () => {
    const c = run(profile({ orders: history({ count: 2 }), rfmGroup: 'AT_RISK' }));
    expect([c.stage, c.category, c.warnings]).toEqual(['repeat', 'core', []]);
  });
});

describe('tags', () => {
  it('referral gives one referral only when referrals are unknown', () => {
    expect(run(profile({ orders: clientOrders(), tags: ['Referral'] })).metrics.referrals).toBe(1);
    expect(run(profile({ orders: clientOrders(), tags: ['referral'], referrals: 0 })).stage).toBe(
      'client',
    );
  });
  it('do-not-serve disqualifies a prospect and makes a buyer dead', () => {
    expect(run(profile({ openDealAmount: 100, tags: ['do_not_serve'] })).stage).toBe(
      'disqualified',
    );
    const c = run(profile({ orders: history({ count: 2 }), tags: ['DO-NOT-SERVE'] }));
    expect([c.stage, c.category]).toEqual(['repeat', 'dead']);
  });
  it('unknown tags change nothing', () => {
    const c = run(profile({ orders: history({ count: 2 }), tags: ['wholesale', 'newsletter'] }));
    expect([c.stage, c.category, c.warnings]).toEqual(['repeat', 'core', []]);
  });
});
