/**
 * The oracle: the published CDNOW results (tests/fixtures/cdnow/README.md), reproduced from the
 * raw sample transactions summarised by our own code through 1997-09-30.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CDNOW_CALIBRATION_END,
  loadPublishedSummary,
  loadPublishedSummaryWithSpend,
  loadSampleTransactions,
} from '../../../tests/fixtures/cdnow/load';
import { bgNbdExpectedPurchases, fitBgNbd } from './bgnbd';
import { expectedAverageSpend, fitGammaGamma, type GammaGammaFit } from './gamma-gamma';
import type { BetaGeoFit } from './beta-geo';
import { summarise, type CustomerSummary } from './summarise';

const withinRel = (got: number, want: number, tolerance: number) =>
  expect(Math.abs(got - want) / Math.abs(want)).toBeLessThanOrEqual(tolerance);
const round2 = (v: number) => Math.round(v * 100) / 100;

let summary: CustomerSummary[];
let byId: Map<string, CustomerSummary>;
beforeAll(() => {
  summary = summarise(loadSampleTransactions(), {
    observationEnd: CDNOW_CALIBRATION_END,
    unit: 'week',
  });
  byId = new Map(summary.map((c) => [c.customer, c]));
});

describe('summarise on the CDNOW sample through 1997-09-30', () => {
  it('reproduces cdnow_customers_summary.csv row for row', () => {
    const published = loadPublishedSummary();
    expect(published).toHaveLength(2357);
    expect(summary).toHaveLength(published.length);
    const mismatches = published.filter((p) => {
      const c = byId.get(p.id);
      return !c || c.x !== p.x || round2(c.tx) !== p.tx || round2(c.T) !== p.T;
    });
    expect(mismatches).toEqual([]);
  });

  it('reproduces zbar, the mean repeat spend, for the 946 repeat customers', () => {
    const published = loadPublishedSummaryWithSpend();
    expect(summary.filter((c) => c.x > 0)).toHaveLength(946);
    const mismatches = published.filter((p) => {
      const z = byId.get(p.id)?.monetary ?? 0;
      // The file rounds half-up to cents; allow exactly that rounding and no more.
      return Math.abs(z - p.zbar) > 0.005 + 1e-9;
    });
    expect(mismatches).toEqual([]);
  });
});

describe('BG/NBD on the CDNOW sample (Fader, Hardie and Lee 2005)', () => {
  let fit: BetaGeoFit;
  beforeAll(() => {
    fit = fitBgNbd(summary);
  });

  it('estimates r, alpha, a, b and the log-likelihood within 0.5 %', () => {
    expect(fit.converged).toBe(true);
    withinRel(fit.r, 0.2425945, 0.005);
    withinRel(fit.alpha, 4.4136019, 0.005);
    withinRel(fit.a, 0.7929199, 0.005);
    withinRel(fit.b, 2.4258881, 0.005);
    withinRel(fit.logLikelihood, -9582.429, 0.005);
  });

  it('expects 1.226 purchases in 39 weeks for x = 2, t_x = 30.43, T = 38.86 (±0.002)', () => {
    const e = bgNbdExpectedPurchases(fit, { x: 2, tx: 30.43, T: 38.86 }, 39);
    expect(Math.abs(e - 1.226)).toBeLessThanOrEqual(0.002);
  });
});

describe('Gamma-Gamma on the CDNOW sample (Fader and Hardie 2013)', () => {
  let fit: GammaGammaFit;
  const spendOf = (c: CustomerSummary) => ({ x: c.x, monetary: c.monetary ?? NaN });
  beforeAll(() => {
    fit = fitGammaGamma(summary.map(spendOf));
  });

  it('fits on the 946 repeat customers: p, q, gamma within 1 %', () => {
    expect(fit.converged).toBe(true);
    expect(fit.customers).toBe(946);
    withinRel(fit.p, 6.25, 0.01);
    withinRel(fit.q, 3.74, 0.01);
    withinRel(fit.gamma, 15.44, 0.01);
    expect(fit.logLikelihood).toBeCloseTo(-4055.92, 1);
  });

  it('gives the published expected average spend of customers 1 to 10 (±0.1)', () => {
    const published = [24.65, 18.91, 35.17, 35.17, 35.17, 71.46, 18.91, 35.17, 27.28, 35.17];
    published.forEach((want, i) => {
      const c = byId.get(String(i + 1));
      expect(c).toBeDefined();
      const got = expectedAverageSpend(fit, spendOf(c!));
      expect(Math.abs(got - want), `customer ${i + 1}`).toBeLessThanOrEqual(0.1);
    });
  });
});
