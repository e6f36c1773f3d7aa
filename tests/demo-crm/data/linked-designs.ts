/**
 * Customers known to both CRMs under the same e-mail (linked profiles). Each pair is
 * designed so that either reading gives the same answer: classified per CRM, or with
 * the two CRMs' facts merged (orders added up, tickets added up). So both sides stay
 * within one rung's thresholds even when combined: a combined repeat pair stays under
 * 180 days of tenure, a combined dead pair under 180 days of tenure too, and a client
 * pair has a discounted order within the year (never devoted, even merged).
 */
import type { PersonSpec } from './design-types';

export const LINKED_DESIGNS: PersonSpec[] = [
  {
    slug: 'rachel-green',
    name: 'Rachel Green',
    shows: 'linked: two shop orders and two won deals, all within 60 days: repeat, core in both',
    shopify: {
      orders: [
        { ago: 20, total: 90 },
        { ago: 70, total: 90 },
      ],
      expect: { stage: 'repeat', category: 'core' },
    },
    hubspot: {
      lifecycle: 'customer',
      deals: [
        { ago: 30, amount: 900 },
        { ago: 80, amount: 900 },
      ],
      expect: { stage: 'repeat', category: 'core' },
    },
  },
  {
    slug: 'martin-novak',
    name: 'Martin Novák',
    shows: 'linked: bought twice in each, all over 500 days ago: repeat, dead in both',
    shopify: {
      orders: [
        { ago: 520, total: 70 },
        { ago: 560, total: 65 },
      ],
      expect: { stage: 'repeat', category: 'dead' },
    },
    hubspot: {
      lifecycle: 'customer',
      deals: [
        { ago: 530, amount: 600 },
        { ago: 580, amount: 650 },
      ],
      expect: { stage: 'repeat', category: 'dead' },
    },
  },
  {
    slug: 'lena-vogel',
    name: 'Lena Vogel',
    shows: 'linked: subscriber in HubSpot, account without orders in Shopify: suspect, unrated',
    shopify: { orders: [], createdAgo: 45, expect: { stage: 'suspect', category: 'unrated' } },
    hubspot: { lifecycle: 'subscriber', expect: { stage: 'suspect', category: 'unrated' } },
  },
  {
    slug: 'carlos-mendes',
    name: 'Carlos Mendes',
    shows: 'linked: a year of orders in both, one discounted, one closed ticket: client, core',
    shopify: {
      orders: [
        { ago: 18, total: 130, discount: 15 },
        { ago: 110, total: 125 },
        { ago: 200, total: 140 },
        { ago: 290, total: 120 },
        { ago: 340, total: 135 },
      ],
      expect: { stage: 'client', category: 'core' },
    },
    hubspot: {
      lifecycle: 'customer',
      deals: [
        { ago: 45, amount: 1100 },
        { ago: 135, amount: 1250 },
        { ago: 225, amount: 1000 },
        { ago: 315, amount: 1150 },
      ],
      tickets: [false],
      expect: { stage: 'client', category: 'core' },
    },
  },
];
