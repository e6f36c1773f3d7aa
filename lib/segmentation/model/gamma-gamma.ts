/**
 * The Gamma-Gamma spend model (Fader and Hardie 2013, after Colombo and Jiang 1999): each
 * purchase's value is Gamma(p, ν) with the customer's own ν ~ Gamma(q, γ), so a customer's mean
 * spend is shrunk toward the population mean, the more the fewer purchases they have made.
 * Fitted on repeat customers only (x > 0, monetary = mean value of their repeat purchases),
 * which is how the published CDNOW results were obtained.
 */
import { minimize } from './optimize';
import { LOG_PARAM_LIMIT } from './beta-geo';
import { logGamma } from './special-functions';

export interface SpendHistory {
  /** Repeat purchases. */
  x: number;
  /** Mean value of those repeat purchases. */
  monetary: number;
}

export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit extends GammaGammaParams {
  logLikelihood: number;
  converged: boolean;
  /** Customers the fit used (x > 0 and a positive, finite monetary value). */
  customers: number;
}

const usable = (s: SpendHistory) =>
  Number.isInteger(s.x) && s.x > 0 && Number.isFinite(s.monetary) && s.monetary > 0;

/** Log-likelihood of the spend data as a function of (p, q, γ), constants precomputed. */
export function gammaGammaLogLikelihood(
  spends: readonly SpendHistory[],
): (g: GammaGammaParams) => number {
  const rows = spends.filter(usable);
  const xs = [...new Set(rows.map((s) => s.x))];
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const xOf = Int32Array.from(rows, (s) => xIndex.get(s.x)!);
  const x = Float64Array.from(rows, (s) => s.x);
  const xm = Float64Array.from(rows, (s) => s.x * s.monetary);
  const logM = Float64Array.from(rows, (s) => Math.log(s.monetary));
  const logX = Float64Array.from(rows, (s) => Math.log(s.x));
  const perX = new Float64Array(xs.length);

  return ({ p, q, gamma }) => {
    if (!(p > 0 && q > 0 && gamma > 0)) return NaN;
    const common = q * Math.log(gamma) - logGamma(q);
    xs.forEach((v, i) => (perX[i] = logGamma(p * v + q) - logGamma(p * v) + common));
    let ll = 0;
    for (let i = 0; i < rows.length; i++) {
      const px = p * x[i]!;
      ll +=
        perX[xOf[i]!]! + (px - 1) * logM[i]! + px * logX[i]! - (px + q) * Math.log(gamma + xm[i]!);
    }
    return ll;
  };
}

export function fitGammaGamma(spends: readonly SpendHistory[]): GammaGammaFit {
  const customers = spends.filter(usable).length;
  const ll = gammaGammaLogLikelihood(spends);
  const toParams = (v: number[]): GammaGammaParams => ({
    p: Math.exp(v[0]!),
    q: Math.exp(v[1]!),
    gamma: Math.exp(v[2]!),
  });
  const meanSpend = spends.filter(usable).reduce((s, c) => s + c.monetary, 0) / (customers || 1);
  // Start where the population mean p·γ/(q − 1) equals the observed mean spend.
  const start = [0, Math.log(2), Math.log(Math.max(meanSpend, 1e-6))];
  const n = Math.max(1, customers);
  const result = minimize((v) => -ll(toParams(v)) / n, start);
  const params = toParams(result.x);
  const logLikelihood = ll(params);
  const inRange = result.x.every((v) => Math.abs(v) < LOG_PARAM_LIMIT);
  return {
    ...params,
    logLikelihood,
    customers,
    converged: customers > 0 && result.converged && inRange && Number.isFinite(logLikelihood),
  };
}

/**
 * Expected mean purchase value of a customer: a weighted mean of the population mean
 * p·γ/(q − 1) and their own mean (FH 2013, eq. 5). The population mean for customers with no
 * usable repeat spend. NaN when q ≤ 1, where the population mean does not exist.
 */
export function expectedAverageSpend(g: GammaGammaParams, s: SpendHistory): number {
  if (!(g.q > 1)) return NaN;
  if (!usable(s)) return (g.p * g.gamma) / (g.q - 1);
  return (g.p * (g.gamma + s.x * s.monetary)) / (g.p * s.x + g.q - 1);
}
