/**
 * The store's interface as the background uses it: one method per thing the background
 * asks of it, and nothing that hands out the database. Every write goes through a method
 * here, so the badge cache (./cached-store.ts) wrapped around the IndexedDB store
 * (./rung-store.ts) sees each one and forgets what it may have changed; no caller has
 * to remember to. The background only ever sees this shape, so the wiring stays thin
 * and tests can pass a fake.
 */
import type { ScrapeResult } from '../reading/types';
import type { CustomDefinition } from '../crms/custom/definition';
import type { Profile, CustomerKey } from '../domain/profile';
import type {
  AccountRef,
  BadgeView,
  CustomerDetail,
  CustomerRow,
  OverrideInput,
  PreviewMove,
  ReclassifyProgress,
} from '../domain/views';
import type { Category, Stage } from '../segmentation/types';
import type { Backup } from './export/backup-schema';

/** One page read, as the content script sent it. */
export interface Observation {
  url: string;
  /** ISO time the page was read. */
  seenAt: string;
  scrape: ScrapeResult;
}

export type { ReclassifyProgress };

export interface StoredSettings<S = unknown> {
  /** Segmentation settings, complete and valid (the classifier's own type). */
  settings: S;
  staffName: string;
}

export interface CustomerListFilter {
  crm?: string;
  account?: string;
}

export interface ExportFilter {
  stages?: Stage[];
  categories?: Category[];
  /** `crm|account`, e.g. `shopify|demo-shop`. */
  account?: string;
}

/** The rows of a CRM export file the user confirmed, to merge as an import job. */
export interface ImportInput {
  source: string;
  fileName: string;
  customers: Profile[];
  /** What the file is as of (its name's date, its save time): older facts only fill gaps. */
  observedAt?: string;
}

/** One import chunk's transaction: more to do, or the job's totals once none is left. */
export type ImportStep =
  { done: false; merged: number; total: number } | { done: true; outcome: ImportOutcome | null };

export interface ImportOutcome {
  written: number;
  /** Customers the profile schema refused (too many orders, over-long fields). */
  refused: number;
}

/** Reads: nothing the store holds changes (a stale cached result may be refreshed). */
export interface StoreReads<S = unknown> {
  /** Results for many keys; cached ones in one readonly transaction. */
  lookupBadges(keys: CustomerKey[], now: Date): Promise<(BadgeView | null)[]>;
  getCustomer(key: CustomerKey, now: Date): Promise<CustomerDetail | null>;
  /** The validated settings (segmentation settings plus staff name), migrated on read. */
  getSettings(): Promise<StoredSettings<S>>;
  /** The revision every cached result is valid for; it grows on every settings change. */
  settingsRevision(): Promise<number>;
  reclassifyProgress(): Promise<ReclassifyProgress>;
  /** Every stored customer (or one account's) with the shown result, and the accounts. */
  listCustomers(
    now: Date,
    filter?: CustomerListFilter,
  ): Promise<{ accounts: AccountRef[]; rows: CustomerRow[] }>;
  /** The classifications as CSV; every text cell is guarded against spreadsheet formulas. */
  exportClassificationsCsv(now: Date, filter?: ExportFilter): Promise<string>;
  /** What saving `candidate` would move; throws a SettingsError naming a bad field. */
  previewSettings(candidate: unknown, now: Date): Promise<{ moves: PreviewMove[]; total: number }>;
  /** Everything a backup carries, read in one readonly transaction. */
  backup(now: Date): Promise<Backup>;
  /** The taught CRM definitions that still parse. */
  getCrmDefinitions(): Promise<CustomDefinition[]>;
  /** Resolves when the account contexts page reads found grown have been rebuilt. */
  contextsRebuilt(): Promise<void>;
}

/** Writes: each may change any customer's result. */
export interface StoreWrites<S = unknown> {
  /**
   * Merge every customer of a page read into its profile, reclassify those customers,
   * record history, and return one badge per `scrape.customers` entry (null where the
   * customer carries neither an id nor an e-mail).
   */
  observe(observation: Observation, now: Date): Promise<(BadgeView | null)[]>;
  setOverride(input: OverrideInput, by: string, now: Date): Promise<BadgeView>;
  clearOverride(key: CustomerKey, now: Date): Promise<BadgeView | null>;
  /** Validates; throws a SettingsError naming the field on a bad value. Starts a reclassification. */
  saveSettings(
    settings: unknown,
    staffName: string | undefined,
    now: Date,
  ): Promise<StoredSettings<S>>;
  /** Reclassify every customer in chunks; resumes a job a stopped worker left halfway. */
  reclassifyAll(now: Date, onProgress?: (p: ReclassifyProgress) => void): Promise<void>;
  /** Continue a reclassification a stopped service worker left halfway (call on start-up). */
  resumePendingJobs(now: Date, onProgress?: (p: ReclassifyProgress) => void): Promise<void>;
  /** Drop the cached results and account contexts and recompute them all (overrides and history stay). */
  rebuildCaches(now: Date, onProgress?: (p: ReclassifyProgress) => void): Promise<void>;
  /** Replace everything with a parsed backup in one transaction; starts a reclassification. */
  restore(backup: Backup, now: Date): Promise<{ customers: number }>;
  /** Keep confirmed import rows as a job (replacing any unfinished one). */
  startImport(input: ImportInput, now: Date): Promise<void>;
  /** Merge the import job's next chunk and advance its cursor, in one transaction. */
  importChunk(now: Date, chunkSize: number): Promise<ImportStep>;
  /** Drop the import job (the chunks already merged stay). */
  abandonImport(): Promise<void>;
  /**
   * Merge a whole confirmed import and classify its accounts in one transaction: all of
   * it is in, or (cancelled through `importActivity`, or failed) none of it.
   */
  importWhole(input: ImportInput, now: Date): Promise<ImportOutcome>;
  /** Validates every definition (SettingsError naming the bad one), then replaces them all. */
  saveCrmDefinitions(definitions: unknown[]): Promise<void>;
  deleteAll(): Promise<void>;
}

export interface RungStore<S = unknown> extends StoreReads<S>, StoreWrites<S> {
  close(): void;
}

/** Every method name, sorted into reads and writes: the cache wrapper relies on it. */
export const STORE_READS = [
  'lookupBadges',
  'getCustomer',
  'getSettings',
  'settingsRevision',
  'reclassifyProgress',
  'listCustomers',
  'exportClassificationsCsv',
  'previewSettings',
  'backup',
  'getCrmDefinitions',
  'contextsRebuilt',
] as const satisfies readonly (keyof StoreReads)[];

export const STORE_WRITES = [
  'observe',
  'setOverride',
  'clearOverride',
  'saveSettings',
  'reclassifyAll',
  'resumePendingJobs',
  'rebuildCaches',
  'restore',
  'startImport',
  'importChunk',
  'abandonImport',
  'importWhole',
  'saveCrmDefinitions',
  'deleteAll',
] as const satisfies readonly (keyof StoreWrites)[];

// A method added to the interface but to neither list fails to compile here.
type Unlisted =
  | Exclude<keyof StoreReads, (typeof STORE_READS)[number]>
  | Exclude<keyof StoreWrites, (typeof STORE_WRITES)[number]>;
export const everyMethodListed: [Unlisted] extends [never] ? true : { unlisted: Unlisted } = true;
