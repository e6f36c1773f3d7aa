/**
 * What an order's status means for counting (SEGMENTATION.md, "Counting rules"): an
 * order counts unless it is cancelled, failed, voided or fully refunded. `overdue`
 * (Shopify's payment status) counts, and also marks a late payment with its total
 * unpaid. Any other value is kept and treated as paid, with a warning.
 */
import { ORDER_STATUSES } from '../domain/profile';

export type StatusKind = 'counted' | 'not-counted' | 'overdue' | 'unknown';

function kindOfLower(s: string): StatusKind {
  switch (s) {
    case 'paid':
    case 'pending':
    case 'partially_refunded':
      return 'counted';
    case 'refunded':
    case 'cancelled':
    case 'failed':
    case 'voided':
      return 'not-counted';
    case 'overdue':
      return 'overdue';
    default:
      return 'unknown';
  }
}

/**
 * Spellings adapters may pass through: US spelling, spaces and hyphens, and the shops'
 * own words for the same states (WooCommerce `completed`, `processing`, `on-hold`,
 * `trash`; Shopify payment states `authorized`, `partially_paid`, `expired`).
 */
const ALIASES: Record<string, string> = {
  canceled: 'cancelled',
  void: 'voided',
  'partially refunded': 'partially_refunded',
  'partially-refunded': 'partially_refunded',
  partiallyrefunded: 'partially_refunded',
  completed: 'paid',
  processing: 'paid',
  'on-hold': 'pending',
  'on hold': 'pending',
  authorized: 'pending',
  partially_paid: 'pending',
  'partially paid': 'pending',
  trash: 'cancelled',
  expired: 'voided',
};

/** Missing status means paid: pages that show no status list settled orders. */
export function statusKind(status: unknown): StatusKind {
  if (status === undefined || status === null || status === '') return 'counted';
  if (typeof status !== 'string') return 'unknown';
  const fast = kindOfLower(status);
  if (fast !== 'unknown') return fast;
  const lower = status.trim().toLowerCase();
  return kindOfLower(ALIASES[lower] ?? lower);
}

export const KNOWN_STATUSES: readonly string[] = [...ORDER_STATUSES, 'overdue'];
