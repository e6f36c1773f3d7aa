import { describe, expect, it } from 'vitest';
import type { Profile } from '../domain/profile';
import { dayNumber } from '../segmentation';
import { simulateAccount } from '../segmentation/model/testing/simulate';
import { segmentationPort } from './segmentation-port';

const ASOF = '2026-03-01';
const settings = segmentationPort.defaultSettings();

/** Simulated MBG/NBD customers turned into the profiles a store would hold. */
function simulatedProfiles(customers: number): Profile[] {
  const end = dayNumber(ASOF);
  const transactions = simulateAccount({
    customers,
    seed: 7,
    purchase: { r: 0.5, alpha: 20, a: 0.8, b: 2.5 },
    variant: 'mbgnbd',
    spend: { p: 6, q: 4, gamma: 15 },
    maxAgeDays: 540,
  });
  const byCustomer = new Map<string, Profile>();
  for (const t of transactions) {
    const profile = byCustomer.get(t.customer) ?? {
      key: { crm: 'shopify', account: 'sim', id: t.customer },
      orders: [],
    };
    const placedAt = new Date((end - 540 + t.day) * 86_400_000).toISOString().slice(0, 10);
    profile.orders?.push({
      id: `${t.customer}-${t.day}`,
      placedAt,
      total: t.value ?? 0,
      status: 'paid',
    });
    byCustomer.set(t.customer, profile);
  }
  return [...byCustomer.values()];
}

describe('the customer-base model in the store', () => {
  it('fits a model for an account with enough repeat customers and scores each customer', () => {
    const profiles = simulatedProfiles(1_500);
    const context = segmentationPort.buildAccountContext(profiles, settings, ASOF);
    const repeat = profiles.find((p) => (p.orders?.length ?? 0) >= 3);
    if (!repeat) throw new Error('the simulation produced no repeat customer');
    const result = segmentationPort.classify(repeat, ASOF, settings, context);
    expect(result.prediction?.pAlive).toBeGreaterThan(0);
    expect(result.prediction?.pAlive).toBeLessThanOrEqual(1);
    expect(result.prediction?.expectedPurchases365).toBeGreaterThan(0);
    expect(result.modelNote).toBeUndefined();
  });

  it('falls back to the rules and says why when the account is too small', () => {
    const profiles = simulatedProfiles(30);
    const context = segmentationPort.buildAccountContext(profiles, settings, ASOF);
    const [first] = profiles;
    if (!first) throw new Error('no profile');
    const result = segmentationPort.classify(first, ASOF, settings, context);
    expect(result.prediction).toBeUndefined();
    // …as a sentence, for the side panel in the user's language.
    expect(result.modelNote?.key).toMatch(/^model_note_/);
    expect(result.deadRoute ?? 'rules').toBe('rules');
  });

  it('still reads contexts stored before the model was added', () => {
    const profiles = simulatedProfiles(30);
    const [first] = profiles;
    if (!first) throw new Error('no profile');
    const legacy = (
      segmentationPort.buildAccountContext(profiles, settings, ASOF) as { rules: unknown }
    ).rules;
    const result = segmentationPort.classify(first, ASOF, settings, legacy);
    expect(result.stage).toBeDefined();
    expect(result.prediction).toBeUndefined();
  });
});
