/**
 * Deterministic synthetic Shopify customers for the store benches: varied order counts,
 * totals, dates and statuses, so classification takes its real branches rather than one
 * fast path. Pure, so it runs in the bench page and in Node alike.
 */
import type { Profile } from '../../../lib/domain/profile';

const STATUSES = ['paid', 'paid', 'paid', 'pending', 'refunded', 'partially_refunded'] as const;
export const BENCH_ACCOUNT = 'bench-shop';

/** Customer i of the bench store, with 1–12 orders over the two years before `asOf`. */
export function syntheticProfile(i: number, asOf: Date): Profile {
  const orderCount = 1 + ((i * 7) % 12);
  const day = 86_400_000;
  const orders = Array.from({ length: orderCount }, (_, n) => ({
    id: `o${i}-${n}`,
    placedAt: new Date(asOf.getTime() - ((i * 13 + n * 41) % 730) * day).toISOString(),
    total: 20 + ((i * 31 + n * 17) % 480) + 0.99,
    currency: 'USD',
    status: STATUSES[(i + n) % STATUSES.length] as string,
  }));
  return {
    key: { crm: 'shopify', account: BENCH_ACCOUNT, id: String(1_000_000 + i) },
    name: `Bench Customer ${i}`,
    email: `customer${i}@bench.example`,
    orders,
    tags: i % 9 === 0 ? ['vip'] : [],
  };
}

export function syntheticProfiles(count: number, asOf: Date, from = 0): Profile[] {
  return Array.from({ length: count }, (_, n) => syntheticProfile(from + n, asOf));
}
