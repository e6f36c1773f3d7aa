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
import { hyp2f1Many } from './special-functions';

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

/** bgNbdExpectedPurchases for several horizons t at once (they share the series' coefficients). */
export function bgNbdExpectedPurchasesMany(
  p: BetaGeoParams,
  h: CustomerHistory,
  ts: readonly number[],
): number[] {
  const { r, alpha, a, b } = p;
  const { x, T } = h;
  const zs = ts.map((t) => t / (alpha + T + t));
  const decays = ts.map((t) => Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t))));
  const denominator = x > 0 ? 1 + (a / (b + x - 1)) * Math.exp(logSilenceRatio(p, h)) : 1;
  const at = (a1: number) => {
    const c = a1 + b + x - 1;
    const hyps = hyp2f1Many(r + x, b + x, c, zs);
    return hyps.map((hyp, j) => (c / (a1 - 1)) * (1 - decays[j]! * hyp));
  };
  return aboveOneMany(a, at).map((numerator, j) => (ts[j]! > 0 ? numerator / denominator : 0));
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

/** aboveOne for a function returning one value per horizon. */
export function aboveOneMany(a: number, f: (a: number) => number[]): number[] {
  const gap = 1e-4;
  if (Math.abs(a - 1) >= gap) return f(a);
  const below = f(1 - gap);
  return f(1 + gap).map((v, j) => (v + below[j]!) / 2);
}
