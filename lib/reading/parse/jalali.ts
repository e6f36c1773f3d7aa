/**
 * Solar Hijri (Jalali) to Gregorian, for Persian shops that print `۱۴۰۲/۱۰/۲۵`. The simple
 * 33-year cycle drifts from the calendar Iran uses (1407 is not a leap year, though the cycle
 * says so), so this follows the "breaks" algorithm of jalaali-js (after Borkowski), which
 * matches ICU's Persian calendar for every day of 1300–1500 AP (tested).
 */

/** Jalali years at which the leap-year pattern shifts. */
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
  2456, 3178,
];

const div = (a: number, b: number) => Math.trunc(a / b);
const mod = (a: number, b: number) => a - div(a, b) * b;

/** The Gregorian year and the day of March on which Jalali year `jy` begins. */
function nowruz(jy: number): { gy: number; march: number } {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0] as number;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i += 1) {
    const jm = BREAKS[i] as number;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4);
    jp = jm;
  }
  const n = jy - jp;
  leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4);
  if (mod(jump, 33) === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  return { gy, march: 20 + leapJ - leapG };
}

/** Days since the epoch of Farvardin 1 of `jy`, at UTC midnight. */
function startOfYear(jy: number): number {
  const { gy, march } = nowruz(jy);
  return Date.UTC(gy, 2, march);
}

const DAY_MS = 86_400_000;

export function jalaliToGregorian(
  jy: number,
  jm: number,
  jd: number,
): { year: number; month: number; day: number } | null {
  if (!Number.isInteger(jy) || jy < 1 || jy >= 3177) return null;
  if (!Number.isInteger(jm) || jm < 1 || jm > 12 || !Number.isInteger(jd) || jd < 1) return null;
  const yearLength = Math.round((startOfYear(jy + 1) - startOfYear(jy)) / DAY_MS);
  const monthLength = jm <= 6 ? 31 : jm <= 11 ? 30 : yearLength - 336; // Esfand: 29 or 30
  if (jd > monthLength) return null;
  // Months 1–6 have 31 days, 7–11 have 30.
  const offset = jm <= 7 ? (jm - 1) * 31 : 186 + (jm - 7) * 30;
  const d = new Date(startOfYear(jy) + (offset + jd - 1) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
