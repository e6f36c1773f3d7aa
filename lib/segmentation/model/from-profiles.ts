/**
 * Profiles → model inputs (days as of `asOf`), under SEGMENTATION.md's counting rules: an order
 * counts unless it is cancelled, failed, voided or fully refunded; when a summary shows more
 * orders than the rows, the summary's count wins (pages often show only the last order) and its
 * first and last order dates widen the span. A profile with no dated counted order cannot be
 * placed in time and is left out (counted in `skipped`).
 */
import type { Order, Profile } from '../../domain/profile';
import { customerKeyString } from '../../domain/profile';
import type { ModelCustomer } from './predict';
import { dayNumber, summarise, type Transaction } from './summarise';

export interface KeyedModelCustomer extends ModelCustomer {
  /** customerKeyString(profile.key), to match predictions back to profiles. */
  key: string;
}

const NOT_COUNTED = new Set(['cancelled', 'failed', 'voided', 'refunded']);

function counts(order: Order): boolean {
  if (order.status !== undefined && NOT_COUNTED.has(order.status.toLowerCase())) return false;
  // A refund covering the whole total is a full refund whatever the status says.
  return !(order.refunded !== undefined && order.total > 0 && order.refunded >= order.total);
}

/** Net value of a counted order: total less any partial refund; NaN when not a finite amount. */
const netValue = (o: Order) => o.total - (o.refunded ?? 0);

export function modelInputFromProfile(profile: Profile, asOf: string): KeyedModelCustomer | null {
  const end = dayNumber(asOf);
  if (!Number.isFinite(end)) return null;
  const key = customerKeyString(profile.key);
  const transactions: Transaction[] = [];
  for (const o of profile.orders ?? []) {
    if (!counts(o)) continue;
    const day = dayNumber(o.placedAt);
    if (Number.isFinite(day)) transactions.push({ customer: key, day, value: netValue(o) });
  }
  const fromRows = summarise(transactions, { observationEnd: end, unit: 'day' })[0];

  const s = profile.summary;
  const summaryFirst = s?.firstOrderAt ? dayNumber(s.firstOrderAt) : NaN;
  const summaryLast = s?.lastOrderAt ? dayNumber(s.lastOrderAt) : NaN;
  const rowDays = fromRows ? fromRows.x + 1 : 0;
  const summaryCount = s?.orderCount ?? 0;
  if (!fromRows && !(summaryCount > 0 && summaryFirst <= end)) return null;

  const firstCandidates = [summaryFirst, fromRows ? end - fromRows.T : NaN].filter(
    (d) => Number.isFinite(d) && d <= end,
  );
  const lastCandidates = [summaryLast, fromRows ? end - fromRows.T + fromRows.tx : NaN].filter(
    (d) => Number.isFinite(d) && d <= end,
  );
  // Repeat orders without any last-order date cannot be placed in time either.
  if (firstCandidates.length === 0 || (summaryCount > 1 && lastCandidates.length === 0))
    return null;
  const first = Math.min(...firstCandidates);
  const last = Math.max(first, ...lastCandidates);
  const orders = Math.max(rowDays, summaryCount);
  const x = orders - 1;

  // Rows give the repeat spend when they are complete; a summary with more orders than rows
  // only gives total ÷ count, the mean over all orders (an approximation the README names).
  let monetary = fromRows?.monetary ?? null;
  if (summaryCount > rowDays) {
    const perOrder = (s?.totalSpent ?? NaN) / summaryCount;
    monetary = Number.isFinite(perOrder) && perOrder > 0 ? perOrder : null;
  }
  return {
    key,
    x,
    // One order, however the dates disagree, has no recency by definition.
    tx: x > 0 ? last - first : 0,
    T: end - first,
    monetary: x > 0 ? monetary : null,
  };
}

/** The account's model inputs; profiles that cannot be placed in time are counted, not kept. */
export function modelInputsFromProfiles(
  profiles: readonly Profile[],
  asOf: string,
): { customers: KeyedModelCustomer[]; skipped: number } {
  const customers: KeyedModelCustomer[] = [];
  for (const profile of profiles) {
    const input = modelInputFromProfile(profile, asOf);
    if (input) customers.push(input);
  }
  return { customers, skipped: profiles.length - customers.length };
}
