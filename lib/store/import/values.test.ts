import { describe, expect, it } from 'vitest';
import { parseAmount, parseCount, parseDate, parseLifecycle, parseStatus } from './values';

describe('parseAmount', () => {
  it.each([
    ['123.45', 123.45],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['$1 234.50', 1234.5],
    ['€12,5', 12.5],
    ['12.50 EUR', 12.5],
    ["'42", 42],
    ['-7.25', -7.25],
    ['1,234', 1234],
  ])('reads %s as %d', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it.each(['', 'twelve', '=HYPERLINK(1)', '1e400', '12abc', '--1', '9'.repeat(15)])(
    'refuses %s',
    (raw) => {
      expect(parseAmount(raw)).toBeNull();
    },
  );

  it('counts are whole and not negative', () => {
    expect(parseCount('3')).toBe(3);
    expect(parseCount('0')).toBe(0);
    expect(parseCount('2.5')).toBeNull();
    expect(parseCount('-1')).toBeNull();
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-01-05 09:58:12 +0000', '2025-01-05T09:58:12.000Z'],
    ['2025-03-01 11:59:00 +0100', '2025-03-01T10:59:00.000Z'],
    ['2025-01-15T10:23:45Z', '2025-01-15T10:23:45.000Z'],
    ['2025-01-15 10:23', '2025-01-15T10:23:00.000Z'],
    ['2025-01-15', '2025-01-15'],
    ['9/6/2016 6:29:00', '2016-09-06T06:29:00.000Z'],
  ])('reads %s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each(['15/02/2025', '2025-02-30', 'yesterday', '2025-13-01 10:00'])('refuses %s', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});

describe('statuses and lifecycle stages', () => {
  it('maps Shopify and WooCommerce statuses, and refuses unknown ones', () => {
    expect(parseStatus('paid')).toBe('paid');
    expect(parseStatus('wc-completed')).toBe('paid');
    expect(parseStatus('partially_refunded')).toBe('partially_refunded');
    expect(parseStatus('wc-cancelled')).toBe('cancelled');
    expect(parseStatus('constructor')).toBeNull();
    expect(parseStatus('teleported')).toBeNull();
  });

  it('turns HubSpot lifecycle labels into internal values', () => {
    expect(parseLifecycle('Marketing Qualified Lead')).toBe('marketingqualifiedlead');
    expect(parseLifecycle('Evangelist')).toBe('evangelist');
    expect(parseLifecycle('')).toBeNull();
  });
});
