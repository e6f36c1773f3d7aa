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
import { maximiseOnLogScale } from './fit-log-scale';
import { digamma, logGamma } from './special-functions';

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

/**
 * The log-likelihood as a function of the parameters, with the data's constants precomputed.
 * When `gradient` is passed it receives ∂ ln L / ∂(r, α, a, b), used by the BFGS fit.
 */
export function betaGeoLogLikelihood(
  data: GroupedHistories,
  variant: BetaGeoVariant,
): (p: BetaGeoParams, gradient?: number[]) => number {
  const k = variant === 'mbgnbd' ? 1 : 0;
  const { xValues, xWeights, txValues, TValues, rowX, rowTx, rowT, rowWeight } = data;
  const nx = xValues.length;
  const logAT = new Float64Array(TValues.length);
  const logAtx = new Float64Array(txValues.length);
  const invAT = new Float64Array(TValues.length);
  const invAtx = new Float64Array(txValues.length);
  const tail = new Float64Array(nx); // ln(a/(b+x+k−1)), −∞ where the second term is absent
  const rx = new Float64Array(nx);
  const tailWeight = new Float64Array(nx); // Σ weight × share of the second term, per x

  return ({ r, alpha, a, b }, gradient) => {
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return NaN;
    const wantGradient = gradient !== undefined;
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    const logAlpha = Math.log(alpha);
    const common = r * logAlpha - logGamma(r) + logGamma(a + b) - logGamma(b);
    const psiR = wantGradient ? digamma(r) : 0;
    const psiAB = wantGradient ? digamma(a + b) : 0;
    const psiB = wantGradient ? digamma(b) : 0;
    for (let i = 0; i < nx; i++) {
      const x = xValues[i]!;
      const w = xWeights[i]!;
      rx[i] = r + x;
      tail[i] = x > 0 || k === 1 ? Math.log(a) - Math.log(b + x + k - 1) : -Infinity;
      tailWeight[i] = 0;
      ll += w * (common + logGamma(r + x) + logGamma(b + x + k) - logGamma(a + b + x + k));
      if (wantGradient) {
        const psiABX = digamma(a + b + x + k);
        gr += w * (logAlpha - psiR + digamma(r + x));
        gAlpha += (w * r) / alpha;
        ga += w * (psiAB - psiABX);
        gb += w * (psiAB - psiB + digamma(b + x + k) - psiABX);
      }
    }
    for (let i = 0; i < TValues.length; i++) {
      logAT[i] = Math.log(alpha + TValues[i]!);
      invAT[i] = 1 / (alpha + TValues[i]!);
    }
    for (let i = 0; i < txValues.length; i++) {
      logAtx[i] = Math.log(alpha + txValues[i]!);
      invAtx[i] = 1 / (alpha + txValues[i]!);
    }
    for (let row = 0; row < rowWeight.length; row++) {
      const xi = rowX[row]!;
      const ti = rowT[row]!;
      const si = rowTx[row]!;
      const w = rowWeight[row]!;
      const power = rx[xi]!;
      const u = -power * logAT[ti]!;
      const v = tail[xi]! - power * logAtx[si]!;
      // ln(e^u + e^v) and the share of e^v in it, from one exp.
      let shareV: number;
      if (u > v) {
        const e = Math.exp(v - u);
        ll += w * (u + Math.log1p(e));
        shareV = e / (1 + e);
      } else {
        const e = Math.exp(u - v);
        ll += w * (v + Math.log1p(e));
        shareV = 1 / (1 + e);
      }
      if (wantGradient) {
        const shareU = 1 - shareV;
        gr -= w * (shareU * logAT[ti]! + shareV * logAtx[si]!);
        gAlpha -= w * power * (shareU * invAT[ti]! + shareV * invAtx[si]!);
        tailWeight[xi]! += w * shareV;
      }
    }
    if (gradient) {
      for (let i = 0; i < nx; i++) {
        if (tail[i] === -Infinity) continue;
        ga += tailWeight[i]! / a;
        gb -= tailWeight[i]! / (b + xValues[i]! + k - 1);
      }
      gradient.splice(0, gradient.length, gr, gAlpha, ga, gb);
    }
    return ll;
  };
}

/** Maximum-likelihood fit; see fit-log-scale.ts for the search and its convergence check. */
export function fitBetaGeo(data: GroupedHistories, variant: BetaGeoVariant): BetaGeoFit {
  const ll = betaGeoLogLikelihood(data, variant);
  const asParams = ([r = NaN, alpha = NaN, a = NaN, b = NaN]: number[]) => ({ r, alpha, a, b });
  // α is in the data's time unit, about r × the mean time between purchases; a tenth of the
  // mean age is a neutral start whether the data are in days or weeks.
  const alpha0 = Number.isFinite(data.meanT) && data.meanT > 0 ? data.meanT / 10 : 1;
  const fit = maximiseOnLogScale(
    (theta, gradient) => ll(asParams(theta), gradient),
    [0, Math.log(alpha0), 0, 0],
    data.customers,
  );
  return {
    ...asParams(fit.theta),
    logLikelihood: fit.logLikelihood,
    // With no repeat purchase at all there is nothing to learn dropout from: any optimum is flat.
    converged: fit.converged && data.repeatCustomers > 0,
    evaluations: fit.evaluations,
  };
}
