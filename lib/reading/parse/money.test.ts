import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minorDigits } from './currency';
import { moneyDifference, parseMoney, roundToMinorUnits } from './money';

describe('parseMoney: the formats in the issue, per language', () => {
  it.each([
    // en
    ['$1,234.56', 1234.56, 'USD'],
    ['$ 1,234.56', 1234.56, 'USD'],
    ['US$1,234.56', 1234.56, 'USD'],
    ['£89.00', 89, 'GBP'],
    ['1,234.56 USD', 1234.56, 'USD'],
    ['USD 1,234.56', 1234.56, 'USD'],
    ['$1,234.56 CAD', 1234.56, 'CAD'], // an ISO code beats the shared symbol
    ['C$1,234.56', 1234.56, 'CAD'],
    ['$125,000', 125000, 'USD'],
    ['$0.00', 0, 'USD'],
    // de
    ['€1.234,56', 1234.56, 'EUR'],
    ['1.234,56 €', 1234.56, 'EUR'],
    ['1.234,56\u00A0€', 1234.56, 'EUR'],
    ['1.234 €', 1234, 'EUR'], // euros have two decimals, so `.234` groups
    ['1.234,56 EUR', 1234.56, 'EUR'],
    ["CHF 1'234.50", 1234.5, 'CHF'],
    // pl
    ['1 234,56 zł', 1234.56, 'PLN'],
    ['1\u00A0234,56\u00A0zł', 1234.56, 'PLN'],
    ['1234,56 PLN', 1234.56, 'PLN'],
    ['12,50 zł', 12.5, 'PLN'],
    // ru / uk
    ['1 234,56 ₽', 1234.56, 'RUB'],
    ['1 234,56 руб.', 1234.56, 'RUB'],
    ['1 234 р.', 1234, 'RUB'],
    ['1 200 грн', 1200, 'UAH'],
    ['1\u202F234,56 RUB', 1234.56, 'RUB'],
    // fa (Persian and Arabic-Indic digits, Arabic separators)
    ['۱۲٬۳۴۵ ریال', 12345, 'IRR'],
    ['١٢٬٣٤٥ ریال', 12345, 'IRR'],
    ['۱۲٬۳۴۵ تومان', 12345, 'IRT'],
    ['۱۲۳٫۵ IRR', 123.5, 'IRR'],
    ['\u200E\u2212\u200Eریال ۱٬۲۳۴٬۵۶۸', -1234568, 'IRR'], // what Intl fa-IR prints
    // other symbols
    ['₹1,23,456.00', 123456, 'INR'],
    ['R$ 1.234,56', 1234.56, 'BRL'],
    ['1 234,56 Kč', 1234.56, 'CZK'],
  ])('%j → %d %s', (text, amount, currency) => {
    expect(parseMoney(text)).toEqual({ amount, currency });
  });
});

describe('parseMoney: signs', () => {
  it.each([
    ['-$12.00', -12],
    ['$-12.00', -12],
    ['−$12.00', -12], // U+2212 minus
    ['($12.00)', -12],
    ['(12,00 €)', -12],
    ['-12,00 €', -12],
    ['12.00-', -12],
    ['+$12.00', 12],
    ['-$0.00', 0],
  ])('%j → %d', (text, amount) => {
    expect(parseMoney(text)?.amount).toBe(amount);
  });

  it('gives zero without a sign', () => {
    expect(Object.is(parseMoney('-$0.00')?.amount, -0)).toBe(false);
  });
});

