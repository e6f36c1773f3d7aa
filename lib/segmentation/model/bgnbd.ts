/**
 * BG/NBD (Fader, Hardie and Lee 2005, "Counting Your Customers the Easy Way"): the fit, the
 * probability that a customer is still alive and the expected number of purchases in the next t
 * time units. Time is in whatever unit the histories use.
 *
 * BG/NBD cannot see a customer drop out before their first repeat purchase, so it gives every
 * one-time buyer P(alive) = 1 however long ago they bought: that is why Rung uses MBG/NBD for
 * P(alive) by default (see mbgnbd.ts and README.md).
 */
import { fitBetaGeo, type BetaGeoFit, type BetaGeoParams } from './beta-geo';
import { groupHistories, type CustomerHistory } from './histories';
import { expectationBrackets } from './expectation-series';

/** Fit BG/NBD by maximum likelihood to `[{ x, tx, T }]` (any one time unit). */
export function fitBgNbd(customers: readonly CustomerHistory[]): BetaGeoFit {
  return fitBetaGeo(groupHistories(customers), 'bgnbd');
}

/** (α+T)/(α+t_x) raised to r+x, in log space: it overflows for long-silent heavy buyers. */
const logSilenceRatio = (p: BetaGeoParams, h: CustomerHistory) =>
  (p.r + h.x) * (Math.log(p.alpha + h.T) - Math.log(p.alpha + h.tx));

/** P(alive | x, t_x, T) under BG/NBD; exactly 1 for x = 0 by the model's construction. */
export function bgNbdProbabilityAlive(p: BetaGeoParams, h: CustomerHistory): number {
  if (h.x === 0) return 1;
  return 1 / (1 + (p.a / (p.b + h.x - 1)) * Math.exp(logSilenceRatio(p, h)));
}

/**
 * E[purchases in (T, T+t] | x, t_x, T] (FHL 2005, eq. 10). NaN when the hypergeometric series
 * cannot be evaluated (a + b + x − 1 ≤ 0), so callers refuse the number rather than show it.
 */
export function bgNbdExpectedPurchases(p: BetaGeoParams, h: CustomerHistory, t: number): number {
  return bgNbdExpectedPurchasesMany(p, h, [t])[0] ?? NaN;
}

/** bgNbdExpectedPurchases for several horizons t at once; see expectation-series.ts. */
export function bgNbdExpectedPurchasesMany(
  p: BetaGeoParams,
  h: CustomerHistory,
  ts: readonly number[],
): number[] {
  const { r, alpha, a, b } = p;
  const { x, T } = h;
  const C = a + b + x - 1;
  const zs = ts.map((t) => t / (alpha + T + t));
  const denominator = x > 0 ? 1 + (a / (b + x - 1)) * Math.exp(logSilenceRatio(p, h)) : 1;
  return expectationBrackets(a, C, C - r - x, zs).map((s, j) =>
    ts[j]! > 0 ? (C * s) / denominator : 0,
  );
}
