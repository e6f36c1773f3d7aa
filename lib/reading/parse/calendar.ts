/**
 * Calendar arithmetic for the date parser. Date-only results are `YYYY-MM-DD` in the
 * user's local calendar (the page shows dates in the viewer's or shop's zone, and Rung runs
 * in that browser); results with a time are full ISO strings in UTC of that local time.
 */

/** Years a CRM date can plausibly carry; outside them the text was misread. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

export interface LocalDateTime {
  year: number;
  month: number; // 1–12
  day: number;
  time?: { hour: number; minute: number; second: number };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  const probe = new Date(Date.UTC(year, month - 1, day));
  return Number.isInteger(day) && probe.getUTCDate() === day && probe.getUTCMonth() === month - 1;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatLocal(dt: LocalDateTime): string {
  if (!dt.time) return `${pad(dt.year, 4)}-${pad(dt.month)}-${pad(dt.day)}`;
  const { hour, minute, second } = dt.time;
  return new Date(dt.year, dt.month - 1, dt.day, hour, minute, second).toISOString();
}

/** The local calendar day of `now`, shifted by `days`. */
export function localDay(now: Date, days = 0): LocalDateTime {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + days);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** Local midnight-relative comparison used to put a year-less date in the past. */
export function isAfter(dt: LocalDateTime, now: Date, slackMs: number): boolean {
  const t = dt.time ?? { hour: 0, minute: 0, second: 0 };
  const at = new Date(dt.year, dt.month - 1, dt.day, t.hour, t.minute, t.second).getTime();
  return at > now.getTime() + slackMs;
}
