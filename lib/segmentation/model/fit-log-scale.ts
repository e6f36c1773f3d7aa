/**
 * Maximum likelihood over positive parameters, searched on their logarithms so the search is
 * unconstrained and scale-free. BFGS with the analytic gradient first; if it does not reach a
 * vanishing gradient, Nelder–Mead with restarts from where it stopped (slower, but it needs no
 * gradient and survives regions where the likelihood overflows).
 */
import { bfgs } from './bfgs';
import { minimize } from './optimize';

/** ln L at θ, writing ∂ ln L / ∂θ into `gradient` when given. */
export type LogLikelihood = (theta: number[], gradient?: number[]) => number;

export interface LogScaleFit {
  theta: number[];
  logLikelihood: number;
  converged: boolean;
  evaluations: number;
  method: 'bfgs' | 'nelder-mead';
}

/** Beyond e^±15 a parameter has run off to a boundary: the fit describes a limit, not a model. */
export const LOG_PARAM_LIMIT = 15;

export function maximiseOnLogScale(
  logLikelihood: LogLikelihood,
  logStart: number[],
  /** The number of customers: the mean log-likelihood is optimised, so tolerances mean the same at any size. */
  customers: number,
): LogScaleFit {
  const n = Math.max(1, customers);
  const thetaGradient: number[] = [];
  const objective = (v: readonly number[], gradient: number[]) => {
    const theta = v.map(Math.exp);
    const value = -logLikelihood(theta, thetaGradient) / n;
    // Chain rule: ∂/∂ ln θ = θ ∂/∂θ.
    gradient.splice(0, gradient.length, ...theta.map((t, i) => (-t * thetaGradient[i]!) / n));
    return value;
  };
  const inRange = (v: number[]) => v.every((vi) => Math.abs(vi) < LOG_PARAM_LIMIT);
  const finish = (
    v: number[],
    converged: boolean,
    evaluations: number,
    method: LogScaleFit['method'],
  ) => {
    const theta = v.map(Math.exp);
    const ll = logLikelihood(theta);
    return {
      theta,
      logLikelihood: ll,
      converged: converged && inRange(v) && Number.isFinite(ll),
      evaluations,
      method,
    };
  };

  const quasiNewton = bfgs(objective, logStart);
  if (quasiNewton.converged || !inRange(quasiNewton.x)) {
    // Converged, or ran off toward a boundary: the likelihood rises that way, so a simplex would
    // only follow it more slowly. Either way the answer is final (finish() refuses the latter).
    return finish(quasiNewton.x, quasiNewton.converged, quasiNewton.evaluations, 'bfgs');
  }
  // BFGS stalled inside the range (a failed line search, a non-finite gradient): let the simplex
  // continue from there, with a budget that keeps a background refit of a large account bounded.
  const from = quasiNewton.x.every(Number.isFinite) ? quasiNewton.x : logStart;
  const simplex = minimize((v) => -logLikelihood(v.map(Math.exp)) / n, from, {
    maxEvaluations: 1500,
    maxRestarts: 3,
  });
  return finish(
    simplex.x,
    simplex.converged,
    quasiNewton.evaluations + simplex.evaluations,
    'nelder-mead',
  );
}
