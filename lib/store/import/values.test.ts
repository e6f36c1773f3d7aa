import { describe, expect, it } from 'vitest';
import {
  normalizePhone,
  parseAmount,
  parseCount,
  parseDate,
  parseLifecycle,
  parseNps,
  parseStatus,
} from './values';

describe('parseAmount', () => {
  it.each([
    ['123.45', 123.45],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['$1 234.50', 1234.5],
    ['€12,5', 12.5],
    ['12.50 EUR', 12.5],
    ['1 234,50 zł', 1234.5],
    ["'42", 42],
    ['-7.25', -7.25],
    ['\u22127.25', -7.25],
    ['1,234', 1234],
    ['1.234.567', 1234567],
    ['1,234,567', 1234567],
    ['۱۲۳٫۵', 123.5],
  ])('reads %s as %d', (raw, value) => {
    expect(parseAmount(raw)).toBe(value);
  });

  it('reads a lone separator before three digits by the file’s decimal mark', () => {
    // `1.234` in a German file is a thousand two hundred and thirty-four.
    expect(parseAmount('1.234', ',')).toBe(1234);
    expect(parseAmount('1.234', '.')).toBe(1.234);
    expect(parseAmount('1,234', ',')).toBe(1.234);
    // A shape that says which mark is decimal is read by its shape in any file.
    expect(parseAmount('12.50', ',')).toBe(12.5);
    expect(parseAmount('1.234,5', '.')).toBe(1234.5);
  });

  it.each(['', 'twelve', '=HYPERLINK(1)', '1e400', '12abc', '--1', '9'.repeat(15), '1.2.3,4.5'])(
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
    expect(parseCount('1.200', ',')).toBe(1200);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-01-05 09:58:12 +0000', '2025-01-05T09:58:12.000Z'],
    ['2025-03-01 11:59:00 +0100', '2025-03-01T10:59:00.000Z'],
    ['2025-01-15T10:23:45Z', '2025-01-15T10:23:45.000Z'],
    ['2025-01-15 10:23', '2025-01-15T10:23:00.000Z'],
    ['2025-01-15', '2025-01-15'],
    ['2025/1/5', '2025-01-05'],
    ['28.02.2026 09:06', '2026-02-28T09:06:00.000Z'],
    ['1.3.2026', '2026-03-01'],
    ['15/02/2025', '2025-02-15'],
    ['2/15/2025 2:06 PM', '2025-02-15T14:06:00.000Z'],
    ['۱۴۰۴-۰۱-۰۱', null],
  ])('reads %s without a file-wide order', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it('reads slashed dates both parts of which fit a month in the file’s order, or refuses them', () => {
    expect(parseDate('05/03/2025')).toBeNull();
    expect(parseDate('05/03/2025', 'dmy')).toBe('2025-03-05');
    expect(parseDate('05/03/2025', 'mdy')).toBe('2025-05-03');
    expect(parseDate('9/6/2016 6:29:00', 'mdy')).toBe('2016-09-06T06:29:00.000Z');
    expect(parseDate('12/1/2025 12:30 AM', 'mdy')).toBe('2025-12-01T00:30:00.000Z');
  });

  it.each(['2025-02-30', 'yesterday', '2025-13-01 10:00', '31.02.2026', '10/13/2025'])(
    'refuses %s',
    (raw) => {
      expect(parseDate(raw, 'dmy')).toBeNull();
    },
  );
});

describe('statuses and lifecycle stages', () => {
  it('maps Shopify and WooCommerce statuses and labels, and refuses unknown ones', () => {
    expect(parseStatus('paid')).toBe('paid');
    expect(parseStatus('wc-completed')).toBe('paid');
    expect(parseStatus('partially_refunded')).toBe('partially_refunded');
    expect(parseStatus('wc-cancelled')).toBe('cancelled');
    expect(parseStatus('expired')).toBe('voided');
    expect(parseStatus('wc-checkout-draft')).toBe('draft');
    expect(parseStatus('Draft')).toBe('draft');
    expect(parseStatus('On hold')).toBe('pending');
    expect(parseStatus('wc-on-hold')).toBe('pending');
    expect(parseStatus('Pending payment')).toBe('pending');
    expect(parseStatus('In Bearbeitung')).toBe('paid');
    expect(parseStatus('Anulowane')).toBe('cancelled');
    expect(parseStatus('Возвращён')).toBe('refunded');
    expect(parseStatus('constructor')).toBeNull();
    expect(parseStatus('teleported')).toBeNull();
  });

  it('turns HubSpot lifecycle labels into internal values', () => {
    expect(parseLifecycle('Marketing Qualified Lead')).toBe('marketingqualifiedlead');
    expect(parseLifecycle('Evangelist')).toBe('evangelist');
    expect(parseLifecycle('')).toBeNull();
  });

  it('reads NPS ratings from 0 to 10 only', () => {
    expect(parseNps('9')).toBe(9);
    expect(parseNps('0')).toBe(0);
    expect(parseNps('11')).toBeNull();
    expect(parseNps('Promoter')).toBeNull();
  });
});

describe('normalizePhone', () => {
  it.each([
    ["'+44 20 7946 0001", '+442079460001'],
    ['+7 495 555-01-04', '+74955550104'],
    ['0048 601 234 567', '+48601234567'],
    ['(030) 1234567', '0301234567'],
  ])('keys %s as %s', (raw, key) => {
    expect(normalizePhone(raw)).toBe(key);
  });

  it('is no key for too few digits', () => {
    expect(normalizePhone('12-34')).toBeNull();
    expect(normalizePhone('n/a')).toBeNull();
  });
});
