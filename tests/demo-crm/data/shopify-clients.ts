/**
 * Shopify clients (≥ 4 orders over ≥ 180 days), one per category a client can land in.
 * Design margins: see ./shopify-designs.ts.
 */
import type { PersonSpec } from './design-types';
import { noDiscount } from './design-helpers';

export const SHOPIFY_CLIENTS: PersonSpec[] = [
  {
    slug: 'olivia-hart',
    name: 'Olivia Hart',
    shows:
      'client paying full price all year: devoted; the 400-day-old discount is outside the window',
    shopify: {
      orders: [
        { ago: 20, total: 120 },
        { ago: 100, total: 140 },
        { ago: 190, total: 110 },
        { ago: 280, total: 135 },
        { ago: 400, total: 160, discount: 10 },
      ],
      rfm: 'LOYAL',
      expect: { stage: 'client', category: 'devoted' },
    },
  },
  {
    slug: 'mateo-silva',
    name: 'Mateo Silva',
    shows: 'monthly client without discounts: devoted',
    shopify: {
      orders: noDiscount([15, 45, 75, 105, 200, 300], 95),
      rfm: 'CHAMPIONS',
      expect: { stage: 'client', category: 'devoted' },
    },
  },
  {
    slug: 'hannah-okafor',
    name: 'Hannah Okafor',
    // The `vip` tag is "the CRM says advocate" (tag mapping in lib/segmentation/crm-facts.ts).
    shows: 'VIP-tagged client with large baskets, no discounts: advocate, devoted',
    shopify: {
      orders: [
        { ago: 10, total: 480 },
        { ago: 60, total: 250 },
        { ago: 110, total: 390 },
        { ago: 160, total: 310 },
        { ago: 210, total: 420 },
        { ago: 260, total: 275 },
        { ago: 310, total: 330 },
        { ago: 345, total: 445 },
      ],
      tags: ['vip'],
      note: 'Prefers delivery on Fridays.',
      expect: { stage: 'advocate', category: 'devoted' },
    },
  },
  {
    slug: 'liam-becker',
    name: 'Liam Becker',
    shows: 'client with one discounted order this year: core, not devoted',
    shopify: {
      orders: [
        { ago: 30, total: 80 },
        { ago: 90, total: 110, discount: 10 },
        { ago: 150, total: 95 },
        { ago: 240, total: 120 },
        { ago: 330, total: 100 },
      ],
      expect: { stage: 'client', category: 'core' },
    },
  },
  {
    slug: 'sofia-rossi',
    name: 'Sofia Rossi',
    shows: 'client with a partial refund and a small discount: core',
    shopify: {
      orders: [
        { ago: 25, total: 200, discount: 15 },
        { ago: 120, total: 200, status: 'partially_refunded', refunded: 50 },
        { ago: 210, total: 200 },
        { ago: 300, total: 200 },
      ],
      expect: { stage: 'client', category: 'core' },
    },
  },
  {
    slug: 'noah-fischer',
    name: 'Noah Fischer',
    shows: 'client with two overdue invoices this month: demanding (late payments ≥ 2)',
    shopify: {
      orders: [
        { ago: 12, total: 85, status: 'overdue' },
        { ago: 40, total: 70, status: 'overdue' },
        { ago: 90, total: 90 },
        { ago: 150, total: 75 },
        { ago: 220, total: 80 },
        { ago: 310, total: 90 },
      ],
      note: 'Asks for 60-day payment terms every time.',
      expect: { stage: 'client', category: 'demanding' },
    },
  },
  {
    slug: 'emma-lindqvist',
    name: 'Emma Lindqvist',
    shows: 'former client, silent for 400 days: stage stays client, category dead',
    shopify: {
      orders: noDiscount([400, 480, 560, 640, 720], 100),
      rfm: 'DORMANT',
      expect: { stage: 'client', category: 'dead' },
    },
  },
  {
    slug: 'arjun-mehta',
    name: 'Arjun Mehta',
    shows: 'the store’s biggest regular (second-highest revenue, largest non-leopard order): core',
    shopify: {
      orders: [
        { ago: 8, total: 290 },
        { ago: 40, total: 290, discount: 20 },
        { ago: 75, total: 290 },
        { ago: 110, total: 1200 },
        { ago: 150, total: 290 },
        { ago: 190, total: 290 },
        { ago: 230, total: 290 },
        { ago: 270, total: 290 },
        { ago: 310, total: 290 },
        { ago: 350, total: 290 },
      ],
      tags: ['wholesale'],
      expect: { stage: 'client', category: 'core' },
    },
  },
  {
    slug: 'chloe-dubois',
    name: 'Chloé Dubois',
    shows: 'client who mostly buys on discount but with big baskets: core, not a discount seeker',
    shopify: {
      orders: [
        { ago: 20, total: 300, discount: 30 },
        { ago: 100, total: 300, discount: 30 },
        { ago: 200, total: 300, discount: 45 },
        { ago: 260, total: 300 },
      ],
      expect: { stage: 'client', category: 'core' },
    },
  },
];
