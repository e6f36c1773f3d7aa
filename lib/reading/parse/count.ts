/**
 * Counts with a noun in any language: `7 orders`, `7 zamówień`, `7 заказов`,
 * `7 Bestellungen`, `۷ سفارش`, `1,234 orders`, `Orders: 7`. Exactly one whole number and
 * otherwise only words; `7.5 orders`, `7 of 9` and bare words give null.
 */
import { toAsciiDigits } from './digits';
import { parseLocaleNumber } from './number';
import { cleanText } from './text';

const MAX_COUNT_TEXT = 120;
/** Checked before clean-up, so padding cannot push a second number out of sight. */
const MAX_RAW_TEXT = 400;

/** Digits with optional grouping (`1,234`, `1 234`, `1.234`, `۱٬۲۳۴`). */
const NUMBER = /\d(?:[\d,.\u066C]|[ \u00A0\u202F](?=\d))*/g;

/** Besides the number: letters, combining marks, spaces and light punctuation only. */
const WORDS_ONLY = /^[\p{L}\p{M}\s:.()·–-]*$/u;

export function parseCount(text: string): number | null {
  if (text.length > MAX_RAW_TEXT) return null;
  const cleaned = cleanText(text, MAX_COUNT_TEXT + 1);
  if (cleaned.length === 0 || cleaned.length > MAX_COUNT_TEXT) return null;
  const ascii = toAsciiDigits(cleaned);
  const numbers = ascii.match(NUMBER);
  if (!numbers || numbers.length !== 1) return null;
  const match = numbers[0] as string;
  const before = ascii.slice(0, ascii.indexOf(match));
  if (/[-\u2212]\s*$/.test(before)) return null; // a negative count is not a count
  if (!WORDS_ONLY.test(ascii.replace(match, ' '))) return null;
  const token = match.replace(/[,.\u066C]+$/, ''); // sentence punctuation, `Orders: 7.`
  // A count has no decimals, so a lone separator before three digits can only group.
  const value = parseLocaleNumber(token, 'group');
  return value !== null && Number.isInteger(value) && value >= 0 ? value : null;
}
