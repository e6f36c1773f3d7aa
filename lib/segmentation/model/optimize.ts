/**
 * Nelder–Mead minimisation with restarts. The models fit a handful of positive parameters on
 * their logarithms, so the search is unconstrained and derivative-free: the likelihoods are cheap
 * but their gradients (digamma, per-customer branches) would double the code to test.
 *
 * A single Nelder–Mead run can stall on a collapsed simplex before the true minimum; restarting
 * from the best point with a fresh simplex until a restart no longer improves is the standard
 * remedy, and "the last restart did not move" is the convergence check the models report.
 */

export interface MinimizeOptions {
  /** Initial simplex edge along each axis (log-parameters: 0.5 ≈ a factor of 1.6). */
  step?: number;
  /** Stop a run when the simplex spans less than this in every coordinate… */
  xTolerance?: number;
  /** …and its values differ by less than this (relative to |f|, floor 1). */
  fTolerance?: number;
  /** Budget for one run. */
  maxEvaluations?: number;
  /** Fresh simplices after the first run, at most. */
  maxRestarts?: number;
}

export interface MinimizeResult {
  x: number[];
  fx: number;
  evaluations: number;
  restarts: number;
  /** The last restart improved f by less than the tolerance and the budget was not exhausted. */
  converged: boolean;
}

const DEFAULTS: Required<MinimizeOptions> = {
  step: 0.5,
  xTolerance: 1e-8,
  fTolerance: 1e-12,
  maxEvaluations: 4000,
  maxRestarts: 6,
};

interface RunResult {
  x: number[];
  fx: number;
  evaluations: number;
  stalled: boolean;
}

/** Non-finite values (a likelihood that overflowed) rank as the worst possible point. */
const safe = (f: (x: number[]) => number) => (x: number[]) => {
  const v = f(x);
  return Number.isFinite(v) ? v : Infinity;
};

function run(f: (x: number[]) => number, start: number[], o: Required<MinimizeOptions>): RunResult {
  const n = start.length;
  const points: number[][] = [start.slice()];
  for (let i = 0; i < n; i++) {
    const p = start.slice();
    p[i] = (p[i] as number) + o.step;
    points.push(p);
  }
  const values = points.map(f);
  let evaluations = n + 1;
  const order = points.map((_, i) => i);
  const at = (k: number) => points[order[k] as number] as number[];
  const val = (k: number) => values[order[k] as number] as number;
  const replaceWorst = (p: number[], v: number) => {
    points[order[n] as number] = p;
    values[order[n] as number] = v;
  };

  while (evaluations < o.maxEvaluations) {
    order.sort((i, j) => (values[i] as number) - (values[j] as number));
    const best = at(0);
    const fBest = val(0);
    let spread = 0;
    for (let k = 1; k <= n; k++) {
      for (let d = 0; d < n; d++) spread = Math.max(spread, Math.abs(at(k)[d]! - best[d]!));
    }
    const fSpread = Math.abs(val(n) - fBest);
    if (spread <= o.xTolerance && fSpread <= o.fTolerance * Math.max(1, Math.abs(fBest))) break;

    const centroid = new Array<number>(n).fill(0);
    for (let k = 0; k < n; k++) for (let d = 0; d < n; d++) centroid[d]! += at(k)[d]! / n;
    const worst = at(n);
    const toward = (t: number) => centroid.map((c, d) => c + t * (c - worst[d]!));

    const reflected = toward(1);
    const fr = f(reflected);
    evaluations++;
    if (fr < fBest) {
      const expanded = toward(2);
      const fe = f(expanded);
      evaluations++;
      if (fe < fr) replaceWorst(expanded, fe);
      else replaceWorst(reflected, fr);
    } else if (fr < val(n - 1)) {
      replaceWorst(reflected, fr);
    } else {
      // Contract outside when the reflection beat the worst point, inside otherwise.
      const contracted = fr < val(n) ? toward(0.5) : toward(-0.5);
      const fc = f(contracted);
      evaluations++;
      if (fc < Math.min(fr, val(n))) {
        replaceWorst(contracted, fc);
      } else {
        for (let k = 1; k <= n; k++) {
          const idx = order[k] as number;
          points[idx] = points[idx]!.map((v, d) => best[d]! + 0.5 * (v - best[d]!));
          values[idx] = f(points[idx]!);
          evaluations++;
        }
      }
    }
  }
  order.sort((i, j) => (values[i] as number) - (values[j] as number));
  return { x: at(0).slice(), fx: val(0), evaluations, stalled: evaluations >= o.maxEvaluations };
}

/** Minimise f from start; see the file comment for the restart rule. */
export function minimize(
  f: (x: number[]) => number,
  start: number[],
  options: MinimizeOptions = {},
): MinimizeResult {
  const o = { ...DEFAULTS, ...options };
  const g = safe(f);
  let result = run(g, start, o);
  let evaluations = result.evaluations;
  let restarts = 0;
  let converged = false;
  while (restarts < o.maxRestarts && Number.isFinite(result.fx)) {
    const next = run(g, result.x, o);
    evaluations += next.evaluations;
    restarts++;
    const improvement = result.fx - next.fx;
    if (next.fx <= result.fx) result = next;
    if (improvement <= o.fTolerance * Math.max(1, Math.abs(result.fx)) && !next.stalled) {
      converged = true;
      break;
    }
  }
  return { x: result.x, fx: result.fx, evaluations, restarts, converged };
}
