/**
 * Intl formatters for the values inside engine sentences, made once per locale: a side
 * panel shows a dozen sentences, but the badge tooltip may format one per badge on a list
 * of a thousand, and building an Intl formatter costs far more than using one.
 * Pure (no browser API, no zod or store), so the content script may import it.
 */
import { currencyCode, safeLocale } from '../format/format';

export interface SentenceFormats {
  locale: string;
  number(value: number): string;
  share(value: number): string;
  money(value: number, currency: string | null): string;
  /** An ISO day ('2026-03-01') as a date, or null when it is not one. */
  date(iso: string): string | null;
  plural(value: number): Intl.LDMLPluralRule;
  ordinal(value: number): Intl.LDMLPluralRule;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

function build(locale: string): SentenceFormats {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  const cardinal = new Intl.PluralRules(locale);
  const ordinal = new Intl.PluralRules(locale, { type: 'ordinal' });
  const moneyFormats = new Map<string, Intl.NumberFormat | null>();
  const moneyFormat = (code: string) => {
    if (!moneyFormats.has(code)) {
      let format: Intl.NumberFormat | null = null;
      try {
        // "€40", not "€40.00": whole amounts read faster; cents stay when there are any.
        format = new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: code,
          trailingZeroDisplay: 'stripIfInteger',
        });
      } catch {
        // A well-formed code Intl does not know: the amount is shown with the code after it.
      }
      if (moneyFormats.size < 50) moneyFormats.set(code, format);
      return format;
    }
    return moneyFormats.get(code) ?? null;
  };
  return {
    locale,
    number: (value) => number.format(value),
    share: (value) => percent.format(value),
    money(value, currency) {
      const code = currencyCode(currency);
      if (!code) return number.format(value);
      const format = moneyFormat(code);
      return format ? format.format(value) : `${number.format(value)} ${code}`;
    },
    date(iso) {
      if (!ISO_DAY.test(iso)) return null;
      const time = Date.parse(iso.slice(0, 10));
      return Number.isNaN(time) ? null : date.format(time);
    },
    plural: (value) => cardinal.select(value),
    ordinal: (value) => ordinal.select(value),
  };
}

const byLocale = new Map<string, SentenceFormats>();

export function sentenceFormats(requested: string | undefined): SentenceFormats {
  const locale = safeLocale(requested);
  let formats = byLocale.get(locale);
  if (!formats) {
    formats = build(locale);
    if (byLocale.size < 20) byLocale.set(locale, formats);
  }
  return formats;
}
