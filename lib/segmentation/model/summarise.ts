/**
 * Transactions → the (x, t_x, T) summary the customer-base models read, with the conventions of
 * the published CDNOW summary and of the `lifetimes` package:
 * - purchases are counted per distinct calendar day: several orders on one day are one purchase
 *   (and their values add up), because the models describe visits, not basket splits;
 * - x is the number of repeat purchase days (all days after the first), t_x the time from the
 *   first to the last purchase day, T the time from the first purchase day to the end of the
 *   observation window, all in days or weeks (days / 7);
 * - monetary is the mean value of the repeat purchase days only (the first is excluded, as the
 *   Gamma-Gamma model is fitted on repeat spend), null when there is none;
 * - transactions after the window's end are ignored; customers who first bought after it are
 *   left out, as they do not exist yet at that date.
 */

export interface Transaction {
  customer: string;
  /** Whole days since 1970-01-01 (UTC); see dayNumber(). */
  day: number;
  /** Order value; undefined or non-finite when unknown. */
  value?: number;
}

export type TimeUnit = 'day' | 'week';

export interface CustomerSummary {
  customer: string;
  x: number;
  tx: number;
  T: number;
  monetary: number | null;
}

const MS_PER_DAY = 86_400_000;

/** Whole UTC days since 1970-01-01 of an ISO date or date-time; NaN when it does not parse. */
export function dayNumber(iso: string): number {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : NaN;
}

export function summarise(
  transactions: Iterable<Transaction>,
  options: { observationEnd: number; unit: TimeUnit },
): CustomerSummary[] {
  const { observationEnd } = options;
  const perUnit = options.unit === 'week' ? 7 : 1;
  // customer → day → summed value (NaN when any order that day has an unknown value)
  const days = new Map<string, Map<number, number>>();
  for (const t of transactions) {
    if (!Number.isFinite(t.day) || t.day > observationEnd) continue;
    const day = Math.floor(t.day);
    let byDay = days.get(t.customer);
    if (!byDay) days.set(t.customer, (byDay = new Map()));
    const value = typeof t.value === 'number' && Number.isFinite(t.value) ? t.value : NaN;
    byDay.set(day, (byDay.get(day) ?? 0) + value);
  }

  const out: CustomerSummary[] = [];
  for (const [customer, byDay] of days) {
    let first = Infinity;
    let last = -Infinity;
    for (const day of byDay.keys()) {
      if (day < first) first = day;
      if (day > last) last = day;
    }
    let repeatTotal = 0;
    let repeatValued = 0;
    for (const [day, value] of byDay) {
      if (day === first || Number.isNaN(value)) continue;
      repeatTotal += value;
      repeatValued++;
    }
    out.push({
      customer,
      x: byDay.size - 1,
      tx: (last - first) / perUnit,
      T: (observationEnd - first) / perUnit,
      monetary: repeatValued > 0 ? repeatTotal / repeatValued : null,
    });
  }
  return out;
}
