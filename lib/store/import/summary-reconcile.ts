/**
 * A shop's customers export and its orders export, both imported (pure). "Total Orders"
 * in a customers export counts every order the customer placed, refunded, voided and
 * cancelled ones included; the orders export lists those orders one by one with their
 * status. Once the listed orders are at least as many as the summary's count, the list is
 * the whole story and the gross figures must not stand in for it (classification takes
 * the larger of the two, so refunded orders would lift a customer a rung): the count and
 * the amount are dropped, the listed orders counted and added up by their status instead.
 * Dates and the currency stay.
 */
import type { Profile } from '../../domain/profile';

export function withoutOutweighedCount(profile: Profile): Profile {
  const count = profile.summary?.orderCount;
  const listed = profile.orders?.length ?? 0;
  if (count === undefined || listed === 0 || listed < count) return profile;
  const { orderCount: _count, totalSpent: _spent, ...rest } = profile.summary!;
  const next = { ...profile };
  if (Object.keys(rest).length > 0) next.summary = rest;
  else delete next.summary;
  return next;
}
