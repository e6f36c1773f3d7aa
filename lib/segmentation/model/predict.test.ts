import { beforeAll, describe, expect, it } from 'vitest';
import { fitMbgNbd } from './mbgnbd';
import { fitAccountModel, type ModelCustomer } from './predict';
import { summarise } from './summarise';
import { simulateAccount } from './testing/simulate';

const options = { asOf: '2026-11-23', margin: 0.4, monthlyDiscountRate: 0.01 };
const purchase = { r: 0.6, alpha: 40, a: 0.8, b: 2.5 };
const spend = { p: 6, q: 4, gamma: 15 };

/** A simulated account in days, summarised by our own code. */
function account(customers: number, seed: number, variant: 'mbgnbd' | 'bgnbd' = 'mbgnbd') {
  const tx = simulateAccount({ customers, seed, purchase, variant, spend, maxAgeDays: 730 });
  return summarise(tx, { observationEnd: 730, unit: 'day' });
}

describe('fitAccountModel on a simulated account', () => {
  let customers: ModelCustomer[];
  beforeAll(() => {
    customers = account(20_000, 11);
  });

  it('recovers the parameters it was simulated with (MBG/NBD and Gamma-Gamma, ±15 %)', () => {
    const m = fitAccountModel(customers, options);
    expect(m.status).toBe('fitted');
    if (m.status !== 'fitted') return;
    // Whole-day timestamps and same-day merging blur r and α a little; 20,000 customers keep
    // the sampling error well inside 15 %.
    for (const [name, want] of Object.entries(purchase)) {
      const got = m.params[name as keyof typeof purchase];
      expect(Math.abs(got - want) / want, name).toBeLessThan(0.15);
    }
    expect(m.spend).not.toBeNull();
    for (const [name, want] of Object.entries(spend)) {
      const got = m.spend![name as keyof typeof spend];
      expect(Math.abs(got - want) / want, name).toBeLessThan(0.15);
    }
    expect(m.quality.confidence).toBe('high');
    expect(m.quality.calibrationError).toBeLessThan(0.05);
    expect(m.quality.repeatCustomers).toBe(customers.filter((c) => c.x > 0).length);
  });

  it('fits BG/NBD on request', () => {
    const m = fitAccountModel(account(5_000, 3, 'bgnbd'), { ...options, model: 'bgnbd' });
    expect(m.status === 'fitted' && m.model).toBe('bgnbd');
  });

  it('reports revenue, not profit, when the margin is unknown', () => {
    const m = fitAccountModel(customers.slice(0, 3000), { ...options, margin: undefined });
    expect(m.status === 'fitted' && m.margin).toBeNull();
  });
});

describe('fitAccountModel falls back to the rules (and never returns parameters) when', () => {
  const expectUnavailable = (m: ReturnType<typeof fitAccountModel>, reason: string) => {
    expect(m.status).toBe('unavailable');
    expect(m).not.toHaveProperty('params');
    expect(m).not.toHaveProperty('spend');
    if (m.status === 'unavailable') {
      expect(m.reason).toBe(reason);
      expect(m.message.length).toBeGreaterThan(10);
    }
  };

  it('the account has fewer than 50 repeat customers (49 fails, 50 fits)', () => {
    const all = account(2_000, 5);
    const repeat = all.filter((c) => c.x > 0);
    const once = all.filter((c) => c.x === 0);
    const small = [...repeat.slice(0, 49), ...once.slice(0, 60)];
    const m49 = fitAccountModel(small, options);
    expectUnavailable(m49, 'too-few-repeat-customers');
    if (m49.status === 'unavailable') expect(m49.repeatCustomers).toBe(49);
    const m50 = fitAccountModel([...small, repeat[49]!], options);
    expect(m50.status).toBe('fitted');
  });

  it('everyone bought once', () => {
    const once = Array.from({ length: 500 }, (_, i) => ({ x: 0, tx: 0, T: i + 1, monetary: null }));
    expectUnavailable(fitAccountModel(once, options), 'too-few-repeat-customers');
  });

  it('the data are degenerate and the fit runs to a boundary', () => {
    const same = Array.from({ length: 100 }, () => ({ x: 3, tx: 100, T: 100, monetary: 20 }));
    expectUnavailable(fitAccountModel(same, options), 'fit-failed');
  });

  it('nobody leaves and everyone buys at one rate: no interior maximum, refused', () => {
    // Gamma and Beta mixing collapse (r, α, b → ∞, a → 0): the models' heterogeneity is absent.
    const tx = simulateAccount({
      customers: 3000,
      seed: 8,
      purchase: { r: 1e4, alpha: 4e5, a: 1e-3, b: 1e4 },
      variant: 'mbgnbd',
      spend,
      maxAgeDays: 730,
    });
    const customers = summarise(tx, { observationEnd: 730, unit: 'day' });
    expectUnavailable(fitAccountModel(customers, options), 'fit-failed');
    // …and found out quickly, not after thousands of likelihood evaluations.
    const fit = fitMbgNbd(customers);
    expect(fit.converged).toBe(false);
    expect(fit.evaluations).toBeLessThan(1000);
  });

  it('the settings are out of range', () => {
    const customers = account(500, 9);
    expectUnavailable(fitAccountModel(customers, { ...options, asOf: 'soon' }), 'invalid-options');
    expectUnavailable(fitAccountModel(customers, { ...options, margin: 1.5 }), 'invalid-options');
    expectUnavailable(
      fitAccountModel(customers, { ...options, monthlyDiscountRate: -0.1 }),
      'invalid-options',
    );
  });

  it('rows are hostile: they are refused and counted, not fitted and not thrown', () => {
    const bad: ModelCustomer[] = [
      { x: NaN, tx: 1, T: 2, monetary: 1 },
      { x: 2, tx: 50, T: 10, monetary: 1 },
      { x: -1, tx: 0, T: 10, monetary: 1 },
      { x: 1.5, tx: 3, T: 10, monetary: 1 },
      { x: 2, tx: Infinity, T: Infinity, monetary: 1 },
      { x: 0, tx: 5, T: 10, monetary: null },
    ];
    const good = account(3_000, 21);
    const m = fitAccountModel([...good, ...bad], options);
    expect(m.status).toBe('fitted');
    if (m.status === 'fitted') {
      expect(m.quality.invalidRows).toBe(bad.length);
      expect(m.quality.customers).toBe(good.length);
    }
  });
});