describe('parseMoney: options', () => {
  it('lets the account currency name a shared symbol or an absent one, never a specific one', () => {
    expect(parseMoney('$12.00', { currency: 'AUD' })).toEqual({ amount: 12, currency: 'AUD' });
    expect(parseMoney('12.00', { currency: 'PLN' })).toEqual({ amount: 12, currency: 'PLN' });
    expect(parseMoney('€12.00', { currency: 'USD' })).toEqual({ amount: 12, currency: 'EUR' });
    expect(parseMoney('12.00')).toEqual({ amount: 12 });
    expect(parseMoney('100 kr')).toEqual({ amount: 100 });
    expect(parseMoney('100 kr', { currency: 'SEK' })).toEqual({ amount: 100, currency: 'SEK' });
  });

  it('uses the locale for a lone three-digit tail only when the currency allows three decimals', () => {
    expect(parseMoney('1.234', { locale: 'de-DE' })?.amount).toBe(1234);
    expect(parseMoney('1.234', { locale: 'en-US' })?.amount).toBe(1.234);
    expect(parseMoney('1,234', { locale: 'de-DE' })?.amount).toBe(1.234);
    expect(parseMoney('1,234', { locale: 'en-US' })?.amount).toBe(1234);
    expect(parseMoney('1.234 KWD', { locale: 'en' })?.amount).toBe(1.234); // 3-decimal dinar
    expect(parseMoney('1,234 €', { locale: 'de-DE' })?.amount).toBe(1234);
  });
});

describe('parseMoney: what is not one amount gives null', () => {
  it.each([
    '',
    '   ',
    '$',
    '€',
    'Free',
    'N/A',
    '—',
    'abc',
    '1e5',
    '12 34',
    '$12 and $13',
    '$12 – $20',
    '€12 $12',
    '7 orders',
    '1.234.56',
    '1,234.567,89',
    '--12',
    '((12))',
    'NaN',
    'Infinity $',
    '<img src=x onerror=alert(1)>$12',
  ])('%j → null', (text) => {
    expect(parseMoney(text)).toBeNull();
  });

  it('refuses huge text rather than truncating it into another number', () => {
    expect(parseMoney(`$${'9'.repeat(200)}`)).toBeNull();
    expect(parseMoney(`$12${' '.repeat(1_000_000)}.00`)).toBeNull();
    expect(parseMoney(`$12${'\u200B'.repeat(1_000)}`)).toBeNull();
  });
});

const CASES = [
  ['en-US', 'USD'],
  ['en-GB', 'GBP'],
  ['en-IN', 'INR'],
  ['de-DE', 'EUR'],
  ['de-CH', 'CHF'],
  ['fr-FR', 'EUR'],
  ['pl-PL', 'PLN'],
  ['ru-RU', 'RUB'],
  ['fa-IR', 'IRR'],
  ['ja-JP', 'JPY'],
] as const;

describe('parseMoney reads back what Intl prints (property)', () => {
  it.each(CASES)('%s %s, symbol and code display', (locale, currency) => {
    const digits = minorDigits(currency) ?? 2;
    fc.assert(
      fc.property(
        fc.integer({ min: -1e10, max: 1e10 }),
        fc.constantFrom('symbol', 'code') as fc.Arbitrary<'symbol' | 'code'>,
        (minor, display) => {
          const value = minor / 100;
          const text = new Intl.NumberFormat(locale, {
            style: 'currency',
            currency,
            currencyDisplay: display,
          }).format(value);
          // Intl rounds half away from zero; Math.round would round -0.5 up.
          const expected =
            (Math.sign(value) * Math.round(Math.abs(value) * 10 ** digits)) / 10 ** digits;
          const parsed = parseMoney(text, { locale });
          expect(parsed?.amount).toBeCloseTo(expected === 0 ? 0 : expected, 6);
          expect(parsed?.currency).toBe(currency);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const out = parseMoney(text);
        expect(out === null || Number.isFinite(out.amount)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('money arithmetic in minor units', () => {
  it('subtracts without binary noise', () => {
    expect(89.9 - 65).toBe(24.900000000000006);
    expect(moneyDifference(89.9, 65, 'EUR')).toBe(24.9);
    expect(moneyDifference(120, 120, 'EUR')).toBe(0);
    expect(Object.is(moneyDifference(0.1, 0.1, 'EUR'), 0)).toBe(true);
  });

  it("rounds to the currency's own digits, three when it is unknown", () => {
    expect(roundToMinorUnits(0.1 + 0.2, 'USD')).toBe(0.3);
    expect(roundToMinorUnits(1234.4, 'JPY')).toBe(1234);
    expect(roundToMinorUnits(1.2345, 'KWD')).toBe(1.235);
    expect(roundToMinorUnits(1.2345)).toBe(1.235);
    expect(roundToMinorUnits(Number.NaN, 'EUR')).toBeNaN();
  });
});
