/**
 * MBG/NBD (Batislam, Denizel and Filiztekin 2007; expectation corrected by Wagner and Hoppe
 * 2008): BG/NBD with one change, a customer may also drop out right after the first purchase.
 * That is what Rung uses for P(alive) by default: BG/NBD says every one-time buyer is certainly
 * alive (P = 1 whether they bought last week or three years ago), which would hide exactly the
 * customers the "dead" category is about. MBG/NBD gives them a P(alive) that falls with silence.
 */
import { aboveOneMany } from './bgnbd';
import { fitBetaGeo, type BetaGeoFit, type BetaGeoParams } from './beta-geo';
import { groupHistories, type CustomerHistory } from './histories';
import { hyp2f1Many } from './special-functions';

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

/** mbgNbdExpectedPurchases for several horizons t at once (they share the series' coefficients). */
export function mbgNbdExpectedPurchasesMany(
  p: BetaGeoParams,
  h: CustomerHistory,
  ts: readonly number[],
): number[] {
  const { r, alpha, a, b } = p;
  const { x, T } = h;
  const zs = ts.map((t) => t / (alpha + T + t));
  const decays = ts.map((t) => Math.exp((r + x) * (Math.log(alpha + T) - Math.log(alpha + T + t))));
  const alive = mbgNbdProbabilityAlive(p, h);
  const at = (a1: number) =>
    hyp2f1Many(r + x, b + x + 1, a1 + b + x, zs).map(
      (hyp, j) => ((a1 + b + x) / (a1 - 1)) * (1 - decays[j]! * hyp),
    );
  return aboveOneMany(a, at).map((numerator, j) => (ts[j]! > 0 ? numerator * alive : 0));
}
