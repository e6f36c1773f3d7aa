import { describe, expect, it } from 'vitest';
import { funnel, matrix, moneyByCategory } from './dashboardModel';
import { accountRows } from './testRows';

describe('dashboard model', () => {
  it('counts customers per rung, lowest first, empty rungs included', () => {
    expect(funnel(accountRows)).toEqual([
      { stage: 'suspect', count: 1 },
      { stage: 'prospect', count: 1 },
      { stage: 'disqualified', count: 1 },
      { stage: 'first-time', count: 2 },
      { stage: 'repeat', count: 3 },
      { stage: 'client', count: 1 },
      { stage: 'advocate', count: 1 },
      { stage: 'partner', count: 0 },
    ]);
  });

  it('crosses stage and category', () => {
    const m = matrix(accountRows);
    expect(m.repeat.core).toBe(2);
    expect(m.repeat.demanding).toBe(1);
    expect(m['first-time'].dead).toBe(1);
    expect(m.partner.devoted).toBe(0);
  });

  it('shows the devoted 20% bringing most of the profit', () => {
    const devoted = moneyByCategory(accountRows).find((c) => c.category === 'devoted');
    expect(devoted?.customers).toBe(2);
    expect(devoted?.customerShare).toBeCloseTo(0.2, 5);
    expect(devoted?.revenue).toBe(15000);
    expect(devoted?.revenueShare).toBeCloseTo(15000 / 17600, 5);
    // Positive profit total: 3600 + 2400 + 800 = 6800 (dead and demanding lose money).
    expect(devoted?.profitShare).toBeCloseTo(6000 / 6800, 5);
  });

  it('gives loss-making groups their negative profit but a zero share', () => {
    const demanding = moneyByCategory(accountRows).find((c) => c.category === 'demanding');
    expect(demanding?.profit).toBe(-100);
    expect(demanding?.profitShare).toBe(0);
  });

  it('handles no rows without dividing by zero', () => {
    expect(moneyByCategory([]).every((c) => c.revenueShare === 0 && c.customers === 0)).toBe(true);
    expect(funnel([]).every((f) => f.count === 0)).toBe(true);
  });
});
