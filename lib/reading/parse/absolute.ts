/**
 * Absolute dates without an ISO shape: numeric (`15.01.2024`, `01/15/2024`, `۱۴۰۲/۱۰/۲۵`)
 * and with a month name in any listed language (`Jan 15, 2024`, `15 янв. 2024 г.`,
 * `15. Januar 2024`, `25 دی ۱۴۰۲`, `Jul 20` with the year taken from the page's clock).
 * Input is cleaned, lower-cased, ASCII-digit text with the clock time taken out.
 */
import { isAfter, isValidDate, type LocalDateTime } from './calendar';
import { jalaliToGregorian } from './jalali';
import { lookupMonth, lookupWeekday } from './months';

type Ymd = Pick<LocalDateTime, 'year' | 'month' | 'day'>;

/** Words that sit inside dates but carry nothing ("г." = year in Russian, "r." Polish). */
const FILLER = new Set([
  'at',
  'um',
  'o',
  'в',
  'à',
  'г',
  'года',
  'r',
  'roku',
  'de',
  'the',
  'of',
  'uhr',
  'ساعت',
  'on',
  'le',
]);

/** Solar Hijri years: no CRM shows a Gregorian year in this range. */
const isJalaliYear = (y: number) => y >= 1300 && y < 1500;

function toGregorian(ymd: Ymd, jalali: boolean): Ymd | null {
  const converted = jalali ? jalaliToGregorian(ymd.year, ymd.month, ymd.day) : ymd;
  return converted && isValidDate(converted.year, converted.month, converted.day)
    ? converted
    : null;
}

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** `dayFirst` comes from the locale; undefined means the page's convention is unknown. */
export function parseNumericDate(text: string, dayFirst: boolean | undefined): Ymd | null {
  const m = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})\.?$/.exec(text.trim());
  if (!m) return null;
  const [, a, sep, b, c] = m as unknown as [string, string, string, string, string];
  if (a.length === 4) {
    const ymd = { year: Number(a), month: Number(b), day: Number(c) };
    return c.length > 2 ? null : toGregorian(ymd, isJalaliYear(ymd.year));
  }
  if (a.length > 2 || (c.length !== 2 && c.length !== 4)) return null;
  const first = Number(a);
  const second = Number(b);
  const year = fullYear(c);
  // Dots are day-first everywhere they are used (de, pl, ru); slashes and dashes depend
  // on the locale, and an ambiguous pair with no locale is refused rather than guessed.
  let dayFirstHere = sep === '.' ? true : dayFirst;
  if (first > 12 && second <= 12) dayFirstHere = true;
  else if (second > 12 && first <= 12) dayFirstHere = false;
  if (dayFirstHere === undefined) return null;
  const ymd = dayFirstHere
    ? { year, month: second, day: first }
    : { year, month: first, day: second };
  return toGregorian(ymd, false);
}

export interface NamedDateResult {
  ymd: Ymd;
  weekdayOnly?: number;
}

/** A month name with a day and optional year; or a lone weekday ("Monday at 4:34 pm"). */
export function parseNamedDate(text: string, now: Date): NamedDateResult | null {
  const words = text.split(/[\s,]+/).filter((w) => w && !FILLER.has(w.replace(/\.$/, '')));
  let month: { month: number; jalali: boolean } | undefined;
  const numbers: string[] = [];
  let weekday: number | undefined;
  for (const word of words) {
    const num = /^(\d{1,4})\.?$/.exec(word);
    if (num) numbers.push(num[1] as string);
    else if (!month && lookupMonth(word)) month = lookupMonth(word);
    else if (weekday === undefined && lookupWeekday(word) !== undefined)
      weekday = lookupWeekday(word);
    else return null; // an unknown word: this is not a date we can read
  }
  if (!month) {
    if (weekday === undefined || numbers.length > 0) return null;
    return { ymd: { year: 0, month: 0, day: 0 }, weekdayOnly: weekday };
  }
  const days = numbers.filter((n) => n.length <= 2);
  const years = numbers.filter((n) => n.length === 4);
  if (days.length !== 1 || years.length > 1 || days.length + years.length !== numbers.length) {
    return null;
  }
  const day = Number(days[0]);
  if (years.length === 1) {
    const ymd = toGregorian({ year: Number(years[0]), month: month.month, day }, month.jalali);
    return ymd ? { ymd } : null;
  }
  if (month.jalali) return null; // a Jalali day without its year cannot be placed
  // No year: the page means the latest such day that is not in the future.
  const year = now.getFullYear();
  const candidate = { year, month: month.month, day };
  const ymd = isAfter(candidate, now, 36e5 * 24) ? { ...candidate, year: year - 1 } : candidate;
  return isValidDate(ymd.year, ymd.month, ymd.day) ? { ymd } : null;
}
