import { describe, expect, it } from 'vitest';
import { monthlySpend } from './monthlySpend';

describe('monthlySpend', () => {
  it('sums counted orders per month, net of refunds, filling gaps with zero', () => {
    expect(
      monthlySpend([
        { id: '1', placedAt: '2026-01-15', total: 100 },
        { id: '2', placedAt: '2026-01-20', total: 50, refunded: 10 },
        { id: '3', placedAt: '2026-03-01', total: 70, status: 'paid' },
      ]),
    ).toEqual([
      { month: '2026-01', total: 140 },
      { month: '2026-02', total: 0 },
      { month: '2026-03', total: 70 },
    ]);
  });

  it('skips cancelled, refunded and malformed orders', () => {
    expect(
      monthlySpend([
        { id: '1', placedAt: '2026-01-15', total: 100, status: 'cancelled' },
        { id: '2', placedAt: '2026-01-15', total: 100, status: 'refunded' },
        { id: '3', placedAt: 'yesterday', total: 100 },
        { id: '4', placedAt: '2026-02-01', total: Number.NaN },
        { id: '5', placedAt: '2026-02-01', total: 30, status: 'partially_refunded', refunded: 5 },
      ]),
    ).toEqual([{ month: '2026-02', total: 25 }]);
  });

  it('crosses year ends and keeps only the last months', () => {
    const result = monthlySpend(
      [
        { id: '1', placedAt: '2024-11-01', total: 1 },
        { id: '2', placedAt: '2026-02-01', total: 2 },
      ],
      3,
    );
    expect(result.map((m) => m.month)).toEqual(['2025-12', '2026-01', '2026-02']);
  });

  it('returns nothing for no orders', () => {
    expect(monthlySpend([])).toEqual([]);
  });
});
