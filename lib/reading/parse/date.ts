/**
 * Dates as CRMs print them, to ISO 8601: date-only inputs give `YYYY-MM-DD`, inputs with a
 * clock time give a full ISO instant. Machine values (`time[datetime]`, `abbr[title]`) go
 * through the same function and come out exact. Relative forms are read against `now`, the
 * page's clock. Text we cannot read gives null: a date is never guessed.
 */
import { formatLocal, isValidDate, localDay } from './calendar';
import { parseNamedDate, parseNumericDate } from './absolute';
import { toAsciiDigits } from './digits';
import { parseRelative } from './relative';
import { cleanText } from './text';
import { extractTime } from './time';

export interface DateOptions {
  /** The page's clock, for "Today", "3 mins ago" and year-less dates. */
  now: Date;
  /** The page's locale: decides `01/02/2024` (en-US month-first; most others day-first). */
  locale?: string;
}

const MAX_DATE_TEXT = 100;
/** Checked before clean-up, so padding cannot push trailing words out of sight. */
const MAX_RAW_TEXT = 400;

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[t ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(z|[+-]\d{2}:?\d{2})?)?$/i;

function parseIso(text: string): string | null | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, , zone] = m;
  const ymd = { year: Number(y), month: Number(mo), day: Number(d) };
  if (!isValidDate(ymd.year, ymd.month, ymd.day)) return null;
  if (h === undefined) return `${y}-${mo}-${d}`;
  const time = { hour: Number(h), minute: Number(mi), second: Number(s ?? 0) };
  if (time.hour > 23 || time.minute > 59 || time.second > 59) return null;
  if (!zone) return formatLocal({ ...ymd, time }); // WordPress `Y-m-d H:i:s`: local wall time
  // Offset arithmetic by hand: Date.parse of a rebuilt string costs more than the rest.
  const z = zone.toUpperCase();
  const sign = z === 'Z' ? 0 : z.startsWith('-') ? -1 : 1;
  const offsetMin = sign === 0 ? 0 : sign * (Number(z.slice(1, 3)) * 60 + Number(z.slice(-2)));
  const utc = Date.UTC(
    ymd.year,
    ymd.month - 1,
    ymd.day,
    time.hour,
    time.minute - offsetMin,
    time.second,
  );
  return new Date(utc).toISOString();
}

/** Month-first only where the locale writes it so (en-US and its neighbours). */
function dayFirstFor(locale: string | undefined): boolean | undefined {
  if (!locale) return undefined;
  return !/^en-(us|ph|ca)$|^en$/i.test(locale);
}

/** The most recent `weekday` strictly before today ("Monday at 4:34 pm" in last week's list). */
function lastWeekday(weekday: number, now: Date) {
  const back = (now.getDay() - weekday + 7) % 7 || 7;
  return localDay(now, -back);
}

export function parseDate(text: string, opts: DateOptions): string | null {
  if (!Number.isFinite(opts.now.getTime()) || text.length > MAX_RAW_TEXT) return null;
  // Fast path for machine values (`time[datetime]`): list pages pass one per row.
  if (text.length <= 40 && ISO.test(text)) return parseIso(text) ?? null;
  const cleaned = cleanText(text, MAX_DATE_TEXT + 1);
  if (cleaned.length === 0 || cleaned.length > MAX_DATE_TEXT) return null;
  const lower = toAsciiDigits(cleaned).toLowerCase();
  const iso = parseIso(lower);
  if (iso !== undefined) return iso;
  const timed = extractTime(lower);
  const rest = (timed?.rest ?? lower).replace(/\s+/g, ' ').trim();
  const time = timed?.time;
  const relative = parseRelative(rest, time, opts.now);
  if (relative !== undefined) return relative;
  const numeric = parseNumericDate(rest.replace(/,$/, ''), dayFirstFor(opts.locale));
  if (numeric) return formatLocal({ ...numeric, time });
  const named = parseNamedDate(rest, opts.now);
  if (!named) return null;
  if (named.weekdayOnly !== undefined) {
    return time ? formatLocal({ ...lastWeekday(named.weekdayOnly, opts.now), time }) : null;
  }
  return formatLocal({ ...named.ymd, time });
}
