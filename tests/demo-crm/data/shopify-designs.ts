/**
 * Shopify-only demo customers, each designed to land on one stage and category under
 * the default settings of ../../../../shared/SEGMENTATION.md once every page of the
 * store has been seen (lists, customer pages and order pages).
 *
 * Design margins that keep the expectations stable:
 * - Percentiles apply here (more than 20 customers with orders). Every expectation is
 *   designed to hold with the percentiles and with the absolute fallbacks alike:
 *   the one snow leopard (9,400) is the store's top net revenue; every other first-time
 *   or repeat customer stays far below the second-highest net revenue (3,810, a client)
 *   and below the 5,000 / 2,000 fallbacks; discount seekers have the lowest average
 *   order values (≤ 34, below the 50 fallback) and every other customer's AOV is ≥ 55.
 * - Dates sit at least 15 days from every day threshold (180, 365).
 * - Refunded and voided orders never decide a threshold, so it does not matter whether a
 *   page's summary counts them.
 * - No client carries the `referral` tag, so reading that tag as one referral cannot make
 *   anyone an advocate; the one `vip`-tagged client is expected as an advocate, since
 *   that tag means "the CRM says advocate" (lib/segmentation/crm-facts.ts).
 */
import type { PersonSpec } from './design-types';

const noDiscount = (days: number[], total: number) => days.map((ago) => ({ ago, total }));

