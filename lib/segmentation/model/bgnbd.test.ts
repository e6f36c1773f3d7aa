import { describe, expect, it } from 'vitest';
import { fitBgNbd } from './bgnbd';
import { fitMbgNbd } from './mbgnbd';

describe('fitBgNbd / fitMbgNbd on data with nothing to learn from', () => {
  it('reports no convergence for an empty account', () => {
    expect(fitBgNbd([]).converged).toBe(false);
    expect(fitMbgNbd([]).converged).toBe(false);
  });

  it('reports no convergence when nobody made a repeat purchase', () => {
    const once = Array.from({ length: 300 }, (_, i) => ({ x: 0, tx: 0, T: 10 + i }));
    expect(fitBgNbd(once).converged).toBe(false);
    expect(fitMbgNbd(once).converged).toBe(false);
  });

  it('gives up quickly when the optimum is at a boundary (identical customers)', () => {
    // The likelihood keeps rising as a → 0; chasing it with a simplex would cost thousands of
    // evaluations per refit of a large account, for a fit that is refused anyway.
    const same = Array.from({ length: 100 }, () => ({ x: 3, tx: 100, T: 100 }));
    const fit = fitBgNbd(same);
    expect(fit.converged).toBe(false);
    expect(fit.evaluations).toBeLessThan(300);
  });

  it('ignores invalid rows rather than fitting NaN', () => {
    const rows = [
      { x: 1, tx: 5, T: 10 },
      { x: 3, tx: 20, T: 30 },
      { x: 0, tx: 0, T: 25 },
      { x: 2, tx: 8, T: 40 },
      { x: 0, tx: 0, T: 12 },
    ];
    const clean = fitBgNbd(rows);
    const dirty = fitBgNbd([...rows, { x: Number.NaN, tx: 1, T: 2 }, { x: 1, tx: 9, T: 3 }]);
    expect(dirty.logLikelihood).toBe(clean.logLikelihood);
    expect(Number.isFinite(dirty.logLikelihood)).toBe(true);
  });
});
