/**
 * Shopify repeat customers (2–3 counted orders, or more within 180 days), with the
 * counting edge cases. Design margins: see ./shopify-designs.ts.
 */
import type { PersonSpec } from './design-types';
import { noDiscount } from './design-helpers';

export const SHOPIFY_REPEAT: PersonSpec[] = [
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
];
