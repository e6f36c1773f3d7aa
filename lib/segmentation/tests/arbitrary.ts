/**
 * fast-check generators for profiles: plausible values mixed with the malformed ones a
 * scraper can produce (NaN and negative amounts, duplicate ids, garbled dates).
 */
import fc from 'fast-check';
import { ORDER_STATUSES, type Order, type Profile } from '../../domain/profile';
import { dayToIso } from '../dates';
import { AS_OF_DAY } from './build';

// Every status the engine knows, plus ones it must keep and treat as paid.
const STATUSES = [...ORDER_STATUSES, 'overdue', 'backordered'];

const isoDay = fc.integer({ min: AS_OF_DAY - 2000, max: AS_OF_DAY + 30 }).map(dayToIso);
const placedAt = fc.oneof(
  { weight: 8, arbitrary: isoDay },
  { weight: 1, arbitrary: isoDay.map((d) => `${d}T12:00:00+05:00`) },
  { weight: 1, arbitrary: fc.constantFrom('', 'yesterday', '2025-13-01', '31/12/2025') },
);
const amount = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100) },
  { weight: 1, arbitrary: fc.constantFrom(-20, Number.NaN, 0) },
);

export const orderArb: fc.Arbitrary<Order> = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'),
    placedAt,
    total: amount,
    currency: fc.constantFrom('USD', 'USD', 'USD', 'EUR'),
    status: fc.constantFrom(...STATUSES),
    discount: fc.constantFrom(0, 0, 5),
    refunded: fc.constantFrom(0, 10, 1000),
  },
  { requiredKeys: ['id', 'placedAt', 'total'] },
);

const count = fc.integer({ min: 0, max: 12 });

export const profileArb: fc.Arbitrary<Profile> = fc
  .record(
    {
      orders: fc.array(orderArb, { maxLength: 12 }),
      summary: fc.record(
        {
          orderCount: count,
          totalSpent: amount,
          firstOrderAt: isoDay,
          lastOrderAt: isoDay,
        },
        { requiredKeys: [] },
      ),
      tickets: count,
      openTickets: count,
      latePayments: count,
      unpaidBalance: amount,
      referrals: fc.integer({ min: 0, max: 5 }),
      nps: fc.integer({ min: 0, max: 10 }),
      crmStage: fc.constantFrom('subscriber', 'lead', 'customer', 'evangelist', 'other'),
      leadStatus: fc.constantFrom('new', 'unqualified', 'open'),
      tags: fc.array(fc.constantFrom('vip', 'referral', 'do-not-serve', 'wholesale'), {
        maxLength: 3,
      }),
      openDealAmount: fc.integer({ min: 0, max: 30_000 }),
      disqualified: fc.boolean(),
      lastActivityAt: isoDay,
      rfmGroup: fc.constantFrom('CHAMPIONS', 'AT_RISK', 'DORMANT', 'PROSPECTS'),
    },
    { requiredKeys: [] },
  )
  .map((fields) => ({ key: { crm: 'shopify', account: 'prop' }, ...fields }));
