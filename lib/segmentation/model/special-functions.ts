/**
 * The special functions the customer-base models need: log-gamma, log-beta and the Gauss
 * hypergeometric function 2F1. Pure, no dependencies; each is tested against published values.
 */

// Lanczos coefficients for g = 7, n = 9 (Numerical Recipes / Godfrey): about 15 significant
// digits for positive arguments, which is all the likelihoods ever pass.
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (reflection below 0.5); NaN for non-positive integers and NaN input. */
export function logGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return Infinity;
  if (x <= 0 && Number.isInteger(x)) return NaN;
  if (x < 0.5) {
    // Γ(x)Γ(1−x) = π / sin(πx); only |Γ| is wanted, as the likelihoods use positive arguments.
    return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0] as number;
  for (let i = 1; i < LANCZOS_G + 2; i++) sum += (LANCZOS[i] as number) / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return HALF_LOG_TWO_PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * ψ(x) = d/dx ln Γ(x) for x > 0: the recurrence ψ(x) = ψ(x+1) − 1/x lifts x to 10 or more, where
 * the asymptotic series is accurate to about 1e-14. The likelihood gradients need it.
 */
export function digamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return NaN;
  let shift = 0;
  while (x < 10) {
    shift -= 1 / x;
    x += 1;
  }
  const inv2 = 1 / (x * x);
  const series =
    inv2 * (1 / 12 - inv2 * (1 / 120 - inv2 * (1 / 252 - inv2 * (1 / 240 - inv2 / 132))));
  return shift + Math.log(x) - 0.5 / x - series;
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** The largest number of series terms 2F1 sums before it gives up (z near 1 converges slowly). */
export const HYP2F1_MAX_TERMS = 200_000;

/**
 * Gauss hypergeometric 2F1(a, b; c; z) by its power series, for 0 ≤ z < 1 and c > 0, the region
 * the BG/NBD and MBG/NBD expectations use (z = t / (α + T + t)). Returns NaN outside that region
 * or when the series has not converged, so a caller can refuse the number instead of showing a
 * wrong one. The models themselves use the faster transformed series in expectation-series.ts;
 * this is the textbook reference the tests hold it against.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (![a, b, c, z].every(Number.isFinite) || z < 0 || z >= 1 || c <= 0) return NaN;
  let term = 1;
  let sum = 1;
  // The tail after a shrinking term is about term / (1 − z), so the stopping test scales by it.
  const tolerance = 1e-16 * (1 - z);
  for (let n = 0; n < HYP2F1_MAX_TERMS; n++) {
    const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    // Only stop once the terms shrink: the ratio can exceed 1 for the first few n.
    if (ratio < 1 && Math.abs(term) <= tolerance * Math.abs(sum)) return sum;
    if (!Number.isFinite(sum)) return NaN;
  }
  return NaN;
}
