import { describe, expect, it } from 'vitest';
import type { Order, Profile } from '../../domain/profile';
import { modelInputFromProfile, modelInputsFromProfiles } from './from-profiles';

const asOf = '2026-01-31T12:00:00Z';
const key = { crm: 'shopify', account: 'demo', id: '42' };
const order = (id: string, placedAt: string, total: number, extra: Partial<Order> = {}): Order => ({
  id,
  placedAt,
  total,
  ...extra,
});
const profile = (orders: Order[], extra: Partial<Profile> = {}): Profile => ({
  key,
  orders,
  ...extra,
});

describe('modelInputFromProfile', () => {
  it('measures x, t_x and T in days as of asOf, with the repeat spend as monetary', () => {
    const p = profile([
      order('1', '2026-01-01', 10),
      order('2', '2026-01-11', 20),
      order('3', '2026-01-21T08:00:00Z', 40),
    ]);
    expect(modelInputFromProfile(p, asOf)).toEqual({
      key: 'shopify|demo|id:42',
      x: 2,
      tx: 20,
      T: 30,
      monetary: 30,
    });
  });

  it('counts orders per distinct day, adding up a day’s orders', () => {
    const p = profile([
      order('1', '2026-01-01', 10),
      order('2', '2026-01-11T09:00:00Z', 20),
      order('3', '2026-01-11T17:00:00Z', 5),
    ]);
    expect(modelInputFromProfile(p, asOf)).toMatchObject({ x: 1, tx: 10, monetary: 25 });
  });

  it('skips cancelled, failed, voided and fully refunded orders; nets partial refunds', () => {
    const p = profile([
      order('1', '2026-01-01', 10),
      order('2', '2026-01-05', 99, { status: 'cancelled' }),
      order('3', '2026-01-06', 99, { status: 'FAILED' }),
      order('4', '2026-01-07', 99, { status: 'voided' }),
      order('5', '2026-01-08', 99, { status: 'refunded' }),
      order('6', '2026-01-09', 50, { status: 'paid', refunded: 50 }),
      order('7', '2026-01-21', 50, { status: 'partially_refunded', refunded: 20 }),
    ]);
    expect(modelInputFromProfile(p, asOf)).toMatchObject({ x: 1, tx: 20, T: 30, monetary: 30 });
  });

  it('ignores orders after asOf', () => {
    const p = profile([order('1', '2026-01-01', 10), order('2', '2026-03-01', 10)]);
    expect(modelInputFromProfile(p, asOf)).toMatchObject({ x: 0, tx: 0, T: 30, monetary: null });
  });

  it('lets a summary with more orders win, spanning its first and last dates', () => {
    const p = profile([order('9', '2026-01-21', 40)], {
      summary: {
        orderCount: 5,
        totalSpent: 200,
        firstOrderAt: '2025-12-01',
        lastOrderAt: '2026-01-21',
      },
    });
    expect(modelInputFromProfile(p, asOf)).toMatchObject({ x: 4, tx: 51, T: 61, monetary: 40 });
  });

  it('leaves out profiles it cannot place in time', () => {
    expect(modelInputFromProfile(profile([]), asOf)).toBeNull();
    expect(modelInputFromProfile(profile([order('1', 'not a date', 10)]), asOf)).toBeNull();
    expect(modelInputFromProfile(profile([], { summary: { orderCount: 3 } }), asOf)).toBeNull();
    expect(modelInputFromProfile(profile([order('1', '2026-01-01', 10)]), 'whenever')).toBeNull();
  });

  it('survives hostile amounts and names without producing non-finite figures', () => {
    const p = profile(
      [
        order('1', '2026-01-01', 10),
        order('2', '2026-01-11', Number.NaN),
        order('3', '2026-01-12', 1e308),
      ],
      { name: '<img src=x onerror=alert(1)>\u202e\u200b'.repeat(50) },
    );
    const input = modelInputFromProfile(p, asOf)!;
    expect(input).toMatchObject({ x: 2, tx: 11, T: 30 });
    // The NaN-valued day has no known value; the mean comes from the day that has one.
    expect(input.monetary).toBe(1e308);
  });
});

describe('modelInputsFromProfiles', () => {
  it('keeps the placeable profiles and counts the rest', () => {
    const result = modelInputsFromProfiles(
      [profile([order('1', '2026-01-01', 10)]), profile([]), profile([order('1', '??', 1)])],
      asOf,
    );
    expect(result.customers).toHaveLength(1);
    expect(result.skipped).toBe(2);
  });
});
