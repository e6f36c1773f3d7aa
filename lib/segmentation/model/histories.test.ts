import { describe, expect, it } from 'vitest';
import { groupHistories, isValidHistory } from './histories';

describe('groupHistories', () => {
  it('folds identical (x, t_x, T) into weighted rows and indexes distinct values', () => {
    const g = groupHistories([
      { x: 0, tx: 0, T: 10 },
      { x: 2, tx: 5, T: 10 },
      { x: 0, tx: 0, T: 10 },
      { x: 2, tx: 5, T: 12 },
    ]);
    expect(g.customers).toBe(4);
    expect(g.repeatCustomers).toBe(2);
    expect(Array.from(g.rowWeight)).toEqual([2, 1, 1]);
    expect(Array.from(g.xValues)).toEqual([0, 2]);
    expect(Array.from(g.xWeights)).toEqual([2, 2]);
    expect(Array.from(g.TValues)).toEqual([10, 12]);
    expect(g.meanT).toBe(10.5);
  });

  it('refuses and counts invalid rows', () => {
    const g = groupHistories([
      { x: 1, tx: 11, T: 10 },
      { x: 0, tx: 3, T: 10 },
      { x: 1.5, tx: 1, T: 10 },
      { x: 1, tx: NaN, T: 10 },
      { x: 1, tx: 1, T: 10 },
    ]);
    expect(g.invalid).toBe(4);
    expect(g.customers).toBe(1);
  });

  it('accepts the edges of validity', () => {
    expect(isValidHistory({ x: 0, tx: 0, T: 0 })).toBe(true);
    expect(isValidHistory({ x: 3, tx: 10, T: 10 })).toBe(true);
    expect(isValidHistory({ x: 3, tx: 10.0001, T: 10 })).toBe(false);
  });
});
