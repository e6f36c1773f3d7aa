/**
 * What the store answers with and is asked to do, in the domain's words: a badge, one
 * customer in full, a dashboard row, a manual override to set, what a settings change
 * would move, a reclassification's progress. The message protocol carries these shapes;
 * it does not define them.
 */
import type { CustomerKey, Profile } from './profile';
import type { FieldEvidence, HistoryEntry, Override, OverrideMode } from './records';
import type {
  Category,
  Classification,
  Confidence,
  CustomerPrediction,
  Sentence,
  Stage,
} from '../segmentation/types';

/** What a badge needs, small enough to send 1,000 at a time. */
export interface BadgeView {
  key: CustomerKey;
  stage: Stage;
  category: Category;
  /** Category label in the chosen vocabulary. */
  categoryLabel: string;
  treatmentHeadline: string;
  /** The top two reasons, as sentences the badge renders in the user's language. */
  topReasons: Sentence[];
  confidence: Confidence;
  /** A manual override decides the stage or category shown. */
  overridden: boolean;
  /** The automatic result differs from the override. */
  disagrees: boolean;
}

export interface CustomerDetail {
  key: CustomerKey;
  profile: Profile;
  /** What the rules say now, before any override. */
  automatic: Classification;
  /** What is shown: the automatic result with the override applied. */
  effective: Classification;
  override: Override | null;
  history: HistoryEntry[];
  evidence: FieldEvidence[];
  linked: CustomerKey[];
  prediction: CustomerPrediction | null;
  /** Selector keys the last read of this customer's page could not find. */
  diagnostics: string[];
}

export interface OverrideInput {
  key: CustomerKey;
  stage?: Stage;
  category?: Category;
  reason: string;
  mode: OverrideMode;
  expiresAt?: string;
}

/** One customer as the dashboard lists it: the shown result and the figures the charts need. */
export interface CustomerRow {
  key: CustomerKey;
  name: string | null;
  email: string | null;
  stage: Stage;
  category: Category;
  overridden: boolean;
  orderCount: number | null;
  netRevenue: number | null;
  profit: number | null;
  lastOrderAt: string | null;
  currency: string | null;
  /** The CRM page Rung last read this customer on, for "open in CRM". */
  url: string | null;
  /** From the account's customer-base model, where it could be fitted (risk: low = at risk). */
  pAlive?: number | null;
  /** Discounted 12-month value from the same model. */
  value12m?: number | null;
}

export interface AccountRef {
  crm: string;
  account: string;
  customers: number;
}

/** What a settings change would do: "12 repeat → client". */
export interface PreviewMove {
  field: 'stage' | 'category';
  from: string;
  to: string;
  count: number;
}

export interface ReclassifyProgress {
  running: boolean;
  done: number;
  total: number;
  startedAt: string | null;
}
