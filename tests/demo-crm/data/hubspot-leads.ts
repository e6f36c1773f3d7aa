/**
 * HubSpot contacts without a won deal: suspects, prospects (lifecycle, lead status, open
 * deals) and the disqualified. Design margins: see ./hubspot-designs.ts.
 */
import type { PersonSpec } from './design-types';

export const HUBSPOT_LEADS: PersonSpec[] = [
  {
    slug: 'peter-grant',
    name: 'Peter Grant',
    shows: 'newsletter subscriber only: suspect, unrated',
    hubspot: { lifecycle: 'subscriber', expect: { stage: 'suspect', category: 'unrated' } },
  },
  {
    slug: 'script-tag',
    name: '<script>alert(1)</script>',
    shows: 'hostile name (script tag) on a subscriber: suspect, unrated, shown as text',
    hubspot: { lifecycle: 'subscriber', expect: { stage: 'suspect', category: 'unrated' } },
  },
  {
    slug: 'laura-jensen',
    name: 'Laura Jensen',
    shows: 'lifecycle lead: prospect, unrated',
    hubspot: { lifecycle: 'lead', expect: { stage: 'prospect', category: 'unrated' } },
  },
  {
    slug: 'marco-bianchi',
    name: 'Marco Bianchi',
    shows: 'MQL with an open lead status: prospect, unrated',
    hubspot: {
      lifecycle: 'marketingqualifiedlead',
      leadStatus: 'OPEN',
      expect: { stage: 'prospect', category: 'unrated' },
    },
  },
  {
    slug: 'sara-lindgren',
    name: 'Sara Lindgren',
    shows: 'SQL with a 4,500 open deal (below 10,000): prospect, unrated',
    hubspot: {
      lifecycle: 'salesqualifiedlead',
      deals: [{ ago: 10, amount: 4500, open: true }],
      expect: { stage: 'prospect', category: 'unrated' },
    },
  },
  {
    slug: 'benjamin-clark',
    name: 'Benjamin Clark',
    shows: 'opportunity with a 25,000 open deal: prospect, high potential',
    hubspot: {
      lifecycle: 'opportunity',
      deals: [{ ago: 14, amount: 25000, open: true }],
      expect: { stage: 'prospect', category: 'high-potential' },
    },
  },
  {
    slug: 'yara-nasser',
    name: 'Yara Nasser',
    shows: 'lead in progress with a 12,000 open deal: prospect, high potential',
    hubspot: {
      lifecycle: 'lead',
      leadStatus: 'IN_PROGRESS',
      deals: [{ ago: 6, amount: 12000, open: true }],
      expect: { stage: 'prospect', category: 'high-potential' },
    },
  },
  {
    slug: 'dmitri-volkov',
    name: 'Dmitri Volkov',
    shows: 'lead status UNQUALIFIED: disqualified, unrated',
    hubspot: {
      lifecycle: 'lead',
      leadStatus: 'UNQUALIFIED',
      expect: { stage: 'disqualified', category: 'unrated' },
    },
  },
  {
    slug: 'helen-park',
    name: 'Helen Park',
    shows:
      'UNQUALIFIED despite a 15,000 open deal: disqualified, unrated (snow leopard needs a live rung)',
    hubspot: {
      lifecycle: 'opportunity',
      leadStatus: 'UNQUALIFIED',
      deals: [{ ago: 20, amount: 15000, open: true }],
      expect: { stage: 'disqualified', category: 'unrated' },
    },
  },
  {
    slug: 'omar-farouk',
    name: 'Omar Farouk',
    shows: 'subscriber with a 2,000 open deal (engagement): prospect, unrated',
    hubspot: {
      lifecycle: 'subscriber',
      deals: [{ ago: 3, amount: 2000, open: true }],
      expect: { stage: 'prospect', category: 'unrated' },
    },
  },
  {
    slug: 'lucia-alvarez',
    name: 'Lucía Álvarez',
    shows: 'lifecycle opportunity without any deal yet: prospect, unrated',
    hubspot: { lifecycle: 'opportunity', expect: { stage: 'prospect', category: 'unrated' } },
  },
];
