/**
 * HubSpot contacts with won deals: first-time to partner, across every category a deal
 * history can reach. Design margins: see ./hubspot-designs.ts.
 */
import type { PersonSpec } from './design-types';
import { won } from './design-helpers';

export const HUBSPOT_BUYERS: PersonSpec[] = [
  {
    slug: 'julia-schmidt',
    name: 'Julia Schmidt',
    shows: 'one 1,200 deal won two months ago: first-time, core',
    hubspot: {
      lifecycle: 'customer',
      deals: won([60], 1200),
      expect: { stage: 'first-time', category: 'core' },
    },
  },
  {
    slug: 'william-chen',
    name: 'William Chen',
    shows: 'one 3,500 deal (≥ 2,000 fallback largest order): first-time, high potential',
    hubspot: {
      lifecycle: 'customer',
      deals: won([30], 3500),
      expect: { stage: 'first-time', category: 'high-potential' },
    },
  },
  {
    slug: 'anna-muller',
    name: 'Anna Müller',
    shows: 'one deal 500 days ago: first-time, dead',
    hubspot: {
      lifecycle: 'customer',
      deals: won([500], 900),
      expect: { stage: 'first-time', category: 'dead' },
    },
  },
  {
    slug: 'diego-ramirez',
    name: 'Diego Ramírez',
    shows: 'two deals won: repeat, core',
    hubspot: {
      lifecycle: 'customer',
      deals: [
        { ago: 40, amount: 800 },
        { ago: 150, amount: 1100 },
      ],
      expect: { stage: 'repeat', category: 'core' },
    },
  },
  {
    slug: 'fatima-zahra',
    name: 'Fatima Zahra',
    shows: 'two deals, two tickets (1 per order): repeat, demanding',
    hubspot: {
      lifecycle: 'customer',
      deals: won([20, 90], 600),
      tickets: [true, false],
      expect: { stage: 'repeat', category: 'demanding' },
    },
  },
  {
    slug: 'george-adams',
    name: 'George Adams',
    shows: 'repeat buyer negotiating an 18,000 deal: repeat, high potential',
    hubspot: {
      lifecycle: 'opportunity',
      deals: [
        { ago: 50, amount: 700 },
        { ago: 130, amount: 900 },
        { ago: 4, amount: 18000, open: true },
      ],
      expect: { stage: 'repeat', category: 'high-potential' },
    },
  },
  {
    slug: 'priya-nair',
    name: 'Priya Nair',
    shows: 'five deals over a year, one closed ticket (0.2 per order): client, core',
    hubspot: {
      lifecycle: 'customer',
      deals: won([15, 100, 190, 280, 345], 1500),
      tickets: [false],
      expect: { stage: 'client', category: 'core' },
    },
  },
  {
    slug: 'thomas-wright',
    name: 'Thomas Wright',
    shows: 'client with three tickets over four deals: client, demanding',
    hubspot: {
      lifecycle: 'customer',
      deals: won([30, 120, 210, 300], 400),
      tickets: [true, true, false],
      expect: { stage: 'client', category: 'demanding' },
    },
  },
  {
    slug: 'elena-popescu',
    name: 'Elena Popescu',
    shows: 'HubSpot evangelist with four deals: advocate, devoted',
    hubspot: {
      lifecycle: 'evangelist',
      deals: won([20, 110, 200, 290], 2000),
      expect: { stage: 'advocate', category: 'devoted' },
    },
  },
  {
    slug: 'kenji-sato',
    name: 'Kenji Sato',
    shows: 'client with NPS 9: advocate, devoted',
    hubspot: {
      lifecycle: 'customer',
      deals: won([10, 80, 160, 240, 330], 1800),
      nps: 9,
      expect: { stage: 'advocate', category: 'devoted' },
    },
  },
  {
    slug: 'claire-fontaine',
    name: 'Claire Fontaine',
    shows: 'advocate (1 referral) with three tickets: demanding wins over devoted',
    hubspot: {
      lifecycle: 'customer',
      deals: won([25, 115, 205, 295], 1000),
      tickets: [true, true, false],
      referrals: 1,
      expect: { stage: 'advocate', category: 'demanding' },
    },
  },
  {
    slug: 'ahmed-khan',
    name: 'Ahmed Khan',
    shows: 'four referrals and NPS 10: partner, devoted',
    hubspot: {
      lifecycle: 'evangelist',
      deals: won([5, 65, 125, 185, 245, 305], 2500),
      nps: 10,
      referrals: 4,
      expect: { stage: 'partner', category: 'devoted' },
    },
  },
  {
    slug: 'ingrid-olsen',
    name: 'Ingrid Olsen',
    shows: 'partner (3 referrals) silent for 400 days: stage stays partner, category dead',
    hubspot: {
      lifecycle: 'evangelist',
      deals: won([400, 500, 600, 700], 1500),
      referrals: 3,
      expect: { stage: 'partner', category: 'dead' },
    },
  },
  {
    slug: 'paul-dupont',
    name: 'Paul Dupont',
    shows: 'client whose last deal closed 380 days ago: client, dead',
    hubspot: {
      lifecycle: 'customer',
      deals: won([380, 450, 520, 600], 1300),
      expect: { stage: 'client', category: 'dead' },
    },
  },
  {
    slug: 'sven-larsen',
    name: 'Sven Larsen',
    shows: 'three deals within four months: repeat, core',
    hubspot: {
      lifecycle: 'customer',
      deals: won([22, 70, 125], 650),
      expect: { stage: 'repeat', category: 'core' },
    },
  },
];
