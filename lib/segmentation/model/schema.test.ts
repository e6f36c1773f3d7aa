import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { fitAccountModel, type AccountModel } from './predict';
import { accountModelSchema } from './schema';
import { summarise } from './summarise';
import { simulateAccount } from './testing/simulate';

const options = { asOf: '2026-11-23', margin: 0.4, monthlyDiscountRate: 0.01 };

describe('accountModelSchema', () => {
  it('describes exactly the AccountModel type', () => {
    expectTypeOf<z.infer<typeof accountModelSchema>>().toEqualTypeOf<AccountModel>();
  });

  it('accepts what fitAccountModel returns, fitted or not, after a JSON round trip', () => {
    const tx = simulateAccount({
      customers: 2000,
      seed: 4,
      purchase: { r: 0.6, alpha: 40, a: 0.8, b: 2.5 },
      variant: 'mbgnbd',
      spend: { p: 6, q: 4, gamma: 15 },
      maxAgeDays: 730,
    });
    const fitted = fitAccountModel(summarise(tx, { observationEnd: 730, unit: 'day' }), options);
    expect(fitted.status).toBe('fitted');
    const unavailable = fitAccountModel([], options);
    for (const m of [fitted, unavailable]) {
      expect(accountModelSchema.parse(JSON.parse(JSON.stringify(m)))).toEqual(m);
    }
  });

  it('refuses impossible parameters and out-of-range settings', () => {
    const base = {
      status: 'fitted',
      model: 'mbgnbd',
      asOf: '2026-11-23',
      params: { r: 0.5, alpha: 40, a: 0.8, b: 2 },
      spend: null,
      margin: null,
      monthlyDiscountRate: 0.01,
      quality: {
        customers: 10,
        repeatCustomers: 5,
        invalidRows: 0,
        logLikelihood: -3,
        calibrationError: 0.01,
        confidence: 'low',
        spendUnavailable: null,
      },
    };
    expect(accountModelSchema.safeParse(base).success).toBe(true);
    expect(
      accountModelSchema.safeParse({ ...base, params: { ...base.params, a: -1 } }).success,
    ).toBe(false);
    expect(
      accountModelSchema.safeParse({ ...base, params: { ...base.params, r: Number.NaN } }).success,
    ).toBe(false);
    expect(accountModelSchema.safeParse({ ...base, margin: 1.5 }).success).toBe(false);
    expect(accountModelSchema.safeParse({ ...base, status: 'maybe' }).success).toBe(false);
  });
});
