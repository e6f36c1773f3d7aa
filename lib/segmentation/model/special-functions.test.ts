import { describe, expect, it } from 'vitest';
import { digamma, hyp2f1, logBeta, logGamma } from './special-functions';

/** Relative error, with an absolute floor so values near 0 compare sensibly. */
const relErr = (got: number, want: number) => Math.abs(got - want) / Math.max(1, Math.abs(want));

describe('logGamma', () => {
  // Reference values from a double-precision lgamma (CPython math.lgamma).
  const known: [number, number][] = [
    [1, 0],
    [2, 0],
    [0.5, 0.5723649429247004],
    [10, 12.801827480081467],
    [100, 359.1342053695754],
    [0.001, 6.907178885383854],
    [0.2425945, 1.319809446356237],
    [3.7, 1.4280723266653883],
    [1e6, 12815504.569147611],
  ];
  it.each(known)('lnΓ(%s) matches to 1e-13', (x, want) => {
    expect(relErr(logGamma(x), want)).toBeLessThan(1e-13);
  });

  it('satisfies Γ(x+1) = xΓ(x) across scales', () => {
    for (const x of [1e-6, 0.03, 0.7, 4.2, 57.5, 3000]) {
      expect(relErr(logGamma(x + 1), Math.log(x) + logGamma(x))).toBeLessThan(1e-12);
    }
  });

  it('refuses poles and NaN instead of returning a number', () => {
    expect(logGamma(0)).toBeNaN();
    expect(logGamma(-3)).toBeNaN();
    expect(logGamma(NaN)).toBeNaN();
  });
});

describe('logBeta', () => {
  it('matches B(2,3) = 1/12 and B(0.5,0.5) = π', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 13);
    expect(logBeta(0.5, 0.5)).toBeCloseTo(Math.log(Math.PI), 13);
  });
  it('is symmetric', () => {
    expect(logBeta(0.793, 2.426)).toBeCloseTo(logBeta(2.426, 0.793), 14);
  });
});

describe('hyp2f1', () => {
  it('matches 2F1(1,1;2;z) = −ln(1−z)/z, including z close to 1', () => {
    for (const z of [0.01, 0.3, 0.5, 0.9, 0.99]) {
      expect(relErr(hyp2f1(1, 1, 2, z), -Math.log(1 - z) / z)).toBeLessThan(1e-12);
    }
  });
  it('matches 2F1(a,b;b;z) = (1−z)^−a', () => {
    expect(relErr(hyp2f1(2.5, 1.3, 1.3, 0.7), Math.pow(0.3, -2.5))).toBeLessThan(1e-12);
  });
  it('matches 2F1(½,½;3/2;z²) = arcsin(z)/z', () => {
    const z = 0.8;
    expect(relErr(hyp2f1(0.5, 0.5, 1.5, z * z), Math.asin(z) / z)).toBeLessThan(1e-12);
  });
  it('is 1 at z = 0', () => {
    expect(hyp2f1(3, 4, 5, 0)).toBe(1);
  });
  it('returns NaN outside 0 ≤ z < 1, for c ≤ 0 and for non-finite input', () => {
    expect(hyp2f1(1, 1, 2, 1)).toBeNaN();
    expect(hyp2f1(1, 1, 2, -0.1)).toBeNaN();
    expect(hyp2f1(1, 1, 0, 0.5)).toBeNaN();
    expect(hyp2f1(Infinity, 1, 2, 0.5)).toBeNaN();
  });
});

describe('digamma', () => {
  // ψ(1) = −γ (Euler–Mascheroni), ψ(½) = −γ − 2 ln 2, ψ(10) = H_9 − γ.
  const euler = 0.5772156649015329;
  const h9 = 1 + 1 / 2 + 1 / 3 + 1 / 4 + 1 / 5 + 1 / 6 + 1 / 7 + 1 / 8 + 1 / 9;
  it.each([
    [1, -euler],
    [0.5, -euler - 2 * Math.LN2],
    [10, h9 - euler],
  ])('ψ(%s) matches to 1e-13', (x, want) => {
    expect(Math.abs(digamma(x) - want)).toBeLessThan(1e-13);
  });
  it('is the derivative of logGamma', () => {
    for (const x of [0.05, 0.793, 2.4, 37, 900]) {
      const h = 1e-5 * x;
      const numeric = (logGamma(x + h) - logGamma(x - h)) / (2 * h);
      expect(relErr(digamma(x), numeric)).toBeLessThan(1e-7);
    }
  });
  it('refuses x ≤ 0', () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-1.5)).toBeNaN();
  });
});
