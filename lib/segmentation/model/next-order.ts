/**
 * When the model expects a customer's next order: the first day by which the expected number of
 * purchases reaches 1. Searched from the month-end expectations the value needs anyway.
 */
export const DAYS_PER_MONTH = 365.25 / 12;
/** Beyond two years an "expected next order" is not a forecast anyone should act on. */
export const NEXT_ORDER_HORIZON_DAYS = 2 * 365.25;

export const MONTH_ENDS = Array.from({ length: 12 }, (_, m) => (m + 1) * DAYS_PER_MONTH);

export type Expectation = (t: number) => number;

/**
 * The first whole day t in (lo, hi] with E(t) ≥ 1, given E(lo) < 1 ≤ E(hi). E is smooth and
 * increasing, so false position (Illinois variant) closes in within a few evaluations; it stops
 * when the bracket is half a day wide, plenty for a date.
 */
function firstDayReachingOne(
  expect: Expectation,
  lo: number,
  hi: number,
  eLo: number,
  eHi: number,
): number {
  let fLo = eLo - 1;
  let fHi = eHi - 1;
  let side = 0;
  for (let i = 0; i < 60 && hi - lo > 0.5; i++) {
    let mid = hi - (fHi * (hi - lo)) / (fHi - fLo);
    // Keep the probe strictly inside, so the bracket always shrinks.
    if (!(mid > lo && mid < hi)) mid = (lo + hi) / 2;
    const f = expect(mid) - 1;
    if (Number.isNaN(f)) return NaN;
    if (f >= 0) {
      hi = mid;
      fHi = f;
      if (side === 1) fLo /= 2;
      side = 1;
    } else {
      lo = mid;
      fLo = f;
      if (side === -1) fHi /= 2;
      side = -1;
    }
  }
  // The answer is the day the crossing falls in: ceil(hi), unless the bracket straddles a day
  // boundary and the earlier whole day already reaches 1.
  const earlier = Math.ceil(lo);
  if (earlier > lo && earlier < Math.ceil(hi)) {
    const f = expect(earlier) - 1;
    if (Number.isNaN(f)) return NaN;
    if (f >= 0) return earlier;
  }
  return Math.ceil(hi);
}

/**
 * Days until E[purchases] reaches 1, i.e. the date by which the model expects one more order.
 * The first year's month-ends (computed for the value anyway) bracket it; past a year, one look
 * at the horizon decides whether to search at all. NaN when a series failed, null when the model
 * does not expect another order within two years.
 */
export function daysToNextOrder(expect: Expectation, firstYear: number[]): number | null {
  const month = firstYear.findIndex((e) => e >= 1);
  if (month >= 0) {
    const before = month === 0 ? 0 : firstYear[month - 1]!;
    return firstDayReachingOne(
      expect,
      month * DAYS_PER_MONTH,
      (month + 1) * DAYS_PER_MONTH,
      before,
      firstYear[month]!,
    );
  }
  const atHorizon = expect(NEXT_ORDER_HORIZON_DAYS);
  if (Number.isNaN(atHorizon)) return NaN;
  if (atHorizon < 1) return null;
  return firstDayReachingOne(
    expect,
    12 * DAYS_PER_MONTH,
    NEXT_ORDER_HORIZON_DAYS,
    firstYear[11]!,
    atHorizon,
  );
}
