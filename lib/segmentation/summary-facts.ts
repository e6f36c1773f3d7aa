/**
 * Reconciles a page's summary figures (order count, amount spent, first/last order)
 * with the order rows. The larger count and the larger revenue win (a page often lists
 * only the last order); rows supply dates and amounts. Where the summary contradicts
 * the rows (fewer orders than rows listed, a first order after the earliest row …) the
 * rows win and a warning says so.
 */
import type { OrderSummary } from '../domain/profile';
import { isoToDay } from './dates';
import type { OrderFacts } from './order-facts';
import { money, num as numArg, say, text } from './say';
import { clean } from './untrusted-text';
import { warn, type Warnings } from './warnings';

export interface Reconciled {
  orderCount: number;
  /** Net revenue in the classification currency, null when nothing says. */
  netRevenue: number | null;
  /** Orders whose amounts make up netRevenue (for the average order value). */
  moneyOrders: number;
  firstDay: number | null;
  lastDay: number | null;
  /** Every counted order is a known row with a readable date. */
  rowsComplete: boolean;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

// One result object, reset per call (read at once by analyse(), like order-facts.ts).
const scratch: Reconciled = {
  orderCount: 0,
  netRevenue: null,
  moneyOrders: 0,
  firstDay: null,
  lastDay: null,
  rowsComplete: true,
};

/** Rows and summary reconciled; the result is reused by the next call. */
export function reconcile(
  rows: OrderFacts,
  summary: OrderSummary | undefined,
  asOfDay: number,
  warnings: Warnings,
): Readonly<Reconciled> {
  const out = scratch;
  out.orderCount = rows.counted;
  out.netRevenue = rows.counted - rows.foreign > 0 ? rows.net : null;
  out.moneyOrders = rows.counted - rows.foreign;
  out.firstDay = rows.firstDay;
  out.lastDay = rows.lastDay;
  out.rowsComplete = rows.dated === rows.counted;
  if (!summary || typeof summary !== 'object') return out;

  const count = num(summary.orderCount);
  if (count !== null && count >= 0) {
    if (count > rows.counted) {
      out.orderCount = Math.floor(count);
      out.rowsComplete = false;
    } else if (count < rows.counted) {
      warn(warnings, say('warn_summary_count', numArg(count), numArg(rows.counted)));
    }
  }

  const sameCurrency =
    !summary.currency || rows.currency === null || summary.currency === rows.currency;
  const spent = num(summary.totalSpent);
  if (spent !== null && !sameCurrency) {
    warn(
      warnings,
      say('warn_summary_currency', text(clean(summary.currency)), text(clean(rows.currency))),
    );
  } else if (spent !== null && spent < 0) {
    warn(warnings, say('warn_summary_negative_spent'));
  } else if (spent !== null) {
    if (out.netRevenue === null || spent > out.netRevenue) {
      out.netRevenue = spent;
      out.moneyOrders = Math.max(out.orderCount - rows.foreign, 1);
    } else if (spent < out.netRevenue && count !== null && count <= rows.counted) {
      warn(
        warnings,
        say(
          'warn_summary_spent',
          money(spent, rows.currency),
          money(out.netRevenue, rows.currency),
        ),
      );
    }
  }

  const first = summaryDay(summary.firstOrderAt, 'first', asOfDay, warnings);
  if (first !== null) {
    if (rows.firstDay !== null && first > rows.firstDay) {
      warn(warnings, say('warn_summary_first_after'));
    } else out.firstDay = first;
  }
  const last = summaryDay(summary.lastOrderAt, 'last', asOfDay, warnings);
  if (last !== null) {
    if (rows.lastDay !== null && last < rows.lastDay) {
      warn(warnings, say('warn_summary_last_before'));
    } else out.lastDay = last;
  }
  if (out.orderCount === 0 && (out.firstDay !== null || out.lastDay !== null)) {
    if (count === null) {
      // A first/last order date with no count still proves at least one order.
      out.orderCount = 1;
      out.rowsComplete = false;
    } else {
      // Shopify's "customer since" arrives as firstOrderAt even for customers with no
      // orders: with an explicit zero count it is a sign-up date, not an order.
      out.firstDay = null;
      out.lastDay = null;
    }
  }
  return out;
}

function summaryDay(
  iso: unknown,
  which: 'first' | 'last',
  asOfDay: number,
  warnings: Warnings,
): number | null {
  if (iso === undefined || iso === null || iso === '') return null;
  const day = isoToDay(typeof iso === 'string' ? iso : undefined);
  if (day === null) {
    warn(warnings, say(`warn_summary_${which}_unreadable`));
    return null;
  }
  if (day > asOfDay) {
    warn(warnings, say(`warn_summary_${which}_future`));
    return null;
  }
  return day;
}
