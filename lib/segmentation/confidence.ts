/**
 * How much of the profile is known, as low / medium / high (the rule is in README.md).
 *
 * Customers who have ordered are judged on six facts the rules read: a complete order
 * history (every order a dated row), revenue, discounts, service load (tickets), payment
 * behaviour (late payments or unpaid balance) and advocacy (referrals, NPS or a CRM
 * advocate signal). 5–6 known → high, 3–4 → medium, fewer → low.
 * Customers with no orders are judged on five: whether orders are known to be none,
 * the CRM's stage or lead status, the open deal, a contact e-mail, recorded activity.
 * 4–5 → high, 2–3 → medium, fewer → low.
 * Data that had to be ignored or corrected (any warning) caps the result at medium.
 */
import type { Analysis } from './analysis';
import type { Profile } from '../domain/profile';
import type { Confidence, ConfidenceBasis } from './types';

export interface ConfidenceResult {
  confidence: Confidence;
  basis: ConfidenceBasis;
}

// Results are shared per combination of known facts (at most 2^6 of them), so 100,000
// classifications do not each carry their own copies of the same two lists. Indexed by
// a small integer (group, warned, mask), not a string key built per customer.
const cache: (ConfidenceResult | undefined)[] = [];

function judge(
  group: 0 | 1,
  names: readonly string[],
  mask: number,
  high: number,
  medium: number,
  warned: boolean,
): ConfidenceResult {
  const slot = group * 128 + (warned ? 64 : 0) + mask;
  const hit = cache[slot];
  if (hit) return hit;
  const known: string[] = [];
  const missing: string[] = [];
  names.forEach((name, i) => (mask & (1 << i) ? known : missing).push(name));
  let confidence: Confidence =
    known.length >= high ? 'high' : known.length >= medium ? 'medium' : 'low';
  if (warned && confidence === 'high') confidence = 'medium';
  const result: ConfidenceResult = Object.freeze({
    confidence,
    basis: Object.freeze({
      known: Object.freeze(known) as string[],
      missing: Object.freeze(missing) as string[],
    }),
  });
  cache[slot] = result;
  return result;
}

const ORDERED_FACTS = [
  'complete order history',
  'revenue',
  'discounts',
  'service load',
  'payment behaviour',
  'advocacy',
] as const;
const NO_ORDER_FACTS = [
  'orders (none)',
  'CRM stage or lead status',
  'open deal',
  'contact e-mail',
  'activity',
] as const;

/** Bit i set when fact i is known (no rest parameters: this runs per customer). */
const bit = (known: boolean, i: number) => (known ? 1 << i : 0);

export function computeConfidence(a: Analysis, p: Profile): ConfidenceResult {
  const m = a.metrics;
  const warned = a.warnings.length > 0;
  if (a.hasOrdered) {
    const mask =
      bit(a.rowsComplete, 0) |
      bit(m.netRevenue !== null, 1) |
      bit(m.discountShare !== null, 2) |
      bit(a.tickets !== null, 3) |
      bit(m.latePayments !== null || a.unpaidBalance !== null, 4) |
      bit(m.referrals !== null || a.nps !== null || a.crm.crmAdvocate !== null, 5);
    return judge(0, ORDERED_FACTS, mask, 5, 3, warned);
  }
  const mask =
    bit(m.orderCount === 0, 0) |
    bit(Boolean(p.crmStage) || Boolean(p.leadStatus) || p.disqualified === true, 1) |
    bit(a.openDeal !== null, 2) |
    bit(Boolean(p.email) || Boolean(p.key?.email), 3) |
    bit(Boolean(p.lastActivityAt), 4);
  return judge(1, NO_ORDER_FACTS, mask, 4, 2, warned);
}
