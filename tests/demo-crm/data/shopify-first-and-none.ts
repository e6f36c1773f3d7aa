/**
 * Shopify first-time customers and accounts without orders (suspect, disqualified), with
 * the hostile names. Design margins: see ./shopify-designs.ts.
 */
import type { PersonSpec } from './design-types';

export const SHOPIFY_FIRST_AND_NONE: PersonSpec[] = [
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
