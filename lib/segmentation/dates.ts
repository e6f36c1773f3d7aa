/**
 * Dates as whole UTC days since 1970-01-01. The engine reasons in days ("no order for
 * 365 days", "tenure 180 days"), so every ISO string is reduced to one integer once,
 * and an order placed any time on the `asOf` day is never "in the future".
 *
 * `isoToDay` runs once per order in `classifyAll` (a million times in the bench), so the
 * common shapes (`2024-03-05`, `2024-03-05T10:20:30Z`, `…30.123Z`) are read from the
 * character codes directly; anything else (offsets, odd precision) goes through
 * `Date.parse`, which is slower but correct.
 */

export const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to y-m-d (proleptic Gregorian; Howard Hinnant's days_from_civil). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Reads `n` ASCII digits at `at`, or -1 when any is not a digit. */
function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * True when the string after the date part is a time that cannot move the UTC day:
 * `THH:MM[:SS[.fff]]` followed by `Z` or by nothing (a zone-less time is read as UTC,
 * so the answer never depends on the machine's time zone).
 */
function isDayKeepingTime(s: string): boolean {
  const sep = s.charCodeAt(10);
  if (sep !== 84 /* T */ && sep !== 116 /* t */ && sep !== 32 /* space */) return false;
  const h = digits(s, 11, 2);
  const min = digits(s, 14, 2);
  if (h < 0 || h > 23 || min < 0 || min > 59 || s.charCodeAt(13) !== 58 /* : */) return false;
  for (let i = 16; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ok =
      (c >= 48 && c <= 57) ||
      c === 58 ||
      c === 46 ||
      ((c === 90 || c === 122) && i === s.length - 1);
    if (!ok) return false;
  }
  return true;
}

/** Whole UTC day of an ISO 8601 date or date-time, or null when it is not a real date. */
export function isoToDay(s: string | undefined | null): number | null {
  if (typeof s !== 'string' || s.length < 10 || s.length > 40) return null;
  if (s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    // Unrolled digit reads: this line runs once per order.
    const y0 = s.charCodeAt(0) - 48,
      y1 = s.charCodeAt(1) - 48,
      y2 = s.charCodeAt(2) - 48;
    const y3 = s.charCodeAt(3) - 48,
      m0 = s.charCodeAt(5) - 48,
      m1 = s.charCodeAt(6) - 48;
    const d0 = s.charCodeAt(8) - 48,
      d1 = s.charCodeAt(9) - 48;
    // `c >>> 0 > 9` is false only for 0–9: a character below '0' wraps to a huge number.
    if (
      y0 >>> 0 > 9 ||
      y1 >>> 0 > 9 ||
      y2 >>> 0 > 9 ||
      y3 >>> 0 > 9 ||
      m0 >>> 0 > 9 ||
      m1 >>> 0 > 9 ||
      d0 >>> 0 > 9 ||
      d1 >>> 0 > 9
    ) {
      return null;
    }
    const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const m = m0 * 10 + m1;
    const d = d0 * 10 + d1;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
    if (s.length === 10 || isDayKeepingTime(s)) return daysFromCivil(y, m, d);
  }
  // Slow path: offsets such as +02:00 can move the UTC day; let the platform parse it.
  // Only ISO-looking strings get here: Date.parse also accepts "March 5", which an
  // adapter should have normalised, so a non-ISO shape is refused rather than guessed.
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([+-]\d{2}:?\d{2}|Z)?$/i.test(s)) {
    return null;
  }
  const zoned = /([+-]\d{2}:?\d{2}|Z)$/i.test(s);
  const ms = Date.parse(s.replace(' ', 'T') + (zoned ? '' : 'Z'));
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : null;
}

/** `asOf` as given by callers (ISO string or Date) → its UTC day; throws on garbage. */
export function asOfToDay(asOf: string | Date): number {
  const day =
    asOf instanceof Date
      ? Number.isFinite(asOf.getTime())
        ? Math.floor(asOf.getTime() / DAY_MS)
        : null
      : isoToDay(asOf);
  if (day === null)
    throw new Error(`asOf must be an ISO 8601 date or a valid Date (got ${String(asOf)})`);
  return day;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

// Customers share order days: remember recent ones instead of building the same string
// 200,000 times in classifyAll (bounded; cleared when full).
const isoCache = new Map<number, string>();

/** The ISO date (YYYY-MM-DD) of a UTC day number. */
export function dayToIso(day: number): string {
  const hit = isoCache.get(day);
  if (hit !== undefined) return hit;
  const iso = civilIso(day);
  if (isoCache.size >= 20_000) isoCache.clear();
  isoCache.set(day, iso);
  return iso;
}

/** YYYY-MM-DD without a Date (Howard Hinnant's civil_from_days). */
function civilIso(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y < 1000 ? String(y).padStart(4, '0') : y}-${pad2(m)}-${pad2(d)}`;
}
