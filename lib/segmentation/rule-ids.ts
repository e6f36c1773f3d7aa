/**
 * Every rule id a reason can carry. The reason builders take a `RuleId`, so a new rule
 * must be listed here to compile, and lib/i18n/sentence-coverage.test.ts fails when a listed
 * rule produces no translatable sentence in every language (or is never produced at all).
 */
export const RULE_IDS = [
  'stage.partner',
  'stage.advocate.referrals',
  'stage.advocate.nps',
  'stage.advocate.crm',
  'stage.client',
  'stage.repeat',
  'stage.first-time',
  'stage.disqualified',
  'stage.prospect',
  'stage.suspect',
  'category.dead.model',
  'category.dead.recency',
  'category.dead.crm',
  'category.dead.unpaid',
  'category.dead.do-not-serve',
  'category.demanding.tickets',
  'category.demanding.late',
  'category.demanding.support-cost',
  'category.discount-seeker',
  'category.devoted.advocate',
  'category.devoted.premium',
  'category.high-potential.revenue',
  'category.high-potential.largest-order',
  'category.high-potential.open-deal',
  'category.core',
  'category.unrated',
  'subgroup.profitable',
  'subgroup.middling',
  'subgroup.unprofitable',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
