/**
 * Locale-aware parsing of an unsigned number written for humans: `1,234.56`, `1.234,56`,
 * `1 234,56`, `1'234.50`, `۱۲٬۳۴۵`. The only real ambiguity is a single separator followed by
 * exactly three digits (`1,234` / `1.234`); the caller's locale decides it, and without one
 * the English reading is used. Anything that is not cleanly a number gives null.
 */
import { ARABIC_DECIMAL, ARABIC_GROUP, toAsciiDigits } from './digits';

export type DecimalSeparator = '.' | ',';
/**
 * How to read a lone separator followed by exactly three digits: as the decimal separator
 * named, or ('group') as thousands grouping, which is right whenever the value cannot have
 * three decimals (counts, and currencies with 0 or 2 minor digits).
 */
export type NumberHint = DecimalSeparator | 'group';

/** Spaces and apostrophes only ever group digits (fr/pl/ru spaces, Swiss apostrophes). */
const GROUP_ONLY = /[ \u00A0\u202F\u2009'\u2019]/g;

const GROUP_SPLIT = new RegExp(`[ ,.${ARABIC_GROUP}]`);

/** Upper bound: no customer total is a quadrillion, and past 2^53 digits stop being exact. */
const MAX_ABS = 1e15;

/** Building an Intl formatter costs ~0.1 ms; list pages ask once per row. */
const SEPARATORS = new Map<string, DecimalSeparator | undefined>();

/** The decimal separator a locale writes, or undefined when it is neither '.' nor ','. */
export function decimalSeparatorFor(locale: string | undefined): DecimalSeparator | undefined {
  if (!locale) return undefined;
  if (SEPARATORS.has(locale)) return SEPARATORS.get(locale);
  let separator: DecimalSeparator | undefined;
  try {
    const part = new Intl.NumberFormat(locale)
      .formatToParts(1.5)
      .find((p) => p.type === 'decimal')?.value;
    separator = part === ',' || part === '.' ? part : undefined;
  } catch {
    separator = undefined; // an invalid locale tag is a hint we cannot use, not an error
  }
  // Bounded: locale strings come from pages, and a hostile page could vary them endlessly.
  if (SEPARATORS.size < 200) SEPARATORS.set(locale, separator);
  return separator;
}

/** First group 1–3 digits, later groups 3 (or Indian-style 2s ending in a 3). */
function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || !/^\d{1,3}$/.test(first)) return false;
  if (rest.length === 0) return true;
  const last = rest[rest.length - 1] as string;
  const middle = rest.slice(0, -1);
  if (!/^\d{3}$/.test(last)) return false;
  return middle.every((g) => /^\d{3}$/.test(g)) || middle.every((g) => /^\d{2}$/.test(g));
}

function pickDecimal(s: string, hint: NumberHint | undefined): string | null {
  if (s.includes(ARABIC_DECIMAL)) return ARABIC_DECIMAL;
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) return lastComma > lastDot ? ',' : '.';
  const sep = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : null;
  if (!sep) return null;
  if (s.indexOf(sep) !== s.lastIndexOf(sep)) return null; // repeated: it groups
  const intPart = s.slice(0, s.indexOf(sep));
  const fracLen = s.length - s.indexOf(sep) - 1;
  if (fracLen !== 3 || /^0*$/.test(intPart.replace(/\D/g, ''))) return sep;
  return (hint ?? '.') === sep ? sep : null;
}

export function parseLocaleNumber(raw: string, hint?: NumberHint): number | null {
  const s = toAsciiDigits(raw.trim()).replace(GROUP_ONLY, ' ');
  if (!/^\d[\d,. \u066B\u066C]*$/.test(s)) return null;
  const decimal = pickDecimal(s, hint);
  const cut = decimal ? s.lastIndexOf(decimal) : s.length;
  const intPart = s.slice(0, cut);
  const fracPart = decimal ? s.slice(cut + 1) : '';
  if (decimal && !/^\d{1,6}$/.test(fracPart)) return null;
  // One grouping character per number, and never the decimal one (`1,234.567,89` is garbage).
  const groupChars = new Set(intPart.replace(/\d/g, ''));
  if (groupChars.size > 1 || (decimal && groupChars.has(decimal))) return null;
  const groups = intPart.split(GROUP_SPLIT);
  if (groups.length > 1 && !validGroups(groups)) return null;
  if (groups.some((g) => g === '')) return null;
  const value = Number(`${groups.join('')}${decimal ? `.${fracPart}` : ''}`);
  return Number.isFinite(value) && Math.abs(value) < MAX_ABS ? value : null;
}
