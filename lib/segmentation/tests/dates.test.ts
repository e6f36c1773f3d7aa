import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asOfToDay, dayToIso, isoToDay } from '../dates';

describe('ISO dates as UTC day numbers', () => {
  it('reads the common shapes on the fast path', () => {
    expect(isoToDay('1970-01-01')).toBe(0);
    expect(isoToDay('2026-01-01')).toBe(20_454);
    expect(isoToDay('2026-01-01T00:00:00Z')).toBe(20_454);
    expect(isoToDay('2026-01-01T23:59:59.999Z')).toBe(20_454);
    expect(isoToDay('2026-01-01 10:00')).toBe(20_454);
    expect(isoToDay('2026-01-01T10:00:00')).toBe(20_454); // no zone: read as UTC
  });
  it('moves the day when an offset crosses midnight', () => {
    expect(isoToDay('2026-01-01T23:30:00-02:00')).toBe(20_455);
    expect(isoToDay('2026-01-01T01:00:00+02:00')).toBe(20_453);
  });
  it('refuses impossible and non-ISO dates', () => {
    for (const bad of [
      '2025-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-04-31',
      '31/12/2025',
      'March 5',
      '',
      'x'.repeat(50),
    ]) {
      expect(isoToDay(bad)).toBeNull();
    }
    expect(isoToDay('2024-02-29')).toBe(19_782);
    expect(isoToDay(undefined)).toBeNull();
    expect(isoToDay(42 as unknown as string)).toBeNull();
  });
  it('round-trips and agrees with Date for every day of four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -150_000, max: 150_000 }), (day) => {
        const iso = dayToIso(day);
        expect(iso).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(isoToDay(iso)).toBe(day);
      }),
      { numRuns: 2000 },
    );
  });
  it('takes asOf as a string or a Date, and throws on garbage', () => {
    expect(asOfToDay('2026-01-01')).toBe(20_454);
    expect(asOfToDay(new Date('2026-01-01T22:00:00Z'))).toBe(20_454);
    expect(() => asOfToDay('soon')).toThrow(/asOf/);
  });
});
