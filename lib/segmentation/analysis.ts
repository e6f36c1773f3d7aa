/**
 * Everything the rules read about one customer, computed once: the derived metrics of
 * SEGMENTATION.md plus the facts behind them. The account context is built from these,
 * and the stage, category and subgroup rules read them without touching the profile.
 */
import type { Profile } from '../domain/profile';
import { readCrmFacts, type CrmFacts } from './crm-facts';
import { dayToIso } from './dates';
import { readOrderFacts, scratchDays } from './order-facts';
import type { FactReader } from './neutral-facts';
import { medianGap, stabilityOf } from './rhythm';
import type { Settings } from './settings';
import { say } from './say';
import { reconcile } from './summary-facts';
import type { Metrics, Sentence } from './types';
import { newWarnings, NO_SENTENCES, warn } from './warnings';

export interface Analysis {
  asOfDay: number;
  metrics: Metrics;
  hasOrdered: boolean;
  crm: CrmFacts;
  tickets: number | null;
  unpaidBalance: number | null;
  nps: number | null;
  openDeal: number | null;
  /** Every order is a known row with a readable date. */
  rowsComplete: boolean;
  /** Orders placed in the devoted window (rows), and whether all are known undiscounted. */
  ordersInWindow: number;
  windowAllUndiscounted: boolean;
  /** Warnings about the data read; shared and frozen when none. */
  warnings: readonly Sentence[];
}

const finite = (v: unknown): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;
const count = (v: unknown): number | null => {
  const n = finite(v);
  return n !== null && n >= 0 ? n : null;
};

/** The larger of two optional figures (a CRM field and what the order rows show). */
function maxKnown(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

export function analyse(
  p: Profile,
  settings: Settings,
  asOfDay: number,
  facts?: FactReader,
): Analysis {
  const windowStart = asOfDay - settings.devoted.noDiscountWithinDays;
  const warnings = newWarnings();
  const rows = readOrderFacts(p.orders, asOfDay, windowStart, warnings);
  const r = reconcile(rows, p.summary, asOfDay, warnings);
  const hasOrdered = r.orderCount > 0;
  const crm = readCrmFacts(p, hasOrdered, warnings, facts);

  const tickets = count(p.tickets);
  // Overdue orders (Shopify) are late payments with their totals unpaid; where the CRM
  // also gives a figure, the larger wins so the same debt is never counted twice.
  const latePayments = maxKnown(count(p.latePayments), rows.overdue > 0 ? rows.overdue : null);
  const unpaid = maxKnown(count(p.unpaidBalance), rows.overdue > 0 ? rows.overdueTotal : null);
  if (finite(p.unpaidBalance) !== null && (p.unpaidBalance as number) < 0) {
    warn(warnings, say('warn_negative_unpaid'));
  }

  const supportCost = tickets === null ? null : tickets * settings.costs.supportCostPerTicket;
  const net = hasOrdered ? r.netRevenue : null;
  const median = r.rowsComplete
    ? medianGap(scratchDays(), rows.dated)
    : r.firstDay !== null && r.lastDay !== null && r.orderCount >= 2
      ? (r.lastDay - r.firstDay) / (r.orderCount - 1)
      : null;

  const metrics: Metrics = {
    orderCount: hasOrdered || Array.isArray(p.orders) || p.summary ? r.orderCount : null,
    netRevenue: net,
    averageOrderValue: net !== null && r.moneyOrders > 0 ? net / r.moneyOrders : null,
    largestOrder: rows.largest,
    discountShare: rows.discountKnown > 0 ? rows.discounted / rows.discountKnown : null,
    profit: net === null ? null : net * settings.costs.grossMargin - (supportCost ?? 0),
    supportCost,
    daysSinceLastOrder: r.lastDay === null ? null : asOfDay - r.lastDay,
    tenureDays: r.firstDay === null || r.lastDay === null ? null : r.lastDay - r.firstDay,
    medianDaysBetweenOrders: median,
    stability: stabilityOf(r.orderCount, median),
    ticketsPerOrder: tickets !== null && hasOrdered ? tickets / r.orderCount : null,
    latePayments,
    referrals: crm.referrals,
    revenuePercentile: null,
    currency:
      rows.currency ?? (typeof p.summary?.currency === 'string' ? p.summary.currency : null),
    firstOrderAt: r.firstDay === null ? null : dayToIso(r.firstDay),
    lastOrderAt: r.lastDay === null ? null : dayToIso(r.lastDay),
    unpaidBalance: unpaid,
    tickets,
    rhythmEstimated: median !== null && !r.rowsComplete,
  };
  const nps = finite(p.nps);
  const openDeal = count(p.openDealAmount);
  return {
    asOfDay,
    metrics,
    hasOrdered,
    crm,
    tickets,
    unpaidBalance: unpaid,
    nps: nps !== null && nps >= 0 && nps <= 10 ? nps : null,
    openDeal,
    rowsComplete: r.rowsComplete,
    ordersInWindow: rows.inWindow,
    windowAllUndiscounted:
      r.rowsComplete && rows.inWindow > 0 && rows.inWindowUndiscounted === rows.inWindow,
    warnings: warnings.say ?? NO_SENTENCES,
  };
}
