import { describe, expect, it } from 'vitest';
import { moneyCell } from './money-cell';

describe('moneyCell', () => {
  it('writes sums of order totals to the cent, without float noise', () => {
    expect(moneyCell(841.2840000000001)).toBe(841.28);
    expect(moneyCell(0.1 + 0.2)).toBe(0.3);
    expect(String(moneyCell([19.99, 5.01, 0.1, 0.2].reduce((a, b) => a + b, 0)))).toBe('25.3');
    expect(moneyCell(-0.001)).toBe(0);
    expect(moneyCell(null)).toBeNull();
    expect(moneyCell(Number.NaN)).toBeNull();
  });
});
