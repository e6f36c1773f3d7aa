import { describe, expect, it } from 'vitest';
import { MISSING, createFormat, safeLocale } from './format';

describe('createFormat', () => {
  const en = createFormat('en-US');
  const pl = createFormat('pl');
  const fa = createFormat('fa');

  it('formats numbers in the locale', () => {
    expect(en.number(1234.567)).toBe('1,234.57');
    expect(pl.number(1234.5)).toBe('1234,5');
    expect(pl.number(12345.5)).toBe('12\u00a0345,5');
    expect(fa.number(12)).toBe('۱۲');
  });

  it('formats money with an ISO currency code and plain numbers without one', () => {
    expect(en.money(1500, 'usd')).toBe('$1,500.00');
    expect(pl.money(99.5, 'PLN')).toBe('99,50\u00a0zł');
    expect(en.money(1500, 'zł')).toBe('1,500');
    expect(en.money(1500, null)).toBe('1,500');
  });

  it('answers a dash for missing or malformed input instead of NaN', () => {
    for (const bad of [null, undefined, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(en.number(bad)).toBe(MISSING);
      expect(en.money(bad, 'USD')).toBe(MISSING);
      expect(en.percent(bad)).toBe(MISSING);
    }
    expect(en.date('not a date')).toBe(MISSING);
    expect(en.date('')).toBe(MISSING);
    expect(en.dateTime(null)).toBe(MISSING);
  });

  it('formats percentages and dates', () => {
    expect(en.percent(0.5)).toBe('50%');
    expect(en.date('2026-03-05')).toBe('Mar 5, 2026');
    expect(pl.date('2026-03-05')).toBe('5 mar 2026');
  });

  it('formats a YYYY-MM month, and a dash for anything else', () => {
    expect(en.month('2026-10')).toBe('Oct 2026');
    expect(createFormat('fa').month('2026-10')).toMatch(/^[^0-9]*۱۴۰۵[^0-9]*$/);
    for (const bad of ['2026-13', '2026-1', '<script>', '', null, undefined, '9'.repeat(1e5)]) {
      expect(en.month(bad)).toBe(MISSING);
    }
  });

  it('falls back to English for a malformed locale tag', () => {
    expect(safeLocale('not a locale!!')).toBe('en');
    expect(safeLocale('pl-PL')).toBe('pl-PL');
    expect(createFormat('$$$').number(1000)).toBe('1,000');
  });
});
