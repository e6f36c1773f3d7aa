/**
 * One pass over a profile's order rows: dedupe, currency, status, dates and amounts,
 * reduced to the sums the rules read. This is the engine's hot loop (a million orders in
 * the bench), so it allocates nothing per order: dates become day numbers, and the
 * days of dated orders go into a shared scratch buffer for the median gap.
 */
import type { Order } from '../domain/profile';
import { dominantCurrency } from './currency';
import { roundToMinorUnits } from '../reading/parse/money';
import { isoToDay } from './dates';
import { statusKind } from './order-status';
import { num, say, text } from './say';
import { clean } from './untrusted-text';
import { warn, type Warnings } from './warnings';

export interface OrderFacts {
  currency: string | null;
  /** Counted rows (not cancelled/failed/voided/fully refunded, not duplicates or future). */
  counted: number;
  /** Counted rows in another currency: they count as orders but carry no amount. */
  foreign: number;
  net: number;
  largest: number | null;
  /** Rows whose discount is known, and how many of those carry one. */
  discountKnown: number;
  discounted: number;
  firstDay: number | null;
  lastDay: number | null;
  /** Counted rows with a readable date (their days sit in `scratchDays()[0..dated)`). */
  dated: number;
  overdue: number;
  overdueTotal: number;
  /** Counted rows inside the devoted window, and how many of them are known undiscounted. */
  inWindow: number;
  inWindowUndiscounted: number;
}

let scratch = new Float64Array(256);

/** Days of the dated counted rows of the last `readOrderFacts` call (first `dated`). */
export function scratchDays(): Float64Array {
  return scratch;
}

function isDuplicate(orders: readonly Order[], i: number, id: string, seen: Set<string> | null) {
  if (seen) return seen.has(id);
  for (let j = 0; j < i; j++) if (orders[j]?.id === id) return true;
  return false;
}

// One result object, reset per call: the caller reads it before the next customer, and
// a million customers should not mean a million short-lived objects for the collector.
const f: OrderFacts = {
  currency: null,
  counted: 0,
  foreign: 0,
  net: 0,
  largest: null,
  discountKnown: 0,
  discounted: 0,
  firstDay: null,
  lastDay: null,
  dated: 0,
  overdue: 0,
  overdueTotal: 0,
  inWindow: 0,
  inWindowUndiscounted: 0,
};

/**
 * Reads the rows; problems go to `warnings`. The returned object is reused by the next
 * call: copy what you need before reading another customer.
 */
export function readOrderFacts(
  orders: readonly Order[] | undefined,
  asOfDay: number,
  windowStartDay: number,
  warnings: Warnings,
): Readonly<OrderFacts> {
  f.currency = null;
  f.counted = 0;
  f.foreign = 0;
  f.net = 0;
  f.largest = null;
  f.discountKnown = 0;
  f.discounted = 0;
  f.firstDay = null;
  f.lastDay = null;
  f.dated = 0;
  f.overdue = 0;
  f.overdueTotal = 0;
  f.inWindow = 0;
  f.inWindowUndiscounted = 0;
  if (!Array.isArray(orders) || orders.length === 0) return f;
  const n = orders.length;
  if (scratch.length < n) scratch = new Float64Array(Math.max(n, scratch.length * 2));
  f.currency = dominantCurrency(orders);
  // Quadratic dedupe is cheaper than a Set for the usual handful of orders.
  const seen = n > 24 ? new Set<string>() : null;
  let duplicates = 0,
    future = 0,
    undated = 0,
    negative = 0,
    badAmounts = 0,
    foreignSkipped = 0;
  let unknownStatus: string | null = null;
  let first = Infinity,
    last = -Infinity;
  for (let i = 0; i < n; i++) {
    const o = orders[i];
    if (!o || typeof o !== 'object') {
      badAmounts++;
      continue;
    }
    const id = typeof o.id === 'string' ? o.id : String(o.id);
    if (isDuplicate(orders, i, id, seen)) {
      duplicates++;
      continue;
    }
    seen?.add(id);
    const kind = statusKind(o.status);
    if (kind === 'not-counted') continue;
    if (kind === 'unknown' && unknownStatus === null) unknownStatus = String(o.status);
    const day = isoToDay(o.placedAt);
    if (day !== null && day > asOfDay) {
      future++;
      continue;
    }
    const total = o.total;
    if (typeof total !== 'number' || !Number.isFinite(total)) {
      badAmounts++;
      continue;
    }
    if (total < 0) {
      negative++;
      continue;
    }
    const refunded = typeof o.refunded === 'number' && o.refunded > 0 ? o.refunded : 0;
    // A refund that covers the whole total is a fully refunded order: it does not count.
    if (refunded > 0 && refunded >= total) continue;
    f.counted++;
    const home = f.currency === null || o.currency === undefined || o.currency === f.currency;
    if (home) {
      // Money is added in the currency's minor units: decimals do not add up exactly in binary.
      const net = refunded > 0 ? roundToMinorUnits(total - refunded, f.currency) : total;
      f.net += net;
      if (f.largest === null || net > f.largest) f.largest = net;
    } else {
      f.foreign++;
      foreignSkipped++;
    }
    const d = o.discount;
    const discountKnown = typeof d === 'number' && Number.isFinite(d) && d >= 0;
    if (discountKnown) {
      f.discountKnown++;
      if (d > 0) f.discounted++;
    }
    if (kind === 'overdue') {
      f.overdue++;
      if (home) f.overdueTotal += total - refunded;
    }
    if (day === null) {
      undated++;
      continue;
    }
    scratch[f.dated++] = day;
    if (day < first) first = day;
    if (day > last) last = day;
    if (day >= windowStartDay) {
      f.inWindow++;
      if (discountKnown && d === 0) f.inWindowUndiscounted++;
    }
  }
  f.net = roundToMinorUnits(f.net, f.currency);
  f.overdueTotal = roundToMinorUnits(f.overdueTotal, f.currency);
  if (f.dated > 0) {
    f.firstDay = first;
    f.lastDay = last;
  }
  const w = warnings;
  if (duplicates) warn(w, say('warn_duplicate_orders', num(duplicates)));
  if (future) warn(w, say('warn_future_orders', num(future)));
  if (undated) warn(w, say('warn_undated_orders', num(undated)));
  if (negative) warn(w, say('warn_negative_orders', num(negative)));
  if (badAmounts) warn(w, say('warn_unreadable_totals', num(badAmounts)));
  if (foreignSkipped)
    warn(w, say('warn_foreign_currency', num(foreignSkipped), text(clean(f.currency))));
  if (unknownStatus !== null) warn(w, say('warn_unknown_status', text(clean(unknownStatus))));
  return f;
}
