/**
 * The translatable form of the engine's sentences (`say`) carries the same facts as the
 * English `text` beside it, stays plain JSON, and shares only what is the same for every
 * customer.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../index';
import { unavailableAccountModelSchema } from '../model/schema';
import type { Reason } from '../types';
import { AS_OF, history, profile } from './build';
import { crmFacts, english } from './english';

const bySubgroup = (reasons: Reason[]) => reasons.find((r) => r.decides === 'subgroup');

describe('say beside text', () => {
  it('gives the worked example’s client rule the numbers its text shows', () => {
    const c = classify(profile({ orders: history({ count: 4, gap: 94 }) }), {
      asOf: AS_OF,
      facts: crmFacts,
    });
    const client = c.reasons.find((r) => r.rule === 'stage.client');
    expect(english(client?.say)).toBe('client: 4 orders ≥ 4 over 282 days ≥ 180');
    expect(client?.say).toEqual({
      key: 'why_stage_client',
      args: [
        { kind: 'count', value: 4, unit: 'order' },
        { kind: 'number', value: 4 },
        { kind: 'count', value: 282, unit: 'day' },
        { kind: 'number', value: 180 },
      ],
    });
  });

  it("shows an open deal without the orders' currency, which the deal may not share", () => {
    const orders = history({ count: 1, currency: 'PLN', lastDaysAgo: 400 });
    const c = classify(profile({ orders, openDealAmount: 20_000 }), {
      asOf: AS_OF,
      facts: crmFacts,
    });
    const deal = c.reasons.find((r) => r.rule === 'category.high-potential.open-deal');
    expect(deal?.say?.args).toEqual([
      { kind: 'money', value: 20_000, currency: null },
      { kind: 'money', value: 10_000, currency: null },
    ]);
  });

  it('quotes the CRM fact that decided, as untrusted text', () => {
    const c = classify(profile({ crmStage: 'Lead\u202e', leadStatus: 'New' }), {
      asOf: AS_OF,
      facts: crmFacts,
    });
    const [prospect] = c.reasons;
    expect(english(prospect?.say)).toBe('prospect: no orders yet, but CRM lifecycle stage "Lead"');
    expect(prospect?.say).toEqual({
      key: 'why_stage_prospect',
      args: [
        {
          kind: 'phrase',
          value: { key: 'fact_crm_stage', args: [{ kind: 'text', value: 'Lead' }] },
        },
      ],
    });
  });

  it('carries each customer’s own currency, sharing thresholds only within one', () => {
    const at = (currency: string, total: number) =>
      classify(profile({ orders: history({ count: 2, total, currency }) }), {
        asOf: AS_OF,
        facts: crmFacts,
      });
    const [eur, eur2, pln] = [at('EUR', 100), at('EUR', 150), at('PLN', 100)].map((c) =>
      bySubgroup(c.reasons),
    );
    expect(eur?.say?.key).toBe('why_subgroup_middling');
    expect(eur?.say?.args).toEqual([
      { kind: 'money', value: 80, currency: 'EUR' },
      { kind: 'money', value: 0, currency: 'EUR' },
      { kind: 'money', value: 500, currency: 'EUR' },
    ]);
    expect(eur2?.say?.args[0]).toEqual({ kind: 'money', value: 120, currency: 'EUR' });
    expect(eur2?.say?.args[1]).toBe(eur?.say?.args[1]);
    expect(pln?.say?.args[1]).toEqual({ kind: 'money', value: 0, currency: 'PLN' });
  });

  it('names the profitable and unprofitable sides of the fallback', () => {
    const at = (total: number, tickets?: number) =>
      bySubgroup(
        classify(profile({ orders: history({ count: 2, total }), tickets }), {
          asOf: AS_OF,
          facts: crmFacts,
        }).reasons,
      )?.say?.key;
    expect(at(625)).toBe('why_subgroup_profitable'); // profit 500: at the limit
    expect(at(624)).toBe('why_subgroup_middling');
    expect(at(100, 6)).toBe('why_subgroup_unprofitable'); // 80 − 90 support cost
  });

  it('survives a JSON round trip, and a stored model note with or without it loads', () => {
    const c = classify(profile({ orders: history({ count: 3 }), tickets: 3 }), {
      asOf: AS_OF,
      facts: crmFacts,
    });
    expect(JSON.parse(JSON.stringify(c.reasons))).toEqual(c.reasons);
    const note = {
      status: 'unavailable',
      reason: 'too-few-repeat-customers',
      message: 'Only 3 repeat customers (the model needs 50); using the rules.',
      customers: 10,
      repeatCustomers: 3,
    };
    expect(unavailableAccountModelSchema.safeParse(note).success).toBe(true);
    const say = { key: 'model_note_too_few_repeat_customers', args: [] };
    expect(unavailableAccountModelSchema.safeParse({ ...note, say }).success).toBe(true);
    const hostile = { key: 'model note <img onerror>', args: [] };
    expect(unavailableAccountModelSchema.safeParse({ ...note, say: hostile }).success).toBe(false);
  });
});
