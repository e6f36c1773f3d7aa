/** Locale-aware readers for text scraped from CRM pages (see each module for its formats). */
export { cleanText } from './text';
export { parseMoney, type Money, type MoneyOptions } from './money';
export { parseDate, type DateOptions } from './date';
export { parseCount } from './count';
export { parseLocaleNumber, decimalSeparatorFor } from './number';
export { toAsciiDigits } from './digits';
