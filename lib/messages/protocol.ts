/**
 * Every message between Rung's parts and its reply, in one map. Types only: content
 * scripts import this file without pulling zod into their bundle. The background
 * validates every request against `requestSchemas` (./schemas.ts) before acting.
 */
import type { ScrapeResult } from '../adapters/types';
import type { CustomerKey, Profile } from '../profile';
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
  /** The top two reasons, as sentences (English: the fallback and what exports write). */
  topReasons: string[];
  /**
   * The same reasons, translatable, index for index (null where a sentence has no
   * translatable form, as in results cached before sentences had one).
   */
  topReasonSays?: (Sentence | null)[];
  confidence: Confidence;
  /** A manual override decides the stage or category shown. */
  overridden: boolean;
  /** The automatic result differs from the override. */
  disagrees: boolean;
}

export type OverrideMode = 'pin' | 'floor';

export interface Override {
  stage?: Stage;
  category?: Category;
  reason: string;
  mode: OverrideMode;
  by: string;
  at: string;
  expiresAt?: string;
}

export interface HistoryEntry {
  at: string;
  field: 'stage' | 'category';
  from: string | null;
  to: string;
  source: 'automatic' | 'manual';
  /** The rule's sentence in English, or staff's own words for a change they made. */
  why: string;
  /** The rule's sentence, translatable (automatic changes recorded since sentences had one). */
  whySay?: Sentence;
}

export interface FieldEvidence {
  field: string;
  page: string;
  url: string;
  seenAt: string;
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

/** The customer the active tab shows, as the popup and side panel see it. */
export interface TabCustomer {
  tabId: number;
  url: string;
  scrape: ScrapeResult | null;
  /** Why there is no customer: unsupported site, not a customer page, … */
  reason?: string;
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

export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

export interface Protocol {
  /** A content script read a page: merge, classify, and return one badge per customer. */
  'page.observed': {
    /** `part`: which slice of a long read this is (0, the first, starts the tab's record). */
    req: { url: string; scrape: ScrapeResult; part?: number };
    res: { badges: (BadgeView | null)[] };
  };
  /** Cached results for many keys at once (list pages). */
  'badges.lookup': { req: { keys: CustomerKey[] }; res: { badges: (BadgeView | null)[] } };
  'customer.get': { req: { key: CustomerKey }; res: CustomerDetail | null };
  'override.set': { req: OverrideInput; res: BadgeView };
  'override.clear': { req: { key: CustomerKey }; res: BadgeView | null };
  /** The badge asks to show this customer in the side panel. */
  'sidepanel.show': { req: { key: CustomerKey }; res: { opened: boolean } };
  /** The popup or side panel asks what the active tab shows. */
  'tab.current': { req: { tabId?: number }; res: TabCustomer | null };
  'settings.get': { req: Record<string, never>; res: { settings: unknown; staffName: string } };
  'settings.save': { req: { settings: unknown; staffName?: string }; res: { saved: true } };
  /** After the popup obtained the host permission: inject Rung on that site from now on. */
  'site.enable': { req: { url: string }; res: { origin: string } };
  'site.disable': { req: { origin: string }; res: { origin: string } };
  'sites.list': { req: Record<string, never>; res: { origins: string[] } };
  /** Every stored customer with the shown result, optionally one account only. */
  'customers.list': {
    req: { crm?: string; account?: string };
    res: { accounts: AccountRef[]; rows: CustomerRow[] };
  };
  /** Classify the stored customers with unsaved settings and count who would move. */
  'settings.preview': { req: { settings: unknown }; res: { moves: PreviewMove[]; total: number } };
  'reclassify.progress': { req: Record<string, never>; res: ReclassifyProgress };
  /** The classifications as CSV (mailing segments, removal lists), optionally filtered. */
  'data.exportCsv': {
    req: { crm?: string; account?: string; stages?: Stage[]; categories?: Category[] };
    res: { csv: string };
  };
  /** Everything Rung stores, as one JSON document. */
  'data.export': { req: Record<string, never>; res: { json: string } };
  /** Replace everything with a backup made by data.export; a bad file changes nothing. */
  'data.import': { req: { json: string }; res: { customers: number } };
  /** Write customers read from a CRM export file (previewed and confirmed in the page). */
  'data.importRows': {
    req: { source: string; fileName: string; customers: Profile[] };
    res: { written: number; refused: number };
  };
  'data.deleteAll': { req: { confirm: 'delete' }; res: { deleted: true } };
  /** User-taught CRM definitions (lib/adapters/custom-definition.ts). */
  'customCrms.get': { req: Record<string, never>; res: { definitions: unknown[] } };
  'customCrms.save': { req: { definitions: unknown[] }; res: { saved: true } };
  /** The popup asks to inject the "teach Rung this CRM" picker into a tab. */
  'picker.start': { req: { tabId: number }; res: { started: true } };
}

export type MessageType = keyof Protocol;
export type RequestOf<T extends MessageType> = Protocol[T]['req'];
export type ResponseOf<T extends MessageType> = Protocol[T]['res'];
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

/** Background → content scripts: results changed (settings, overrides); re-query badges. */
export interface ResultsChangedBroadcast {
  type: 'results.changed';
}
