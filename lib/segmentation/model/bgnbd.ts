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
import { hyp2f1 } from './special-functions';

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
  if (t <= 0) return 0;
  const { r, alpha, a, b } = p;
  const { x, T } = h;
  const decay = Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t)));
  const z = t / (alpha + T + t);
  const numerator = aboveOne(a, (a1) => {
    const c = a1 + b + x - 1;
    return (c / (a1 - 1)) * (1 - decay * hyp2f1(r + x, b + x, c, z));
  });
  const denominator = x > 0 ? 1 + (a / (b + x - 1)) * Math.exp(logSilenceRatio(p, h)) : 1;
  return numerator / denominator;
}

/**
 * The expectations divide by a − 1; the limit at a = 1 is finite but the formula is 0/0 there.
 * Near 1, average the values just either side instead (the function is smooth through a = 1).
 */
export function aboveOne(a: number, f: (a: number) => number): number {
  const gap = 1e-4;
  if (Math.abs(a - 1) >= gap) return f(a);
  return (f(1 - gap) + f(1 + gap)) / 2;
}
