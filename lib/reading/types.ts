/**
 * What a CRM's reader reads from a page: a `ScrapeResult` (plain JSON, sent to the
 * background and compared by the tests) plus one anchor element per customer, where the
 * content script puts that customer's badge.
 */
import type { CrmKind, PageKind } from '../domain/crm-kind';
import type { Profile } from '../domain/profile';
import type { SelectorTable } from './select';

export type { CrmKind, PageKind } from '../domain/crm-kind';

export interface ScrapeResult {
  crm: CrmKind;
  account: string;
  page: PageKind;
  /** One entry per customer shown, with only the fields the page really shows. */
  customers: Profile[];
  /** Selector keys that found nothing (selector rot, or a field this page lacks). */
  diagnostics: string[];
}

export interface PageRead {
  scrape: ScrapeResult;
  /**
   * anchors[i] is the element beside which customers[i]'s badge goes (the record
   * title, the name link of a list row). Null when the customer has no place on the
   * page for a badge.
   */
  anchors: (Element | null)[];
}

/** Options a reader may need beyond the page itself. */
export interface ReadOptions {
  /** The clock for relative dates ("Today at 4:34 pm"); defaults to the current time. */
  now?: Date;
}

/**
 * How a CRM's pages are read. `read` is pure over (document, url, options): no `browser.*`,
 * no timers, no DOM access at import time. The content script re-reads on DOM mutations of
 * the whole body, so a reader names no regions to watch.
 */
export interface CrmReader {
  /** The kind every scrape carries; `custom:*` for the reader of taught CRMs. */
  crm: CrmKind;
  /** Whether this reader reads the page at `url` (a customer or order page of its CRM). */
  readsPage(url: URL): boolean;
  read(document: Document, url: URL, options?: ReadOptions): PageRead | null;
  /**
   * The reader's selector table, keyed like `'record.title'`, each an ordered list of
   * `{ css, source }` candidates; the conventions test checks them for generated class names.
   */
  selectors?: SelectorTable;
}
