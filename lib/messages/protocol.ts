/**
 * Every message between Rung's parts and its reply, in one map. Types only: content
 * scripts import this file without pulling zod into their bundle. The domain shapes the
 * messages carry are defined in lib/domain and only re-exported here. The background
 * validates every request against `envelopeSchema` (./schemas.ts) before acting; a
 * compile-time check there keeps each request type here and its schema the same shape.
 */
import type { ScrapeResult } from '../reading/types';
import type { CustomerKey, Profile } from '../domain/profile';
import type {
  AccountRef,
  BadgeView,
  CustomerDetail,
  CustomerRow,
  OverrideInput,
  PreviewMove,
  ReclassifyProgress,
} from '../domain/views';
import type { Settings } from '../segmentation/settings';
import type { Category, Stage } from '../segmentation/types';

// The shapes the protocol carries, for the pages and content scripts that read them.
export type * from '../domain/views';
export type * from '../domain/records';

/** The customer the active tab shows, as the popup and side panel see it. */
export interface TabCustomer {
  tabId: number;
  url: string;
  scrape: ScrapeResult | null;
  /** Why there is no customer: unsupported site, not a customer page, … */
  reason?: string;
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
  'settings.get': { req: Record<string, never>; res: { settings: Settings; staffName: string } };
  /** The settings arrive unchecked: the store validates them and names a bad field. */
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
  /** Open a staged import of `total` customers checked in the options page. */
  'data.importBegin': {
    req: { source: string; fileName: string; observedAt?: string; total: number };
    res: { importId: string };
  };
  /** Send the next customers of a staged import; nothing is written yet. */
  'data.importStage': { req: { importId: string; customers: Profile[] }; res: { staged: number } };
  /** Write a fully staged import in one transaction: all of it or, cancelled, none. */
  'data.importCommit': { req: { importId: string }; res: { written: number; refused: number } };
  /** Drop a staged import, or stop the commit under way (its transaction is aborted). */
  'data.importCancel': { req: { importId: string }; res: { cancelled: boolean } };
  'data.importProgress': { req: Record<string, never>; res: { done: number; total: number } };
  'data.deleteAll': { req: { confirm: 'delete' }; res: { deleted: true } };
  /** User-taught CRM definitions (lib/crms/custom/definition.ts). */
  'customCrms.get': { req: Record<string, never>; res: { definitions: unknown[] } };
  'customCrms.save': { req: { definitions: unknown[] }; res: { saved: true } };
  /** The popup asks to inject the "teach Rung this CRM" picker into a tab. */
  'picker.start': { req: { tabId: number }; res: { started: true } };

  /**
   * Background → every CRM tab and open Rung page, no reply: results changed (settings,
   * an override, an import); re-query badges and reload what is shown.
   */
  'results.changed': { broadcast: Record<string, never> };
}

type EntriesWith<Part extends string> = {
  [T in keyof Protocol]: Part extends keyof Protocol[T] ? T : never;
}[keyof Protocol];

/** Requests: a page or content script asks, the background answers. */
export type MessageType = EntriesWith<'req'>;
/** Broadcasts: the background tells, nobody answers. */
export type BroadcastType = EntriesWith<'broadcast'>;
export type RequestOf<T extends MessageType> = Protocol[T] extends { req: infer R } ? R : never;
export type ResponseOf<T extends MessageType> = Protocol[T] extends { res: infer R } ? R : never;
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export interface Broadcast<T extends BroadcastType = BroadcastType> {
  type: T;
  payload: Protocol[T]['broadcast'];
}

export type ResultsChangedBroadcast = Broadcast<'results.changed'>;
