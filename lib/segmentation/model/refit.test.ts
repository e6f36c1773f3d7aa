import { describe, expect, it } from 'vitest';
import { needsRefit } from './refit';

describe('needsRefit', () => {
  it('refits once the customer count has grown by a tenth, not before', () => {
    expect(needsRefit(1000, 1099)).toBe(false);
    expect(needsRefit(1000, 1100)).toBe(true);
  });
  it('refits once it has shrunk by a tenth, not before', () => {
    expect(needsRefit(1000, 901)).toBe(false);
    expect(needsRefit(1000, 900)).toBe(true);
  });
  it('fits an account never fitted, once it has customers', () => {
    expect(needsRefit(null, 1)).toBe(true);
    expect(needsRefit(0, 1)).toBe(true);
    expect(needsRefit(null, 0)).toBe(false);
  });
  it('ignores nonsense counts', () => {
    expect(needsRefit(1000, Number.NaN)).toBe(false);
    expect(needsRefit(Number.NaN, 10)).toBe(true);
  });
});
