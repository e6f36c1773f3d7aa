import { describe, expect, it } from 'vitest';
import { bgNbdProbabilityAlive } from './bgnbd';
import { mbgNbdExpectedPurchases, mbgNbdProbabilityAlive } from './mbgnbd';
import type { FittedAccountModel, ModelCustomer } from './predict';
import { scoreCustomer, scoreCustomers } from './score';

// Parameters of the size a fit in days gives (the CDNOW sample in days: r 0.52, α 43, a 0.89,
// b 1.61); scoring is pure, so fixing them isolates it from the fit.
const params = { r: 0.52, alpha: 43, a: 0.89, b: 1.61 };
const model: FittedAccountModel = {
  status: 'fitted',
  model: 'mbgnbd',
  asOf: '2026-01-01',
  params,
  spend: { p: 6.25, q: 3.74, gamma: 15.44 },
  margin: 0.4,
  monthlyDiscountRate: 0.01,
  quality: {
    customers: 1000,
    repeatCustomers: 400,
    invalidRows: 0,
    logLikelihood: -1,
    calibrationError: 0.01,
    confidence: 'medium',
    spendUnavailable: null,
  },
};
const weekly: ModelCustomer = { x: 40, tx: 290, T: 300, monetary: 30 };
const lapsedHeavy: ModelCustomer = { x: 40, tx: 290, T: 1000, monetary: 30 };

describe('P(alive)', () => {
  it('is below 1 for one-time buyers under MBG/NBD, falling with silence; 1 under BG/NBD', () => {
    const recent = mbgNbdProbabilityAlive(params, { x: 0, tx: 0, T: 10 });
    const old = mbgNbdProbabilityAlive(params, { x: 0, tx: 0, T: 1000 });
    expect(recent).toBeLessThan(1);
    expect(old).toBeLessThan(recent);
    expect(bgNbdProbabilityAlive(params, { x: 0, tx: 0, T: 1000 })).toBe(1);
  });

  it('is high for a weekly buyer seen last week and near 0 once they go silent for two years', () => {
    expect(scoreCustomer(model, weekly)!.pAlive).toBeGreaterThan(0.9);
    expect(scoreCustomer(model, lapsedHeavy)!.pAlive).toBeLessThan(0.01);
  });

  it('does not overflow for extreme histories', () => {
    const p = mbgNbdProbabilityAlive(params, { x: 5000, tx: 1, T: 1e6 });
    expect(p).toBe(0);
  });
});

describe('expected purchases', () => {
  it('match a simulation of new customers under MBG/NBD (within 3 standard errors)', () => {
    // With x = t_x = T = 0 the conditional expectation is the population's: simulate it.
    let seed = 12345;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const gamma = (shape: number): number => {
      // Gamma(k, 1) as a sum of k unit exponentials: exact for the integer shapes used here.
      let sum = 0;
      for (let i = 0; i < shape; i++) sum -= Math.log(1 - random());
      return sum;
    };
    // Integer-friendly parameters keep the simulation dependency-free.
    const p = { r: 2, alpha: 60, a: 1, b: 3 };
    const t = 365;
    const n = 40_000;
    let total = 0;
    let totalSq = 0;
    for (let i = 0; i < n; i++) {
      const lambda = gamma(p.r) / p.alpha;
      const ga = gamma(p.a);
      const dropout = ga / (ga + gamma(p.b));
      let count = 0;
      let time = 0;
      let alive = random() >= dropout; // MBG/NBD: may leave right after the first purchase
      while (alive) {
        time -= Math.log(1 - random()) / lambda;
        if (time > t) break;
        count++;
        alive = random() >= dropout;
      }
      total += count;
      totalSq += count * count;
    }
    const mean = total / n;
    const se = Math.sqrt((totalSq / n - mean * mean) / n);
    const expected = mbgNbdExpectedPurchases(p, { x: 0, tx: 0, T: 0 }, t);
    expect(Math.abs(expected - mean)).toBeLessThan(3 * se);
  });

  it('grow with the horizon and with the buying rate', () => {
    const s = scoreCustomer(model, weekly)!;
    expect(s.expectedPurchases365).toBeGreaterThan(s.expectedPurchases90);
    expect(s.expectedPurchases90).toBeGreaterThan(
      scoreCustomer(model, lapsedHeavy)!.expectedPurchases90,
    );
  });
});

