import { describe, expect, it } from 'vitest';
import { bfgs } from './bfgs';
import { maximiseOnLogScale } from './fit-log-scale';

const rosenbrock = (v: readonly number[], g: number[]) => {
  const [x = 0, y = 0] = v;
  g.splice(0, g.length, -400 * x * (y - x * x) - 2 * (1 - x), 200 * (y - x * x));
  return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
};

describe('bfgs', () => {
  it('finds the Rosenbrock minimum at (1, 1) with a vanishing gradient', () => {
    const r = bfgs(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(Math.max(...r.gradient.map(Math.abs))).toBeLessThanOrEqual(1e-7);
  });

  it('needs far fewer evaluations than there are Nelder–Mead steps on a quadratic', () => {
    const centre = [3, -2, 0.5, 7];
    const scale = [1, 100, 0.01, 10];
    const f = (x: readonly number[], g: number[]) => {
      g.splice(0, g.length, ...x.map((v, i) => 2 * scale[i]! * (v - centre[i]!)));
      return x.reduce((s, v, i) => s + scale[i]! * (v - centre[i]!) ** 2, 0);
    };
    const r = bfgs(f, [0, 0, 0, 0]);
    expect(r.converged).toBe(true);
    r.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i]!, 6));
    expect(r.evaluations).toBeLessThan(100);
  });

  it('reports no convergence when the start is undefined or the budget too small', () => {
    expect(bfgs(() => NaN, [0]).converged).toBe(false);
    expect(bfgs(rosenbrock, [-1.2, 1], { maxIterations: 3 }).converged).toBe(false);
  });
});

describe('maximiseOnLogScale', () => {
  // ln L of an exponential sample with rate θ: n ln θ − θ Σx, maximised at θ = n / Σx.
  const sample = [0.5, 1.5, 2, 4];
  const logLik = ([theta = NaN]: number[], gradient?: number[]) => {
    const sum = sample.reduce((s, v) => s + v, 0);
    gradient?.splice(0, gradient.length, sample.length / theta - sum);
    return sample.length * Math.log(theta) - theta * sum;
  };

  it('finds the maximum with BFGS', () => {
    const fit = maximiseOnLogScale(logLik, [0], sample.length);
    expect(fit.method).toBe('bfgs');
    expect(fit.converged).toBe(true);
    expect(fit.theta[0]).toBeCloseTo(0.5, 8);
  });

  it('falls back to Nelder–Mead when the gradient is unusable', () => {
    const noGradient = (theta: number[], gradient?: number[]) => {
      gradient?.splice(0, gradient.length, NaN);
      return logLik(theta);
    };
    const fit = maximiseOnLogScale(noGradient, [0], sample.length);
    expect(fit.method).toBe('nelder-mead');
    expect(fit.converged).toBe(true);
    expect(fit.theta[0]).toBeCloseTo(0.5, 6);
  });

  it('refuses a maximum at a boundary (θ → ∞)', () => {
    const increasing = ([theta = NaN]: number[], gradient?: number[]) => {
      gradient?.splice(0, gradient.length, 1 / (1 + theta) ** 2);
      return -1 / (1 + theta);
    };
    expect(maximiseOnLogScale(increasing, [0], 1).converged).toBe(false);
  });
});
