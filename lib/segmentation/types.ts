/**
 * The segmentation engine's public types: the contract between the engine and
 * everything that shows or stores its results (background, store, side panel,
 * options preview, dashboard). Extend, never rename: other modules and the
 * acceptance checks import these names.
 */
import type { Profile } from '../domain/profile';

export type { Profile };

export const STAGES = [
  'suspect',
  'prospect',
  'disqualified',
  'first-time',
  'repeat',
  'client',
  'advocate',
  'partner',
] as const;
export type Stage = (typeof STAGES)[number];

/** The ladder itself, lowest rung first; disqualified stands beside it. */
export const LADDER: readonly Stage[] = [
  'suspect',
  'prospect',
  'first-time',
  'repeat',
  'client',
  'advocate',
  'partner',
];

export const CATEGORIES = [
  'devoted',
  'core',
  'demanding',
  'discount-seeker',
  'dead',
  'high-potential',
  'unrated',
] as const;
export type Category = (typeof CATEGORIES)[number];

export type Subgroup = 'profitable' | 'middling' | 'unprofitable';
export type Confidence = 'low' | 'medium' | 'high';
export type Vocabulary = 'classic' | 'one-page';

export interface CategoryLabels {
  classic: string;
  onePage: string;
}

/** Nouns counted in sentences; the view picks each one's plural form in the user's language. */
export const COUNT_UNITS = [
  'order',
  'referral',
  'day',
  'ticket',
  'late-payment',
  'customer',
  // "1 more order", "2 more orders": the way up the ladder.
  'more-order',
  'more-referral',
] as const;
export type CountUnit = (typeof COUNT_UNITS)[number];

/**
 * One value inside a translatable sentence. The engine stays free of locales: it says
 * what kind of value this is, and the view formats it through Intl in the user's locale.
 * `text` is untrusted (read from a CRM page, already cleaned by untrusted-text.ts): views
 * insert it as text only, never as HTML and never as a message key.
 */
export type SentenceArg =
  | { kind: 'count'; value: number; unit: CountUnit }
  | { kind: 'number'; value: number }
  /** A rank such as a percentile: 90 → "90th", "90.", "90-й". */
  | { kind: 'ordinal'; value: number }
  /** A share 0–1, shown as a percentage. */
  | { kind: 'share'; value: number }
  /** An amount in the customer's currency (ISO 4217 code, or null when unknown). */
  | { kind: 'money'; value: number; currency: string | null }
  /** An ISO day, 'YYYY-MM-DD'. */
  | { kind: 'date'; value: string }
  | { kind: 'text'; value: string }
  /** A translated phrase inside the sentence, e.g. the CRM fact behind a prospect. */
  | { kind: 'phrase'; value: Sentence };

/**
 * A sentence as a message key and its arguments: the key names an entry of
 * `public/_locales/<lang>/messages.json`, each argument fills the placeholder of the same
 * position. The engine writes each sentence once, in this form; views render it in the
 * user's language (lib/i18n/sentence.ts).
 */
export interface Sentence {
  key: string;
  args: SentenceArg[];
}

/** One rule that fired (or, for `next`, would fire), with the numbers behind it. */
export interface Reason {
  /** Stable rule id, e.g. 'stage.repeat', 'category.demanding.tickets'. */
  rule: string;
  /** What the rule decides: a stage, a category or a subgroup. */
  decides: 'stage' | 'category' | 'subgroup';
  /** The observed value (a number, or text for facts such as a CRM stage). */
  value: number | string | boolean | null;
  /** The threshold it was held against, where the rule has one. */
  threshold?: number | string;
  /** The reason as a sentence, e.g. "repeat customer: 3 orders ≥ 2". */
  say: Sentence;
}

export interface Metrics {
  orderCount: number | null;
  netRevenue: number | null;
  averageOrderValue: number | null;
  largestOrder: number | null;
  discountShare: number | null;
  profit: number | null;
  supportCost: number | null;
  daysSinceLastOrder: number | null;
  tenureDays: number | null;
  medianDaysBetweenOrders: number | null;
  stability: 'monthly' | 'quarterly' | 'yearly' | 'irregular' | 'one-off' | null;
  ticketsPerOrder: number | null;
  latePayments: number | null;
  referrals: number | null;
  revenuePercentile: number | null;
  currency: string | null;
  firstOrderAt: string | null;
  lastOrderAt: string | null;
  /** Unpaid (overdue) balance: the CRM's figure or the total of overdue orders. */
  unpaidBalance?: number | null;
  /** Support tickets or complaints on record. */
  tickets?: number | null;
  /** The rhythm is an average from the summary (first/last order, count), not a median of rows. */
  rhythmEstimated?: boolean;
}

export interface Treatment {
  headline: string;
  actions: string[];
  /** The 4 A line for the staff member on the page. */
  fourA: string;
}

export interface NextStep {
  stage: Stage;
  /** The stage rule that would fire, e.g. 'stage.client'. */
  rule?: string;
  /** What it takes, as a sentence, e.g. "2 more orders → client". */
  say: Sentence;
}

/** How confidence was decided: which facts were known and which were missing. */
export interface ConfidenceBasis {
  known: string[];
  missing: string[];
}

export interface Classification {
  stage: Stage;
  category: Category;
  labels: CategoryLabels;
  subgroup: Subgroup | null;
  /** Other categories whose rules also matched, in precedence order. */
  flags: Category[];
  metrics: Metrics;
  reasons: Reason[];
  next: NextStep | null;
  confidence: Confidence;
  treatment: Treatment;
  /** Data that had to be ignored or corrected, one sentence each. */
  warnings: readonly Sentence[];
  /** The `asOf` date the classification was computed for (ISO). */
  asOf: string;
  confidenceBasis?: ConfidenceBasis;
  /** Whether the dead rule used the customer-base model (pAlive) or the day rules. */
  deadRoute?: 'model' | 'rules';
  /** What the account's customer-base model says, where one could be fitted. */
  prediction?: CustomerPrediction;
  /** Why the account has no model (the rules decide "dead" instead), for the user. */
  modelNote?: Sentence;
}

/**
 * What a fitted customer-base model (BG/NBD, MBG/NBD, Gamma-Gamma) says about one
 * customer. Present only when the account's fit converged; never a number from a
 * failed fit.
 */
export interface CustomerPrediction {
  pAlive: number;
  expectedPurchases90: number;
  expectedPurchases365: number;
  expectedNextOrderAt: string | null;
  expectedAverageOrderValue: number | null;
  /** Discounted value over the next 12 months (profit-based when margin is known). */
  value12m: number | null;
  valueBasis: 'profit' | 'revenue';
  model: 'mbgnbd' | 'bgnbd';
}
