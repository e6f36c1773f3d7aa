/**
 * Numbers, money, percentages and dates in the user's locale, through Intl. Pages build
 * one `Format` for the UI language and pass it to components as a prop, like `t`.
 *
 * Every helper takes possibly-missing or malformed input (the store holds scraped
 * facts) and answers with a dash instead of throwing or printing "NaN".
 */
export interface Format {
  locale: string;
  number(value: number | null | undefined, maximumFractionDigits?: number): string;
  money(value: number | null | undefined, currency: string | null | undefined): string;
  percent(share: number | null | undefined): string;
  date(iso: string | null | undefined): string;
  dateTime(iso: string | null | undefined): string;
  /** A calendar month given as 'YYYY-MM' ("Oct 2026", "مهر ۱۴۰۵"); anything else as a dash. */
  month(yearMonth: string | null | undefined): string;
}

export const MISSING = '—';

const finite = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A locale Intl accepts; an unknown or malformed tag falls back to English. */
export function safeLocale(locale: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale ?? 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** ISO 4217 codes only: a scraped "zł" or "$" is not a currency code Intl can use. */
export function currencyCode(currency: string | null | undefined): string | null {
  const code = currency?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function createFormat(requested?: string): Format {
  const locale = safeLocale(requested);
  const numberFormats = new Map<number, Intl.NumberFormat>();
  const numberFormat = (digits: number) => {
    let format = numberFormats.get(digits);
    if (!format) {
      format = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
      numberFormats.set(digits, format);
    }
    return format;
  };
  const percentFormat = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  return {
    locale,
    number: (value, digits = 2) => (finite(value) ? numberFormat(digits).format(value) : MISSING),
    money(value, currency) {
      if (!finite(value)) return MISSING;
      const code = currencyCode(currency);
      if (!code) return numberFormat(2).format(value);
      try {
        return new Intl.NumberFormat(locale, { style: 'currency', currency: code }).format(value);
      } catch {
        return `${numberFormat(2).format(value)} ${code}`;
      }
    },
    percent: (share) => (finite(share) ? percentFormat.format(share) : MISSING),
    date(iso) {
      const date = parseDate(iso);
      return date ? dateFormat.format(date) : MISSING;
    },
    dateTime(iso) {
      const date = parseDate(iso);
      return date ? dateTimeFormat.format(date) : MISSING;
    },
    month(yearMonth) {
      const match = /^(\d{4})-(\d{2})$/.exec(yearMonth ?? '');
      const date = match ? parseDate(`${match[1]}-${match[2]}-15T00:00:00Z`) : null;
      return date ? monthFormat.format(date) : MISSING;
    },
  };
}
