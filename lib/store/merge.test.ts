import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../domain/profile';
import { mergeCustomer, type MergedCustomer, type Source } from './merge';

const key = { crm: 'shopify', account: 'demo-shop', id: '42' };
const at = (seenAt: string, page = 'customer'): Source => ({
  page,
  url: `https://x/${page}`,
  seenAt,
});
const T1 = '2026-01-01T10:00:00.000Z';
const T2 = '2026-01-02T10:00:00.000Z';
const T3 = '2026-01-03T10:00:00.000Z';

function fold(observations: [Profile, Source][]): MergedCustomer | null {
  let merged: MergedCustomer | null = null;
  for (const [profile, source] of observations) merged = mergeCustomer(merged, profile, source);
  return merged;
}

describe('mergeCustomer: fields', () => {
  it('keeps the newest observation of a field with its provenance', () => {
    const merged = fold([
      [{ key, name: 'Ann Old' }, at(T1, 'customer-list')],
      [{ key, name: 'Ann New' }, at(T2, 'customer')],
    ]);
    expect(merged?.profile.name).toBe('Ann New');
    expect(merged?.fields.find((f) => f.field === 'name')).toEqual({
      field: 'name',
      page: 'customer',
      url: 'https://x/customer',
      seenAt: T2,
    });
  });

  it('lets an older observation arriving late fill gaps but not overwrite', () => {
    const merged = fold([
      [{ key, name: 'Ann New' }, at(T2)],
      [{ key, name: 'Ann Old', tickets: 3 }, at(T1, 'order')],
    ]);
    expect(merged?.profile.name).toBe('Ann New');
    expect(merged?.profile.tickets).toBe(3);
    expect(merged?.fields.find((f) => f.field === 'name')?.seenAt).toBe(T2);
  });

  it('never blanks a field a page failed to read (absent or blank text)', () => {
    const merged = fold([
      [{ key, name: 'Ann', note: 'VIP', tickets: 2 }, at(T1)],
      [{ key, name: '   ', note: '' }, at(T2)],
    ]);
    expect(merged?.profile).toMatchObject({ name: 'Ann', note: 'VIP', tickets: 2 });
  });

  it('records zero as a real value, not as missing', () => {
    const merged = fold([
      [{ key, tickets: 4 }, at(T1)],
      [{ key, tickets: 0 }, at(T2)],
    ]);
    expect(merged?.profile.tickets).toBe(0);
  });

  it('keeps hostile text as inert data', () => {
    const hostile = '<img src=x onerror=alert(1)>\u202Egnp.exe\u200B';
    const merged = fold([[{ key, name: hostile }, at(T1)]]);
    expect(merged?.profile.name).toBe(hostile);
  });

  it('lower-cases e-mails and lets the key gain an id without losing the e-mail', () => {
    const byEmail = { crm: 'shopify', account: 'demo-shop', email: 'Ann@Example.COM ' };
    const merged = fold([
      [{ key: byEmail }, at(T1)],
      [{ key: { crm: 'shopify', account: 'demo-shop', id: '42' } }, at(T2)],
    ]);
    expect(merged?.profile.key).toEqual({ ...key, email: 'ann@example.com' });
    expect(merged?.profile.email).toBe('ann@example.com');
  });
});

describe('mergeCustomer: orders and summary', () => {
  const order = (id: string, total: number, extra: object = {}) => ({
    id,
    placedAt: `2025-0${id}-01`,
    total,
    ...extra,
  });

  it('dedupes order rows by id, newest observation winning field by field', () => {
    const merged = fold([
      [
        { key, orders: [order('1', 10, { status: 'pending', discount: 2 }), order('2', 20)] },
        at(T1),
      ],
      [{ key, orders: [order('1', 12, { status: 'paid' })] }, at(T2, 'order')],
    ]);
    expect(merged?.profile.orders).toEqual([
      order('1', 12, { status: 'paid', discount: 2 }),
      order('2', 20),
    ]);
  });

  it('never lets a smaller summary shrink a larger one, nor rows erase it', () => {
    const merged = fold([
      [{ key, summary: { orderCount: 12, totalSpent: 900, lastOrderAt: '2025-03-01' } }, at(T1)],
      [{ key, summary: { orderCount: 3, totalSpent: 120, lastOrderAt: '2025-05-01' } }, at(T2)],
      [{ key, orders: [order('5', 40)] }, at(T3)],
    ]);
    expect(merged?.profile.summary).toEqual({
      orderCount: 12,
      totalSpent: 900,
      lastOrderAt: '2025-05-01',
    });
    expect(merged?.profile.orders).toHaveLength(1);
  });

  it('keeps an order id like __proto__ as plain data', () => {
    const merged = fold([
      [{ key, orders: [order('1', 5, {}), { ...order('1', 5), id: '__proto__' }] }, at(T1)],
    ]);
    expect(merged?.profile.orders?.map((o) => o.id).sort()).toEqual(['1', '__proto__']);
    expect(Object.getPrototypeOf(merged?.profile)).toBe(Object.prototype);
  });
});

describe('mergeCustomer: any visiting order yields the same profile', () => {
  // A list row, a record page and two order pages, each seen at a distinct time.
  const pieces: [Profile, string][] = [
    [{ key, name: 'Ann', summary: { orderCount: 2, totalSpent: 70 } }, 'customer-list'],
    [
      {
        key: { ...key, email: 'ann@x.io' },
        name: 'Ann Smith',
        tickets: 1,
        orders: [{ id: 'A', placedAt: '2025-01-01', total: 30 }],
      },
      'customer',
    ],
    [{ key, orders: [{ id: 'A', placedAt: '2025-01-01', total: 30, status: 'paid' }] }, 'order'],
    [{ key, orders: [{ id: 'B', placedAt: '2025-02-01', total: 40, discount: 5 }] }, 'order'],
  ];
  const timed = pieces.map(([p, page], i): [Profile, Source] => [
    p,
    at(new Date(Date.UTC(2026, 0, 1 + i)).toISOString(), page),
  ]);

  it('is order-independent (all 24 permutations)', () => {
    const reference = fold(timed);
    fc.assert(
      fc.property(fc.shuffledSubarray(timed, { minLength: 4, maxLength: 4 }), (shuffled) => {
        const merged = fold(shuffled);
        expect(merged?.profile).toEqual(reference?.profile);
        const sortFields = (m: MergedCustomer | null) =>
          [...(m?.fields ?? [])].sort((a, b) => a.field.localeCompare(b.field));
        expect(sortFields(merged)).toEqual(sortFields(reference));
      }),
      { numRuns: 100 },
    );
    expect(reference?.profile).toMatchObject({
      name: 'Ann Smith',
      email: 'ann@x.io',
      tickets: 1,
      summary: { orderCount: 2, totalSpent: 70 },
    });
    expect(reference?.profile.orders).toEqual([
      { id: 'A', placedAt: '2025-01-01', total: 30, status: 'paid' },
      { id: 'B', placedAt: '2025-02-01', total: 40, discount: 5 },
    ]);
  });
});