export const SHOPIFY_DESIGNS: PersonSpec[] = [
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
  {
    slug: 'lucas-moreau',
    name: 'Lucas Moreau',
    shows: 'two full-price orders: repeat, core',
    shopify: {
      orders: [
        { ago: 30, total: 65 },
        { ago: 75, total: 80 },
      ],
      expect: { stage: 'repeat', category: 'core' },
    },
  },
  {
    slug: 'zoe-zero-width',
    // Zero-width space and joiner inside the name: shown as text, never trimmed into a match.
    name: 'Zo\u200Be Za\u200Dhir',
    shows: 'three orders, zero-width characters in the name: repeat, core',
    shopify: {
      orders: [
        { ago: 14, total: 55 },
        { ago: 50, total: 60 },
        { ago: 120, total: 70 },
      ],
      expect: { stage: 'repeat', category: 'core' },
    },
  },
  {
    slug: 'isabella-costa',
    name: 'Isabella Costa',
    shows: 'four orders within 90 days: still repeat (client needs 180 days of tenure)',
    shopify: {
      orders: noDiscount([10, 40, 70, 100], 90),
      expect: { stage: 'repeat', category: 'core' },
    },
  },
  {
    slug: 'ethan-novak',
    name: 'Ethan Novak',
    shows: 'one of three orders fully refunded: counted orders stay two (repeat), core',
    shopify: {
      orders: [
        { ago: 20, total: 70, status: 'refunded', refunded: 70 },
        { ago: 60, total: 70 },
        { ago: 90, total: 70 },
      ],
      expect: { stage: 'repeat', category: 'core' },
    },
  },
  {
    slug: 'mia-kowalski',
    name: 'Mia Kowalski',
    shows: 'a voided order does not count: repeat, core',
    shopify: {
      orders: [
        { ago: 5, total: 60, status: 'voided' },
        { ago: 45, total: 60 },
        { ago: 160, total: 75 },
      ],
      expect: { stage: 'repeat', category: 'core' },
    },
  },
  {
    slug: 'oscar-nilsson',
    name: 'Oscar Nilsson',
    shows: 'two overdue payments out of three orders: repeat, demanding',
    shopify: {
      orders: [
        { ago: 7, total: 65, status: 'overdue' },
        { ago: 35, total: 70, status: 'overdue' },
        { ago: 70, total: 60 },
      ],
      expect: { stage: 'repeat', category: 'demanding' },
    },
  },
  {
    slug: 'ava-thompson',
    name: 'Ava Thompson',
    shows: 'every order discounted, small baskets: repeat, discount seeker',
    shopify: {
      orders: [
        { ago: 10, total: 28, discount: 8 },
        { ago: 50, total: 30, discount: 8 },
        { ago: 95, total: 29, discount: 8 },
      ],
      expect: { stage: 'repeat', category: 'discount-seeker' },
    },
  },
  {
    slug: 'leo-martins',
    name: 'Leo Martins',
    shows: 'two coupon orders, lowest AOV of the store: repeat, discount seeker',
    shopify: {
      orders: [
        { ago: 18, total: 22, discount: 6 },
        { ago: 60, total: 26, discount: 7 },
      ],
      tags: ['coupon'],
      expect: { stage: 'repeat', category: 'discount-seeker' },
    },
  },
  {
    slug: 'grace-kim',
    name: 'Grace Kim',
    shows: 'one small coupon order: first-time, discount seeker',
    shopify: {
      orders: [{ ago: 25, total: 34, discount: 10 }],
      expect: { stage: 'first-time', category: 'discount-seeker' },
    },
  },
  {
    slug: 'henry-walsh',
    name: 'Henry Walsh',
    shows: 'two orders, the last 420 days ago: repeat, dead',
    shopify: {
      orders: noDiscount([420, 500], 60),
      rfm: 'ALMOST_LOST',
      expect: { stage: 'repeat', category: 'dead' },
    },
  },
  {
    slug: 'ruby-ahmed',
    name: 'Ruby Ahmed',
    shows: 'unpaid overdue order and nothing for 200 days: repeat, dead (unpaid-balance route)',
    shopify: {
      orders: [
        { ago: 200, total: 90, status: 'overdue' },
        { ago: 260, total: 80 },
        { ago: 300, total: 85 },
      ],
      rfm: 'AT_RISK',
      expect: { stage: 'repeat', category: 'dead' },
    },
  },
  {
    slug: 'felix-wagner',
    name: 'Felix Wagner',
    shows: 'discount share exactly 50 % but a 160 AOV: repeat, core (AOV rule not met)',
    shopify: {
      orders: [
        { ago: 30, total: 160, discount: 20 },
        { ago: 80, total: 160 },
      ],
      expect: { stage: 'repeat', category: 'core' },
    },
  },
  {
    slug: 'img-onerror',
    name: '<img src=x onerror=alert(1)>',
    shows: 'hostile name (HTML) on a first-time customer: must render as text',
    shopify: {
      orders: [{ ago: 40, total: 85 }],
      note: '<script>alert("note")</script>',
      expect: { stage: 'first-time', category: 'core' },
    },
  },
  {
    slug: 'amelia-clarke',
    name: 'Amelia Clarke',
    shows: 'one pending order still counts: first-time, core',
    shopify: {
      orders: [{ ago: 100, total: 140, status: 'pending' }],
      expect: { stage: 'first-time', category: 'core' },
    },
  },
  {
    slug: 'jack-oconnor',
    name: 'Jack O’Connor',
    shows: 'one order partly refunded: first-time, core',
    shopify: {
      orders: [{ ago: 60, total: 150, status: 'partially_refunded', refunded: 30 }],
      expect: { stage: 'first-time', category: 'core' },
    },
  },
  {
    slug: 'victoria-lang',
    name: 'Victoria Lang',
    shows: 'one 9,400 order, the store’s top revenue: first-time, high potential (snow leopard)',
    shopify: {
      orders: [{ ago: 35, total: 9400 }],
      note: 'Ordered for a whole office fit-out.',
      expect: { stage: 'first-time', category: 'high-potential' },
    },
  },
  {
    slug: 'samuel-reyes',
    name: 'Samuel Reyes',
    shows: 'one order 600 days ago: first-time, dead',
    shopify: {
      orders: [{ ago: 600, total: 75 }],
      rfm: 'DORMANT',
      expect: { stage: 'first-time', category: 'dead' },
    },
  },
  {
    slug: 'nora-haddad',
    name: 'Nora Haddad',
    shows: 'first order last week, came through a referral tag: first-time, core',
    shopify: {
      orders: [{ ago: 12, total: 60 }],
      tags: ['referral'],
      rfm: 'NEW',
      expect: { stage: 'first-time', category: 'core' },
    },
  },
  {
    slug: 'daniel-berg',
    name: 'Daniel Berg',
    shows: 'one order five months ago: first-time, core',
    shopify: {
      orders: [{ ago: 150, total: 110 }],
      expect: { stage: 'first-time', category: 'core' },
    },
  },
  {
    slug: 'rtl-override',
    // U+202E RIGHT-TO-LEFT OVERRIDE: the name must show as inert text, not flip the page.
    name: 'Maya \u202Egnp.exe\u202C Cohen',
    shows: 'account without orders, RTL override in the name: suspect, unrated',
    shopify: { orders: [], createdAgo: 30, expect: { stage: 'suspect', category: 'unrated' } },
  },
  {
    slug: 'tom-baker',
    name: 'Tom Baker',
    shows: 'newsletter sign-up, never ordered: suspect, unrated',
    shopify: {
      orders: [],
      createdAgo: 90,
      tags: ['newsletter'],
      expect: { stage: 'suspect', category: 'unrated' },
    },
  },
  {
    slug: 'kai-yamamoto',
    name: 'Kai Yamamoto',
    shows: 'account only: suspect, unrated',
    shopify: { orders: [], createdAgo: 5, expect: { stage: 'suspect', category: 'unrated' } },
  },
  {
    slug: 'ivan-petrov',
    name: 'Ivan Petrov',
    shows: 'do-not-serve tag, never ordered: disqualified, unrated',
    shopify: {
      orders: [],
      createdAgo: 70,
      tags: ['do-not-serve'],
      note: 'Chargeback fraud attempt; do not accept orders.',
      expect: { stage: 'disqualified', category: 'unrated' },
    },
  },
];
