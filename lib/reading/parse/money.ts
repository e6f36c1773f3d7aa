/**
 * Money as CRMs print it: `$1,234.56`, `€1.234,56`, `1 234,56 zł`, `1 234,56 ₽`,
 * `۱۲٬۳۴۵ ریال`, `1,234.56 USD`, `-$12.00`, `($12.00)`. The text must be one amount and its
 * currency and nothing else; anything else gives null (a value we cannot read is unknown,
 * never zero).
 */
import { extractCurrency, minorDigits } from './currency';
import { toAsciiDigits } from './digits';
import { decimalSeparatorFor, parseLocaleNumber, type NumberHint } from './number';
import { cleanText } from './text';

export interface Money {
  amount: number;
  currency?: string;
}

export interface MoneyOptions {
  /** The page's locale (BCP 47), which decides `1,234` vs `1.234` when nothing else does. */
  locale?: string;
  /** The account's currency: used when the text shows none or only a shared symbol (`$`). */
  currency?: string;
}

/** Longer than any amount a page prints: refuse rather than truncate into another number. */
const MAX_MONEY_TEXT = 80;
/** Raw length limit, checked before clean-up so padding cannot hide trailing digits. */
const MAX_RAW_TEXT = 400;

const MINUS = /^[-\u2212\u2013]\s*/;

/** Strips the sign forms accountants and shops use; null when the rest is not signed once. */
function splitSign(text: string): { negative: boolean; body: string } {
  const t = text.trim();
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) return { negative: true, body: (paren[1] as string).trim() };
  if (MINUS.test(t)) return { negative: true, body: t.replace(MINUS, '') };
  if (/[-\u2212]$/.test(t)) return { negative: true, body: t.slice(0, -1).trim() };
  return { negative: false, body: t.replace(/^\+\s*/, '') };
}

function hintFor(currency: string | undefined, locale: string | undefined): NumberHint | undefined {
  // Two-decimal and zero-decimal currencies cannot show three decimals: `€1.234` is 1234.
  const digits = currency ? minorDigits(currency) : undefined;
  if (digits !== undefined && digits !== 3) return 'group';
  return decimalSeparatorFor(locale);
}

export function parseMoney(text: string, opts: MoneyOptions = {}): Money | null {
  if (text.length > MAX_RAW_TEXT) return null;
  const cleaned = cleanText(text, MAX_MONEY_TEXT + 1);
  if (cleaned.length === 0 || cleaned.length > MAX_MONEY_TEXT) return null;
  const found = extractCurrency(toAsciiDigits(cleaned));
  const currency =
    found.currency === undefined || found.ambiguous
      ? (opts.currency ?? found.currency)
      : found.currency;
  // Parentheses and signs may sit outside the symbol (`-$12`) or inside it (`$-12`).
  const { negative, body } = splitSign(found.rest.replace(/\s+/g, ' '));
  const amount = parseLocaleNumber(body, hintFor(currency, opts.locale));
  if (amount === null) return null;
  const signed = negative ? -amount : amount;
  // `-0` would compare equal to 0 but serialise oddly; a zero amount has no sign.
  const value = signed === 0 ? 0 : signed;
  return currency ? { amount: value, currency } : { amount: value };
}

/**
 * `amount` rounded to its currency's minor unit (cents for EUR, none for JPY, fils for KWD),
 * or to three places when the currency is unknown (the most any currency has). Amounts
 * read as decimals do not add up exactly in binary (59.90 − 35.00 is 24.899999999999999),
 * so every sum or difference of money goes through here.
 */
export function roundToMinorUnits(amount: number, currency?: string | null): number {
  if (!Number.isFinite(amount)) return amount;
  const digits = (currency ? minorDigits(currency) : undefined) ?? 3;
  const scale = 10 ** digits;
  const rounded = Math.round(amount * scale) / scale;
  return rounded === 0 ? 0 : rounded;
}

/** `a − b` in minor units: a refund read as "59,90 € then 35,00 €" is 24.9, exactly. */
export function moneyDifference(a: number, b: number, currency?: string | null): number {
  return roundToMinorUnits(a - b, currency);
}
