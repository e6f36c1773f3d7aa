/**
 * The store's interface as the background uses it. The implementation lives beside
 * this file (IndexedDB through idb); the background only ever sees this shape, so the
 * wiring stays thin and tests can pass a fake.
 */
import type { ScrapeResult } from '../reading/types';
import type {
  BadgeView,
  CustomerDetail,
  OverrideInput,
  ReclassifyProgress,
} from '../messages/protocol';
import type { CustomerKey } from '../profile';

/** One page read, as the content script sent it. */
export interface Observation {
  url: string;
  /** ISO time the page was read. */
  seenAt: string;
  scrape: ScrapeResult;
}

export type { ReclassifyProgress };

export interface RungStore {
  /**
   * Merge every customer of a page read into its profile, reclassify those customers,
   * record history, and return one badge per `scrape.customers` entry (null where the
   * customer carries neither an id nor an e-mail).
   */
  observe(observation: Observation, now: Date): Promise<(BadgeView | null)[]>;
  /** Cached results for many keys in one IndexedDB transaction. */
  lookupBadges(keys: CustomerKey[], now: Date): Promise<(BadgeView | null)[]>;
  getCustomer(key: CustomerKey, now: Date): Promise<CustomerDetail | null>;
  setOverride(input: OverrideInput, by: string, now: Date): Promise<BadgeView>;
  clearOverride(key: CustomerKey, now: Date): Promise<BadgeView | null>;
  /** The validated settings (segmentation settings plus staff name), migrated on read. */
  getSettings(): Promise<StoredSettings>;
  /** Validates; throws a SettingsError naming the field on a bad value. Starts a reclassification. */
  saveSettings(
    settings: unknown,
    staffName: string | undefined,
    now: Date,
  ): Promise<StoredSettings>;
  /** Reclassify every customer in chunks; resumes a job a stopped worker left halfway. */
  reclassifyAll(now: Date, onProgress?: (p: ReclassifyProgress) => void): Promise<void>;
  reclassifyProgress(): Promise<ReclassifyProgress>;
  deleteAll(): Promise<void>;
}

export interface StoredSettings {
  /** Segmentation settings (lib/segmentation settingsSchema), complete. */
  settings: unknown;
  staffName: string;
}
