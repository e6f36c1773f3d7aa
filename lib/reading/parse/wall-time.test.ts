import { describe, expect, it } from 'vitest';
import { dayInZone, ianaZone, instantOfWallTime, type ShopZone } from './wall-time';

const berlin = ianaZone('Europe/Berlin') as ShopZone;
const at = (y: number, mo: number, d: number, h: number, mi = 0, s = 0) => ({
  year: y,
  month: mo,
  day: d,
  hour: h,
  minute: mi,
  second: s,
});

describe('wall time in the shop zone', () => {
  it('uses winter time (+01:00) and summer time (+02:00) on their sides of a change', () => {
    expect(instantOfWallTime(at(2026, 11, 25, 8, 5), berlin)).toBe('2026-11-25T07:05:00.000Z');
    expect(instantOfWallTime(at(2026, 7, 14, 18, 20), berlin)).toBe('2026-07-14T16:20:00.000Z');
  });

  it('is right on both change days, where a fixed offset is an hour out', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST.
    expect(instantOfWallTime(at(2026, 3, 29, 1, 30), berlin)).toBe('2026-03-29T00:30:00.000Z');
    expect(instantOfWallTime(at(2026, 3, 29, 3, 30), berlin)).toBe('2026-03-29T01:30:00.000Z');
    // 25 October 2026: 03:00 CEST becomes 02:00 CET; 01:30 is still summer time.
    expect(instantOfWallTime(at(2026, 10, 25, 1, 30), berlin)).toBe('2026-10-24T23:30:00.000Z');
    expect(instantOfWallTime(at(2026, 10, 25, 3, 30), berlin)).toBe('2026-10-25T02:30:00.000Z');
  });

  it('reads the skipped and the repeated hour the way PHP does', () => {
    expect(instantOfWallTime(at(2026, 3, 29, 2, 30), berlin)).toBe('2026-03-29T01:30:00.000Z');
    expect(instantOfWallTime(at(2026, 10, 25, 2, 30), berlin)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('takes a fixed offset as given', () => {
    const zone: ShopZone = { kind: 'offset', minutes: 330 };
    expect(instantOfWallTime(at(2026, 1, 1, 5, 30), zone)).toBe('2026-01-01T00:00:00.000Z');
  });

  it('names the shop-local day of an instant', () => {
    expect(dayInZone('2026-10-24T23:30:00.000Z', berlin)).toBe('2026-10-25');
    expect(dayInZone('2026-10-24T21:30:00.000Z', berlin)).toBe('2026-10-24');
  });

  it('refuses names that are not zones', () => {
    expect(ianaZone('Europe/Nowhere')).toBeNull();
    expect(ianaZone('<script>')).toBeNull();
    expect(ianaZone('')).toBeNull();
  });
});
