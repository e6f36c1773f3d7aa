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
  /** `wholeWithoutCents`: "€40", not "€40.00" (in sentences; tables keep their cents aligned). */
  money(
    value: number | null | undefined,
    currency: string | null | undefined,
    options?: { wholeWithoutCents?: boolean },
  ): string;
  percent(share: number | null | undefined, maximumFractionDigits?: number): string;
  /** `long`: "March 1, 2026", for dates inside sentences. */
  date(iso: string | null | undefined, options?: { long?: boolean }): string;
  dateTime(iso: string | null | undefined): string;
  /** A calendar month given as 'YYYY-MM' ("Oct 2026", "مهر ۱۴۰۵"); anything else as a dash. */
  month(yearMonth: string | null | undefined): string;
  /**
   * A number the way it is typed into a field: the locale's digits and decimal mark and no
   * grouping ("۰٫۴", "0,4", "1500"), which the options page's parser reads back.
   */
  editable(value: number): string;
  /** The plural category of a count, to pick a message's form ("1 order", "5 orders"). */
  plural(value: number): Intl.LDMLPluralRule;
  /** The ordinal category ("1st", "2nd"), likewise. */
  ordinal(value: number): Intl.LDMLPluralRule;
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
function currencyCode(currency: string | null | undefined): string | null {
  const code = currency?.trim().toUpperCase();
  return code && /^[A-Z]{3}$/.test(code) ? code : null;
}

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * `make(key)`, built once per key (up to `max` keys): an Intl formatter costs far more to
 * build than to use, and a table or a list of badge tooltips formats thousands of values.
 */
function memo<K, V>(make: (key: K) => V, max = Infinity): (key: K) => V {
  const made = new Map<K, V>();
  return (key) => {
    if (made.has(key)) return made.get(key) as V;
    const value = make(key);
    if (made.size < max) made.set(key, value);
    return value;
  };
}

export function createFormat(requested?: string): Format {
  const locale = safeLocale(requested);
  const numberFormat = memo(
    (digits: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: digits }),
  );
  const percentFormat = memo(
    (digits: number) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits }),
  );
  // null: Intl refused the code. At most 50 kept: currency codes come from scraped pages.
  const moneyFormat = memo((id: string): Intl.NumberFormat | null => {
    const [code = '', whole] = id.split('|');
    try {
      return new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: code,
        ...(whole === 'whole' ? { trailingZeroDisplay: 'stripIfInteger' as const } : {}),
      });
    } catch {
      // A well-formed code Intl does not know: the amount is shown with the code after it.
      return null;
    }
  }, 50);
  const editableFormat = new Intl.NumberFormat(locale, {
    useGrouping: false,
    maximumFractionDigits: 6,
  });
  const cardinal = new Intl.PluralRules(locale);
  const ordinal = new Intl.PluralRules(locale, { type: 'ordinal' });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  let longDateFormat: Intl.DateTimeFormat | null = null;
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
    money(value, currency, options) {
      if (!finite(value)) return MISSING;
      const code = currencyCode(currency);
      if (!code) return numberFormat(2).format(value);
      const format = moneyFormat(`${code}|${options?.wholeWithoutCents ? 'whole' : 'cents'}`);
      return format ? format.format(value) : `${numberFormat(2).format(value)} ${code}`;
    },
    percent: (share, digits = 0) => (finite(share) ? percentFormat(digits).format(share) : MISSING),
    date(iso, options) {
      const date = parseDate(iso);
      if (!date) return MISSING;
      if (!options?.long) return dateFormat.format(date);
      longDateFormat ??= new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      return longDateFormat.format(date);
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
    editable: (value) => (finite(value) ? editableFormat.format(value) : ''),
    plural: (value) => cardinal.select(value),
    ordinal: (value) => ordinal.select(value),
  };
}

const sharedFormat = memo(createFormat, 20);

/**
 * One `Format` per locale for code that has a locale but no page to hold a `Format`
 * (the badge tooltip in a content script formats a sentence per badge).
 */
export function formatFor(requested: string | undefined): Format {
  return sharedFormat(safeLocale(requested));
}