describe('expected next order', () => {
  it('is the first day by which one more order is expected', () => {
    const s = scoreCustomer(model, weekly)!;
    expect(s.expectedNextOrderAt).not.toBeNull();
    const days = (Date.parse(s.expectedNextOrderAt!) - Date.parse(model.asOf)) / 86_400_000;
    const h = { x: weekly.x, tx: weekly.tx, T: weekly.T };
    expect(mbgNbdExpectedPurchases(params, h, days)).toBeGreaterThanOrEqual(1);
    expect(mbgNbdExpectedPurchases(params, h, days - 1)).toBeLessThan(1);
  });

  it('is exact to the day for customers of every buying rate', () => {
    for (let x = 1; x <= 60; x += 3) {
      const h = { x, tx: 280, T: 300 };
      const s = scoreCustomer(model, { ...h, monetary: 20 })!;
      if (s.expectedNextOrderAt === null) {
        expect(mbgNbdExpectedPurchases(params, h, 730.5)).toBeLessThan(1);
        continue;
      }
      const days = (Date.parse(s.expectedNextOrderAt) - Date.parse(model.asOf)) / 86_400_000;
      expect(mbgNbdExpectedPurchases(params, h, days), `x=${x}`).toBeGreaterThanOrEqual(1);
      expect(mbgNbdExpectedPurchases(params, h, days - 1), `x=${x}`).toBeLessThan(1);
    }
  });

  it('is null when the model does not expect an order within two years', () => {
    expect(scoreCustomer(model, lapsedHeavy)!.expectedNextOrderAt).toBeNull();
  });
});

describe('value over the next 12 months', () => {
  it('is profit with a margin and revenue without, the same forecast either way', () => {
    const profit = scoreCustomer(model, weekly)!;
    const revenue = scoreCustomer({ ...model, margin: null }, weekly)!;
    expect(profit.valueBasis).toBe('profit');
    expect(revenue.valueBasis).toBe('revenue');
    expect(profit.value12m! / revenue.value12m!).toBeCloseTo(0.4, 12);
  });

  it('equals expected purchases × expected order value when nothing is discounted', () => {
    const s = scoreCustomer({ ...model, monthlyDiscountRate: 0, margin: null }, weekly)!;
    const purchases = mbgNbdExpectedPurchases(params, weekly, 365.25);
    expect(s.value12m!).toBeCloseTo(purchases * s.expectedAverageOrderValue!, 8);
    const discounted = scoreCustomer(
      { ...model, monthlyDiscountRate: 0.05, margin: null },
      weekly,
    )!;
    expect(discounted.value12m!).toBeLessThan(s.value12m!);
  });

  it('is null, with the order value, when there is no spend model', () => {
    const s = scoreCustomer({ ...model, spend: null }, weekly)!;
    expect(s.expectedAverageOrderValue).toBeNull();
    expect(s.value12m).toBeNull();
    expect(s.pAlive).toBeGreaterThan(0.9);
  });

  it('uses the population mean spend when a customer’s own is unknown', () => {
    const s = scoreCustomer(model, { ...weekly, monetary: NaN })!;
    expect(s.expectedAverageOrderValue).toBeCloseTo((6.25 * 15.44) / 2.74, 10);
  });
});

describe('scoring input it cannot trust', () => {
  it('returns null for invalid histories instead of throwing', () => {
    for (const bad of [
      { x: NaN, tx: 0, T: 1, monetary: 1 },
      { x: 2, tx: 9, T: 5, monetary: 1 },
      { x: -1, tx: 0, T: 5, monetary: 1 },
    ]) {
      expect(scoreCustomer(model, bad)).toBeNull();
    }
  });

  it('returns null for a stored model whose parameters no fit can produce', () => {
    for (const bad of [-0.5, 0, Number.NaN, Infinity]) {
      const broken = { ...model, params: { ...params, a: bad } };
      expect(scoreCustomer(broken, weekly)).toBeNull();
    }
  });

  it('scores a batch exactly as one at a time', () => {
    const batch = [weekly, lapsedHeavy, weekly, { x: 0, tx: 0, T: 40, monetary: null }];
    expect(scoreCustomers(model, batch)).toEqual(batch.map((c) => scoreCustomer(model, c)));
  });
});
