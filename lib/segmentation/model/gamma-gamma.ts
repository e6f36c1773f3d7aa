/**
 * The Gamma-Gamma spend model (Fader and Hardie 2013, after Colombo and Jiang 1999): each
 * purchase's value is Gamma(p, ν) with the customer's own ν ~ Gamma(q, γ), so a customer's mean
 * spend is shrunk toward the population mean, the more the fewer purchases they have made.
 * Fitted on repeat customers only (x > 0, monetary = mean value of their repeat purchases),
 * which is how the published CDNOW results were obtained.
 */
import { maximiseOnLogScale } from './fit-log-scale';
import { digamma, logGamma } from './special-functions';

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

/**
 * Log-likelihood of the spend data as a function of (p, q, γ), constants precomputed; when
 * `gradient` is passed it receives ∂ ln L / ∂(p, q, γ).
 */
export function gammaGammaLogLikelihood(
  spends: readonly SpendHistory[],
): (g: GammaGammaParams, gradient?: number[]) => number {
  const rows = spends.filter(usable);
  const xs = [...new Set(rows.map((s) => s.x))];
  const xIndex = new Map(xs.map((x, i) => [x, i]));
  const xOf = Int32Array.from(rows, (s) => xIndex.get(s.x) ?? 0);
  const x = Float64Array.from(rows, (s) => s.x);
  const xm = Float64Array.from(rows, (s) => s.x * s.monetary);
  const logM = Float64Array.from(rows, (s) => Math.log(s.monetary));
  const logX = Float64Array.from(rows, (s) => Math.log(s.x));
  // Σ x (ln m + ln x) does not depend on the parameters: ∂/∂p of (px−1) ln m + px ln x.
  const sumXLogs = rows.reduce((sum, _, i) => sum + x[i]! * (logM[i]! + logX[i]!), 0);
  const perX = new Float64Array(xs.length);
  const psiPxq = new Float64Array(xs.length);
  const psiPx = new Float64Array(xs.length);

  return ({ p, q, gamma }, gradient) => {
    if (!(p > 0 && q > 0 && gamma > 0)) return NaN;
    const logGammaParam = Math.log(gamma);
    const common = q * logGammaParam - logGamma(q);
    for (let i = 0; i < xs.length; i++) {
      const px = p * xs[i]!;
      perX[i] = logGamma(px + q) - logGamma(px) + common;
      if (gradient) {
        psiPxq[i] = digamma(px + q);
        psiPx[i] = digamma(px);
      }
    }
    let ll = 0;
    let gp = sumXLogs;
    let gq = 0;
    let gGamma = 0;
    for (let i = 0; i < rows.length; i++) {
      const xi = x[i]!;
      const px = p * xi;
      const logSpent = Math.log(gamma + xm[i]!);
      ll += perX[xOf[i]!]! + (px - 1) * logM[i]! + px * logX[i]! - (px + q) * logSpent;
      if (gradient) {
        const j = xOf[i]!;
        gp += xi * (psiPxq[j]! - psiPx[j]! - logSpent);
        gq += psiPxq[j]! + logGammaParam - logSpent;
        gGamma += q / gamma - (px + q) / (gamma + xm[i]!);
      }
    }
    if (gradient) gradient.splice(0, gradient.length, gp, gq - rows.length * digamma(q), gGamma);
    return ll;
  };
}

export function fitGammaGamma(spends: readonly SpendHistory[]): GammaGammaFit {
  const usableSpends = spends.filter(usable);
  const customers = usableSpends.length;
  const ll = gammaGammaLogLikelihood(usableSpends);
  const asParams = ([p = NaN, q = NaN, gamma = NaN]: number[]) => ({ p, q, gamma });
  const meanSpend = usableSpends.reduce((s, c) => s + c.monetary, 0) / (customers || 1);
  // Start where the population mean p·γ/(q − 1) equals the observed mean spend.
  const start = [0, Math.log(2), Math.log(Math.max(meanSpend, 1e-6))];
  const fit = maximiseOnLogScale((theta, g) => ll(asParams(theta), g), start, customers);
  return {
    ...asParams(fit.theta),
    logLikelihood: fit.logLikelihood,
    customers,
    converged: customers > 0 && fit.converged,
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
