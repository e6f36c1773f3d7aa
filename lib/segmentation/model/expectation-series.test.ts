import { describe, expect, it } from 'vitest';
import { bgNbdExpectedPurchases } from './bgnbd';
import { mbgNbdExpectedPurchases } from './mbgnbd';
import { directBgNbdExpectation, directMbgNbdExpectation } from './testing/direct-expectations';

const paramSets = [
  { r: 0.2425945, alpha: 4.4136019, a: 0.7929199, b: 2.4258881 }, // CDNOW, weeks
  { r: 0.52, alpha: 43, a: 0.89, b: 1.61 },
  { r: 2.3, alpha: 12, a: 3.5, b: 0.4 }, // r > a + b: the transformed series alternates
];
const histories = [
  { x: 0, tx: 0, T: 0 },
  { x: 0, tx: 0, T: 38.86 },
  { x: 2, tx: 30.43, T: 38.86 },
  { x: 7, tx: 200, T: 700 },
  { x: 25, tx: 290, T: 300 },
];
const horizons = [1, 39, 90, 365, 730];
const relErr = (u: number, v: number) => Math.abs(u - v) / Math.max(1e-12, Math.abs(v));

describe('the Euler-transformed expectations agree with the textbook formulas', () => {
  it.each(paramSets)('BG/NBD and MBG/NBD at r=$r, α=$alpha, a=$a, b=$b', (p) => {
    for (const h of histories) {
      for (const t of horizons) {
        const label = `x=${h.x} T=${h.T} t=${t}`;
        expect(
          relErr(mbgNbdExpectedPurchases(p, h, t), directMbgNbdExpectation(p, h, t)),
          label,
        ).toBeLessThan(1e-9);
        expect(
          relErr(bgNbdExpectedPurchases(p, h, t), directBgNbdExpectation(p, h, t)),
          label,
        ).toBeLessThan(1e-9);
      }
    }
  });
});

describe('a = 1, where the textbook formula is 0/0', () => {
  it('is finite and continuous', () => {
    const h = { x: 2, tx: 30, T: 40 };
    for (const f of [bgNbdExpectedPurchases, mbgNbdExpectedPurchases]) {
      const at = (a: number) => f({ r: 0.5, alpha: 5, a, b: 2 }, h, 39);
      expect(Number.isFinite(at(1))).toBe(true);
      expect(Math.abs(at(1) - (at(1 - 1e-6) + at(1 + 1e-6)) / 2)).toBeLessThan(1e-9);
      expect(Math.abs(at(1) - at(1.01))).toBeLessThan(0.01 * at(1));
    }
  });
});

describe('refusals', () => {
  it('BG/NBD returns NaN when a + b + x − 1 ≤ 0 rather than a wrong number', () => {
    expect(
      bgNbdExpectedPurchases({ r: 1, alpha: 1, a: 0.3, b: 0.5 }, { x: 0, tx: 0, T: 5 }, 10),
    ).toBeNaN();
  });
  it('zero horizon means zero purchases', () => {
    expect(mbgNbdExpectedPurchases(paramSets[1]!, histories[3]!, 0)).toBe(0);
  });
});
