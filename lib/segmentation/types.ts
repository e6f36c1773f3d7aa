/**
 * The segmentation engine's public types: the contract between the engine and
 * everything that shows or stores its results (background, store, side panel,
 * options preview, dashboard). Extend, never rename: other modules and the
 * acceptance checks import these names.
 */
import type { Profile } from '../profile';

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
  /** One sentence, e.g. "repeat customer: 3 orders ≥ 2". */
  text: string;
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
  text: string;
  /** The stage rule that would fire, e.g. 'stage.client'. */
  rule?: string;
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
  warnings: string[];
  /** The `asOf` date the classification was computed for (ISO). */
  asOf: string;
  confidenceBasis?: ConfidenceBasis;
  /** Whether the dead rule used the customer-base model (pAlive) or the day rules. */
  deadRoute?: 'model' | 'rules';
  /** What the account's customer-base model says, where one could be fitted. */
  prediction?: CustomerPrediction;
  /** Why the account has no model (the rules decide "dead" instead), for the user. */
  modelNote?: string;
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
