/**
 * The hypergeometric part of the BG/NBD and MBG/NBD conditional expectations, rewritten to be
 * fast and exact near a = 1.
 *
 * Both expectations have the form (with z = t/(α+T+t), so 1 − z = (α+T)/(α+T+t)):
 *   E = C/(a−1) · [1 − (1−z)^(r+x) · 2F1(r+x, B₀; C; z)] · (1 / denominator)
 * with C = a+b+x−1, B₀ = b+x (BG/NBD) or C = a+b+x, B₀ = b+x+1 (MBG/NBD). Euler's
 * transformation 2F1(p, q; c; z) = (1−z)^(c−p−q) 2F1(c−p, c−q; c; z) turns the bracket into
 *   1 − (1−z)^(a−1) · 2F1(A, a−1; C; z),  A = C − r − x.
 * That series has a−1 as a parameter, so 2F1 = 1 + (a−1)·G with
 *   G = Σ_{n≥1} (A)_n (a)_{n−1} / ((C)_n n!) zⁿ,
 * and the bracket over a−1 becomes
 *   S = −expm1((a−1)·ln(1−z)) / (a−1) − (1−z)^(a−1) · G,
 * which has no 0/0 at a = 1 and whose terms shrink like n^(a−r−x−2) zⁿ, where the direct
 * series' terms grow like n^(r+x−a) zⁿ: heavy buyers (large x) went from thousands of terms to
 * a handful. E = C · S / denominator.
 */

const MAX_TERMS = 200_000;

/**
 * S for each z (see the file comment); NaN where it cannot be evaluated: C ≤ 0 (BG/NBD with
 * a + b + x ≤ 1), z outside [0, 1), or a series that does not settle.
 */
export function expectationBrackets(a: number, C: number, A: number, zs: readonly number[]) {
  const u = a - 1;
  return zs.map((z) => {
    if (!(C > 0) || !(z >= 0 && z < 1) || ![a, A].every(Number.isFinite)) return NaN;
    const logRest = Math.log1p(-z);
    const leading = u === 0 ? -logRest : -Math.expm1(u * logRest) / u;
    const g = seriesG(a, C, A, z);
    return leading - Math.exp(u * logRest) * g;
  });
}

function seriesG(a: number, C: number, A: number, z: number): number {
  let term = (A / C) * z;
  let sum = term;
  const first = Math.abs(term);
  for (let n = 1; n < MAX_TERMS; n++) {
    if (term === 0) return sum;
    const ratio = (((A + n) * (a + n - 1)) / ((C + n) * (n + 1))) * z;
    term *= ratio;
    sum += term;
    // The tail after a shrinking term is about term / (1 − z); measure it against the sum, or
    // against the first term when the sum cancels toward 0.
    if (Math.abs(ratio) < 1 && Math.abs(term) <= 1e-16 * (1 - z) * Math.max(Math.abs(sum), first)) {
      return sum;
    }
    if (!Number.isFinite(sum)) return NaN;
  }
  return NaN;
}
