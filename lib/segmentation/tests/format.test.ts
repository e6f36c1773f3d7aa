import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fmt, pct, plural } from '../format';

describe('number formatting in sentences', () => {
  it('prints at most two decimals, without trailing zeros', () => {
    expect(fmt(0)).toBe('0');
    expect(fmt(-0)).toBe('0');
    expect(fmt(0.004)).toBe('0');
    expect(fmt(0.005)).toBe('0.01');
    expect(fmt(0.5)).toBe('0.5');
    expect(fmt(0.05)).toBe('0.05');
    expect(fmt(7 / 9)).toBe('0.78');
    expect(fmt(-12.3)).toBe('-12.3');
    expect(fmt(1234567.891)).toBe('1234567.89');
    expect(fmt(Number.NaN)).toBe('NaN');
    expect(fmt(1e20)).toBe('100000000000000000000');
  });
  it('agrees with rounding to cents for any amount', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const expected = Math.round(n * 100) / 100;
        expect(Number(fmt(n))).toBe(Object.is(expected, -0) ? 0 : expected);
      }),
      { numRuns: 2000 },
    );
  });
  it('writes shares and plurals', () => {
    expect(pct(0.3)).toBe('30 %');
    expect(plural(1, 'order')).toBe('1 order');
    expect(plural(3, 'order')).toBe('3 orders');
    expect(plural(2, 'day')).toBe('2 days');
  });
});
