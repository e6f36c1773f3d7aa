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
  const { stop, x } = quasiNewton;
  // The simplex helps only where BFGS could not work: a gradient that is not a number, or a line
  // search that failed close to an optimum (floating-point noise). A search that stalled on a
  // ridge, ran out of iterations or ran toward a boundary has found a likelihood with no
  // interior maximum; a simplex would only follow it more slowly, costing a large account
  // seconds per refit for a fit that is refused anyway.
  const nearOptimum = stop === 'line-search-failed' && maxAbs(quasiNewton.gradient) <= 1e-6;
  if (!(stop === 'non-finite' || nearOptimum) || !inRange(x)) {
    return finish(x, quasiNewton.converged, quasiNewton.evaluations, 'bfgs');
  }
  const from = x.every(Number.isFinite) ? x : logStart;
  const simplex = minimize((v) => -logLikelihood(v.map(Math.exp)) / n, from, {
    step: nearOptimum ? 0.05 : 0.5,
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

const maxAbs = (v: readonly number[]) => v.reduce((m, vi) => Math.max(m, Math.abs(vi)), 0);
