/**
 * The default texts: both category vocabularies and the playbook (headline, actions and
 * the 4 A line for staff) per stage and per category. Plain data, so the options page
 * can edit it through settings and the interface issue can translate it later.
 * Sources: seeds 000–004 as distilled in ../shared/SEGMENTATION.md ("Treatment").
 */
import type { Category, CategoryLabels, Stage } from './types';

export interface PlaybookEntry {
  headline: string;
  actions: string[];
  /** One line of the 4 A's (acknowledge, appreciate, affirm, assure) for the staff member. */
  fourA: string;
}

export interface Playbook {
  stages: Record<Stage, PlaybookEntry>;
  categories: Record<Category, PlaybookEntry>;
}

export const defaultLabels: Record<Category, CategoryLabels> = {
  dead: { classic: 'Dead', onePage: 'Dead' },
  demanding: { classic: 'Demanding', onePage: 'Vampire' },
  'discount-seeker': { classic: 'Discount seeker', onePage: 'Rebel' },
  devoted: { classic: 'Devoted', onePage: 'Tribe' },
  'high-potential': { classic: 'High potential', onePage: 'Snow leopard' },
  core: { classic: 'Core', onePage: 'Core' },
  unrated: { classic: 'Unrated', onePage: 'Unrated' },
};

export const stageNames: Record<Stage, string> = {
  suspect: 'suspect',
  prospect: 'prospect',
  disqualified: 'disqualified prospect',
  'first-time': 'first-time customer',
  repeat: 'repeat customer',
  client: 'client',
  advocate: 'advocate',
  partner: 'partner',
};

const engagement: PlaybookEntry = {
  headline: 'Engage: turn the purchase into a habit',
  actions: [
    'Thank them for the purchase',
    'Ask for feedback',
    'Offer a discount toward the next purchase',
    'Cross-sell a second product line',
  ],
  fourA: 'Appreciate the purchase and assure them you are there if anything is not right.',
};

const vip: PlaybookEntry = {
  headline: 'VIP: personal attention for people who bring us customers',
  actions: [
    'Invite to the VIP club',
    'Send exclusive offers',
    'Give priority service',
    'Give personal attention and gifts',
  ],
  fourA: 'Acknowledge what they do for us and appreciate every recommendation by name.',
};

export const defaultPlaybook: Playbook = {
  stages: {
    suspect: {
      headline: 'Attract: a bold statement that gets attention',
      actions: [
        'Lead with one bold, relevant claim',
        'Offer something worth leaving an e-mail for',
      ],
      fourA: 'Acknowledge their interest and assure them there is no obligation.',
    },
    prospect: {
      headline: 'Qualify and invite to a first purchase',
      actions: ['Qualify the need and the budget', 'Answer fast', 'Invite to a first purchase'],
      fourA: 'Acknowledge the question and affirm that you can help them today.',
    },
    disqualified: {
      headline: 'Stop pursuing',
      actions: ['Stop outreach', 'Answer politely if they come back on their own'],
      fourA: 'Acknowledge them courteously; make no promises you will not keep.',
    },
    'first-time': engagement,
    repeat: engagement,
    client: {
      headline: 'Retain: reward loyalty',
      actions: [
        'Enrol in the bonus or points programme',
        'Offer free extra services',
        'Invite them to recommend us',
      ],
      fourA: 'Appreciate their loyalty and affirm that their regular business matters to us.',
    },
    advocate: vip,
    partner: vip,
  },
  categories: {
    devoted: {
      headline: 'Devoted: VIP perks',
      actions: ['Give VIP perks', 'Give priority service', 'Keep personal contact'],
      fourA: 'Appreciate them personally and assure them of priority whenever they need us.',
    },
    core: {
      headline: 'Core: basic service, done well',
      actions: ['Give reliable basic service', 'Send a thank-you card', 'Offer the loyalty card'],
      fourA: 'Acknowledge them by name and appreciate their business.',
    },
    demanding: {
      headline: 'Demanding: stricter terms',
      actions: [
        'Put payment and delivery deadlines in writing',
        'Charge for extra services',
        'Raise the price',
        'Let them go if they refuse the terms',
      ],
      fourA:
        'Acknowledge the request, affirm the written terms and assure them of what is included.',
    },
    'discount-seeker': {
      headline: 'Discount seeker: no special discounts',
      actions: [
        'Offer no special discounts',
        'Keep the investment minimal',
        'Consider ending the relationship',
      ],
      fourA: 'Acknowledge the request and affirm the regular price calmly.',
    },
    dead: {
      headline: 'Dead: stop serving',
      actions: [
        'Stop serving',
        'Collect what they owe',
        'Remove from the database (Rung recommends it; it deletes nothing in the CRM)',
      ],
      fourA: 'Acknowledge them politely and affirm what is still owed, nothing more.',
    },
    'high-potential': {
      headline: 'High potential: pursue personally',
      actions: [
        'Pursue personally',
        'Give dedicated attention',
        'Have one named person own the relationship',
      ],
      fourA: 'Acknowledge their goals and assure them of one dedicated contact.',
    },
    unrated: {
      headline: 'Unrated: not enough to go on yet',
      actions: ['Record what you learn about them'],
      fourA: 'Acknowledge them and ask how you can help.',
    },
  },
};
