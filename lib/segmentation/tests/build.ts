/**
 * Test builders: profiles and order histories described by what matters to a rule
 * ("5 orders, 30 days apart, the last 10 days before asOf"), so each test reads as the
 * rule it checks.
 */
import type { Order, Profile } from '../../domain/profile';
import type { CustomerPrediction } from '../types';
import { dayToIso, isoToDay } from '../dates';

export const AS_OF = '2026-01-01';
export const AS_OF_DAY = isoToDay(AS_OF) as number;

export const isoDaysAgo = (days: number) => dayToIso(AS_OF_DAY - days);

export interface History {
  count: number;
  /** Days between consecutive orders. */
  gap?: number;
  /** Days before asOf of the most recent order. */
  lastDaysAgo?: number;
  total?: number;
  discount?: number;
  currency?: string;
  status?: string;
}

/** `count` orders ending `lastDaysAgo` before asOf, `gap` days apart (oldest first). */
export function history(h: History): Order[] {
  const gap = h.gap ?? 30;
  const last = h.lastDaysAgo ?? 10;
  const out: Order[] = [];
  for (let i = 0; i < h.count; i++) {
    const daysAgo = last + gap * (h.count - 1 - i);
    out.push({
      id: `o${i + 1}`,
      placedAt: isoDaysAgo(daysAgo),
      total: h.total ?? 100,
      currency: h.currency ?? 'USD',
      status: h.status ?? 'paid',
      ...(h.discount === undefined ? {} : { discount: h.discount }),
    });
  }
  return out;
}

let serial = 0;

export function profile(
  fields: Omit<Partial<Profile>, 'key'> & { account?: string } = {},
): Profile {
  const { account, ...rest } = fields;
  serial++;
  return { key: { crm: 'shopify', account: account ?? 'acme', id: `c${serial}` }, ...rest };
}

/** A client by the default rules: 4 orders over 180 days, the last 10 days ago. */
export const clientOrders = (extra: Partial<History> = {}) =>
  history({ count: 4, gap: 60, ...extra });

/** A model prediction that only says how likely the customer is still buying. */
export const prediction = (
  pAlive: number,
  model: CustomerPrediction['model'] = 'bgnbd',
): CustomerPrediction => ({
  pAlive,
  expectedPurchases90: 0.1,
  expectedPurchases365: 0.5,
  expectedNextOrderAt: null,
  expectedAverageOrderValue: null,
  value12m: null,
  valueBasis: 'profit',
  model,
});
