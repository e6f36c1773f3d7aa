/**
 * The likelihood and the fit shared by BG/NBD (Fader, Hardie and Lee 2005) and MBG/NBD
 * (Batislam, Denizel and Filiztekin 2007). Both say: while alive, a customer buys as a Poisson
 * process with rate λ ~ Gamma(r, α); after each purchase they drop out with probability
 * p ~ Beta(a, b). MBG/NBD also lets them drop out at time 0, right after the first purchase,
 * which is what gives one-time buyers a P(alive) below 1.
 *
 * Per customer, with x repeat purchases, recency t_x and age T:
 *   ln L = ln Γ(r+x) − ln Γ(r) + r ln α + ln B(a, b+x+k) − ln B(a, b)
 *          + ln[ (α+T)^−(r+x) + δ · a/(b+x+k−1) · (α+t_x)^−(r+x) ]
 * with k = 0, δ = [x > 0] for BG/NBD and k = 1, δ = 1 for MBG/NBD. The bracket is summed in log
 * space so large x or T never overflow.
 */
import type { GroupedHistories } from './histories';
import { minimize } from './optimize';
import { logGamma } from './special-functions';

export type BetaGeoVariant = 'bgnbd' | 'mbgnbd';

export interface BetaGeoParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

export interface BetaGeoFit extends BetaGeoParams {
  logLikelihood: number;
  /** The optimiser's own check: its last restart no longer improved the likelihood. */
  converged: boolean;
  evaluations: number;
}

/** A log-likelihood function of the parameters, with the data's constants precomputed. */
export function betaGeoLogLikelihood(
  data: GroupedHistories,
  variant: BetaGeoVariant,
): (p: BetaGeoParams) => number {
  const k = variant === 'mbgnbd' ? 1 : 0;
  const { xValues, xWeights, txValues, TValues, rowX, rowTx, rowT, rowWeight } = data;
  const logAT = new Float64Array(TValues.length);
  const logAtx = new Float64Array(txValues.length);
  const tail = new Float64Array(xValues.length); // ln(a/(b+x+k−1)), −∞ where δ = 0
  const rx = new Float64Array(xValues.length);

  return ({ r, alpha, a, b }) => {
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return NaN;
    let ll = 0;
    const common = r * Math.log(alpha) - logGamma(r) + logGamma(a + b) - logGamma(b);
    for (let i = 0; i < xValues.length; i++) {
      const x = xValues[i]!;
      rx[i] = r + x;
      tail[i] = x > 0 || k === 1 ? Math.log(a) - Math.log(b + x + k - 1) : -Infinity;
      const perX = logGamma(r + x) + logGamma(b + x + k) - logGamma(a + b + x + k);
      ll += xWeights[i]! * (common + perX);
    }
    for (let i = 0; i < TValues.length; i++) logAT[i] = Math.log(alpha + TValues[i]!);
    for (let i = 0; i < txValues.length; i++) logAtx[i] = Math.log(alpha + txValues[i]!);
    for (let row = 0; row < rowWeight.length; row++) {
      const xi = rowX[row]!;
      const power = rx[xi]!;
      const u = -power * logAT[rowT[row]!]!;
      const v = tail[xi]! - power * logAtx[rowTx[row]!]!;
      const sum = u > v ? u + Math.log1p(Math.exp(v - u)) : v + Math.log1p(Math.exp(u - v));
      ll += rowWeight[row]! * sum;
    }
    return ll;
  };
}

/** Beyond e^±15 a parameter has run off to a boundary: the fit describes a limit, not a model. */
export const LOG_PARAM_LIMIT = 15;

/** Maximum-likelihood fit on log-parameters; see optimize.ts for the convergence rule. */
export function fitBetaGeo(data: GroupedHistories, variant: BetaGeoVariant): BetaGeoFit {
  const ll = betaGeoLogLikelihood(data, variant);
  const toParams = (v: number[]): BetaGeoParams => ({
    r: Math.exp(v[0]!),
    alpha: Math.exp(v[1]!),
    a: Math.exp(v[2]!),
    b: Math.exp(v[3]!),
  });
  // Scale: α is in the data's time unit, about r × the mean time between purchases; a tenth of
  // the mean age is a neutral start whether the data are in days or weeks.
  const alpha0 = Number.isFinite(data.meanT) && data.meanT > 0 ? data.meanT / 10 : 1;
  const n = Math.max(1, data.customers);
  // Minimise the mean negative log-likelihood so the tolerance means the same at any size.
  const result = minimize((v) => -ll(toParams(v)) / n, [0, Math.log(alpha0), 0, 0]);
  const params = toParams(result.x);
  const logLikelihood = ll(params);
  const inRange = result.x.every((v) => Math.abs(v) < LOG_PARAM_LIMIT);
  return {
    ...params,
    logLikelihood,
    converged: result.converged && inRange && Number.isFinite(logLikelihood),
    evaluations: result.evaluations,
  };
}
