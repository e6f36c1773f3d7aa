/**
 * The IndexedDB schema (version 2), as idb's typed DBSchema. One object store per concern:
 * profiles, the evidence behind each field, the alias table that makes an id key and an
 * e-mail key find the same customer, cached classifications, overrides, the stage and
 * category history, per-account contexts (percentile thresholds) and `meta` (settings,
 * the reclassification job).
 */
import type { DBSchema } from 'idb';
import type { FieldEvidence, HistoryEntry, Override } from '../domain/records';
import type { CustomerKey, Profile } from '../domain/profile';
import type { Category, Classification, Stage } from '../segmentation/types';

export const DB_NAME = 'rung';
export const DB_VERSION = 2;

export interface ProfileRecord {
  /** The canonical customer id: the key string the customer was first stored under. */
  id: string;
  /** `crm|account`, for per-account percentiles. */
  accountKey: string;
  /** Lower-cased e-mail, for linking the same person across CRMs (absent when unknown). */
  email?: string;
  profile: Profile;
  /** Selector keys the last read of this customer's page could not find. */
  diagnostics: string[];
  updatedAt: string;
}

export type EvidenceEntry = FieldEvidence;

export interface EvidenceRecord {
  id: string;
  fields: EvidenceEntry[];
  /** [order id, seenAt]: pairs, not an object, so an order id like `__proto__` stays data. */
  orders: [string, string][];
}

export interface AliasRecord {
  /** A key string (`crm|account|id:…` or `crm|account|email:…`). */
  alias: string;
  /** The canonical customer id it resolves to. */
  id: string;
}

export interface ClassificationRecord {
  id: string;
  automatic: Classification;
  /** Calendar day (YYYY-MM-DD, UTC) the result was computed for. */
  day: string;
  settingsRevision: number;
  /** The stage and category last shown (after overrides), to detect changes for history. */
  shownStage: Stage | null;
  shownCategory: Category | null;
}

export interface OverrideRecord {
  id: string;
  override: Override;
}

export interface HistoryRecord {
  seq?: number;
  id: string;
  entry: HistoryEntry;
}

export interface AccountRecord {
  /** `crm|account`. */
  id: string;
  context: unknown;
  customerCount: number;
  settingsRevision: number;
  builtAt: string;
}

export interface MetaRecord {
  id: string;
  value: unknown;
}

export interface RungDB extends DBSchema {
  profiles: { key: string; value: ProfileRecord; indexes: { byAccount: string; byEmail: string } };
  evidence: { key: string; value: EvidenceRecord };
  aliases: { key: string; value: AliasRecord; indexes: { byTarget: string } };
  classifications: { key: string; value: ClassificationRecord };
  overrides: { key: string; value: OverrideRecord };
  history: { key: number; value: HistoryRecord; indexes: { byCustomer: string } };
  accounts: { key: string; value: AccountRecord };
  meta: { key: string; value: MetaRecord };
}

export type StoreName =
  | 'profiles'
  | 'evidence'
  | 'aliases'
  | 'classifications'
  | 'overrides'
  | 'history'
  | 'accounts'
  | 'meta';

/** Every store a page read (or an import) touches: all but the settings' meta store. */
export const OBSERVE_STORES = [
  'profiles',
  'evidence',
  'aliases',
  'classifications',
  'overrides',
  'history',
  'accounts',
] as const satisfies readonly StoreName[];

export const ALL_STORES: StoreName[] = [...OBSERVE_STORES, 'meta'];

/** `crm|account` for a key. */
export function accountKeyOf(key: CustomerKey): string {
  return `${key.crm}|${key.account}`;
}
