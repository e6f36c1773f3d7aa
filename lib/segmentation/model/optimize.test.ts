import { describe, expect, it } from 'vitest';
import { minimize } from './optimize';

const rosenbrock = ([x = 0, y = 0]: number[]) => 100 * (y - x * x) ** 2 + (1 - x) ** 2;

describe('minimize (Nelder–Mead with restarts)', () => {
  it('finds the Rosenbrock valley minimum at (1, 1) from (−1.2, 1)', () => {
    const r = minimize(rosenbrock, [-1.2, 1]);
    expect(r.converged).toBe(true);
    expect(r.x[0]).toBeCloseTo(1, 6);
    expect(r.x[1]).toBeCloseTo(1, 6);
    expect(r.fx).toBeLessThan(1e-12);
  });

  it('finds the centre of a badly scaled 4-D quadratic', () => {
    const centre = [3, -2, 0.5, 7];
    const scale = [1, 100, 0.01, 10];
    const f = (x: number[]) => x.reduce((s, v, i) => s + scale[i]! * (v - centre[i]!) ** 2, 0);
    const r = minimize(f, [0, 0, 0, 0]);
    expect(r.converged).toBe(true);
    r.x.forEach((v, i) => expect(v).toBeCloseTo(centre[i]!, 4));
  });

  it('treats NaN and ∞ as the worst value and still reaches the minimum', () => {
    // Undefined left of x = 0.5, as a likelihood is where a parameter would be invalid.
    const f = ([x = 0]: number[]) => (x < 0.5 ? NaN : (x - 2) ** 2);
    const r = minimize(f, [3]);
    expect(r.x[0]).toBeCloseTo(2, 6);
    expect(r.converged).toBe(true);
  });

  it('reports no convergence when the budget runs out', () => {
    const r = minimize(rosenbrock, [-1.2, 1], { maxEvaluations: 20, maxRestarts: 1 });
    expect(r.converged).toBe(false);
    expect(r.fx).toBeGreaterThan(1e-6);
  });

  it('reports no convergence when every point is undefined', () => {
    const r = minimize(() => NaN, [0, 0]);
    expect(r.converged).toBe(false);
    expect(r.fx).toBe(Infinity);
  });
});
