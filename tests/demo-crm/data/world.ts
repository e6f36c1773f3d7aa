/**
 * The demo CRM's world: every designed customer turned into dated HubSpot and Shopify
 * records. Deterministic: ids come from the design order and every date is a whole
 * number of days before `asOf`, so the badges read the same whenever the demo runs.
 */
import type { OrderSpec, PersonSpec } from './design-types';
import { HUBSPOT_DESIGNS } from './hubspot-designs';
import { LINKED_DESIGNS } from './linked-designs';
import { SHOPIFY_DESIGNS } from './shopify-designs';
import type {
  DemoCustomer,
  DemoDeal,
  DemoHubspotContact,
  DemoOrder,
  DemoShopifyCustomer,
  DemoWorld,
} from './types';

export const DEMO_HUBSPOT_PORTAL = '20461937';
export const DEMO_SHOPIFY_STORE = 'maple-and-moss';
export const DEMO_CURRENCY = 'USD';

/** Every design, in the order ids are handed out (changing it changes ids, not badges). */
export const ALL_DESIGNS: readonly PersonSpec[] = [
  ...SHOPIFY_DESIGNS,
  ...LINKED_DESIGNS,
  ...HUBSPOT_DESIGNS,
];

const DAY_MS = 86_400_000;
const DEAL_NAMES = [
  'Starter bundle',
  'Annual supply',
  'Team licences',
  'Office fit-out',
  'Renewal',
];
const TICKET_SUBJECTS = ['Late delivery', 'Invoice question', 'Refund request', 'Broken item'];

export function buildDemoWorld(asOf: Date): DemoWorld {
  const daysAgo = (days: number): string => new Date(asOf.getTime() - days * DAY_MS).toISOString();
  const orderNumbers = numberShopifyOrders(ALL_DESIGNS);
  let shopifyIndex = 0;
  let hubspotIndex = 0;
  let dealSeq = 0;
  let ticketSeq = 0;

  const customers = ALL_DESIGNS.map((design): DemoCustomer => {
    const customer: DemoCustomer = {
      slug: design.slug,
      name: design.name,
      email: `${design.slug}@example.com`,
      expected: {},
      shows: design.shows,
    };
    if (design.shopify) {
      const spec = design.shopify;
      const orders = spec.orders.map((order, i): DemoOrder => {
        const seq = orderNumbers.get(`${design.slug}#${i}`) ?? 0;
        return toOrder(order, seq, daysAgo(order.ago));
      });
      const oldest = Math.max(0, ...spec.orders.map((o) => o.ago));
      const shopify: DemoShopifyCustomer = {
        id: String(7_088_123_400_000 + ++shopifyIndex * 1_117),
        createdAt: daysAgo(spec.createdAgo ?? oldest + 3),
        orders,
        tags: spec.tags ?? [],
        ...(spec.note === undefined ? {} : { note: spec.note }),
        ...(spec.rfm === undefined ? {} : { rfmGroup: spec.rfm }),
      };
      customer.shopify = shopify;
      customer.expected.shopify = spec.expect;
    }
    if (design.hubspot) {
      const spec = design.hubspot;
      const deals = (spec.deals ?? []).map((deal): DemoDeal => {
        dealSeq += 1;
        return {
          id: String(9_000 + dealSeq),
          name: DEAL_NAMES[dealSeq % DEAL_NAMES.length] ?? 'Deal',
          amount: deal.amount,
          stage: deal.open ? 'Negotiation' : 'Closed won',
          closedWon: !deal.open,
          ...(deal.open ? {} : { closedAt: daysAgo(deal.ago) }),
        };
      });
      const contact: DemoHubspotContact = {
        id: String(51_000 + ++hubspotIndex * 7),
        lifecycleStage: spec.lifecycle,
        ...(spec.leadStatus === undefined ? {} : { leadStatus: spec.leadStatus }),
        deals,
        tickets: (spec.tickets ?? []).map((open) => {
          ticketSeq += 1;
          const subject = TICKET_SUBJECTS[ticketSeq % TICKET_SUBJECTS.length] ?? 'Ticket';
          return { id: String(7_700 + ticketSeq), subject, open };
        }),
        ...(spec.nps === undefined ? {} : { nps: spec.nps }),
        ...(spec.referrals === undefined ? {} : { referrals: spec.referrals }),
      };
      customer.hubspot = contact;
      customer.expected.hubspot = spec.expect;
    }
    return customer;
  });

  return {
    asOf: asOf.toISOString(),
    hubspotPortal: DEMO_HUBSPOT_PORTAL,
    shopifyStore: DEMO_SHOPIFY_STORE,
    currency: DEMO_CURRENCY,
    customers,
  };
}

function toOrder(spec: OrderSpec, seq: number, placedAt: string): DemoOrder {
  return {
    id: String(5_550_001_110_000 + seq),
    name: `#${1000 + seq}`,
    placedAt,
    total: spec.total,
    currency: DEMO_CURRENCY,
    paymentStatus: spec.status ?? 'paid',
    discount: spec.discount ?? 0,
    refunded: spec.refunded ?? 0,
  };
}

/**
 * Shopify numbers orders store-wide in the order they were placed, so #1001 is the
 * oldest. Key: `<slug>#<index in the design>`; ties keep design order.
 */
function numberShopifyOrders(designs: readonly PersonSpec[]): Map<string, number> {
  const all = designs.flatMap((design) =>
    (design.shopify?.orders ?? []).map((order, i) => ({
      key: `${design.slug}#${i}`,
      ago: order.ago,
    })),
  );
  const oldestFirst = all
    .map((entry, position) => ({ ...entry, position }))
    .sort((a, b) => b.ago - a.ago || a.position - b.position);
  return new Map(oldestFirst.map((entry, i) => [entry.key, i + 1]));
}
