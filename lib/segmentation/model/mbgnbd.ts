/**
 * MBG/NBD (Batislam, Denizel and Filiztekin 2007; expectation corrected by Wagner and Hoppe
 * 2008): BG/NBD with one change, a customer may also drop out right after the first purchase.
 * That is what Rung uses for P(alive) by default: BG/NBD says every one-time buyer is certainly
 * alive (P = 1 whether they bought last week or three years ago), which would hide exactly the
 * customers the "dead" category is about. MBG/NBD gives them a P(alive) that falls with silence.
 */
import { fitBetaGeo, type BetaGeoFit, type BetaGeoParams } from './beta-geo';
import { groupHistories, type CustomerHistory } from './histories';
import { expectationBrackets } from './expectation-series';

/** Fit MBG/NBD by maximum likelihood to `[{ x, tx, T }]` (any one time unit). */
export function fitMbgNbd(customers: readonly CustomerHistory[]): BetaGeoFit {
  return fitBetaGeo(groupHistories(customers), 'mbgnbd');
}

const logSilenceRatio = (p: BetaGeoParams, h: CustomerHistory) =>
  (p.r + h.x) * (Math.log(p.alpha + h.T) - Math.log(p.alpha + h.tx));

/** P(alive | x, t_x, T) under MBG/NBD: below 1 for every customer, one-time buyers included. */
export function mbgNbdProbabilityAlive(p: BetaGeoParams, h: CustomerHistory): number {
  return 1 / (1 + (p.a / (p.b + h.x)) * Math.exp(logSilenceRatio(p, h)));
}

/** E[purchases in (T, T+t] | x, t_x, T] under MBG/NBD (Wagner and Hoppe 2008). */
export function mbgNbdExpectedPurchases(p: BetaGeoParams, h: CustomerHistory, t: number): number {
  return mbgNbdExpectedPurchasesMany(p, h, [t])[0] ?? NaN;
}

/** mbgNbdExpectedPurchases for several horizons t at once; see expectation-series.ts. */
export function mbgNbdExpectedPurchasesMany(
  p: BetaGeoParams,
  h: CustomerHistory,
  ts: readonly number[],
): number[] {
  const { r, alpha, a, b } = p;
  const { x, T } = h;
  const C = a + b + x;
  const zs = ts.map((t) => t / (alpha + T + t));
  const alive = mbgNbdProbabilityAlive(p, h);
  return expectationBrackets(a, C, C - r - x, zs).map((s, j) => (ts[j]! > 0 ? C * s * alive : 0));
}
