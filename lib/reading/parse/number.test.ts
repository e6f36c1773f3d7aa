import { describe, expect, it } from 'vitest';
import { decimalSeparatorFor, parseLocaleNumber } from './number';

describe('parseLocaleNumber', () => {
  it.each([
    ['1234', undefined, 1234],
    ['1,234.56', undefined, 1234.56],
    ['1.234,56', undefined, 1234.56],
    ['1 234,56', undefined, 1234.56],
    ['1\u00A0234\u00A0567,8', undefined, 1234567.8],
    ["1'234.50", undefined, 1234.5],
    ['1.234.567', undefined, 1234567],
    ['1,234,567', undefined, 1234567],
    ['12,5', undefined, 12.5],
    ['0,123', undefined, 0.123], // a group cannot follow a lone zero
    ['1,23,456.00', undefined, 123456], // Indian grouping
    ['۱۲٬۳۴۵', undefined, 12345],
    ['۱۲٬۳۴۵٫۶', undefined, 12345.6],
    ['١٢٣', undefined, 123], // Arabic-Indic digits
    // the one ambiguity: a lone separator before three digits
    ['1,234', undefined, 1234],
    ['1.234', undefined, 1.234],
    ['1.234', ',', 1234],
    ['1,234', ',', 1.234],
    ['1.234', 'group', 1234],
    ['1,234', 'group', 1234],
    ['1,2345', 'group', 1.2345],
  ] as const)('%j (hint %s) → %d', (text, hint, expected) => {
    expect(parseLocaleNumber(text, hint)).toBe(expected);
  });

  it.each([
    '',
    'abc',
    '1e5',
    '12 34',
    '1,2,3',
    '1.234,567.89',
    '1,234.567,89',
    '1..2',
    '.5',
    '12.',
    'Infinity',
    '9'.repeat(20),
    '1_000',
  ])('%j → null', (text) => {
    expect(parseLocaleNumber(text)).toBeNull();
  });

  it('reads the decimal separator of a locale, and shrugs at a bad tag', () => {
    expect(decimalSeparatorFor('en-US')).toBe('.');
    expect(decimalSeparatorFor('de-DE')).toBe(',');
    expect(decimalSeparatorFor('pl')).toBe(',');
    expect(decimalSeparatorFor('fa-IR')).toBeUndefined(); // writes U+066B, handled by digits
    expect(decimalSeparatorFor('not a locale!')).toBeUndefined();
    expect(decimalSeparatorFor(undefined)).toBeUndefined();
  });
});
