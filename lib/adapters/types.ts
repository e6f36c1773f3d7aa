/**
 * What an adapter reads from a page. `scrapePage(document, url)` returns a
 * `ScrapeResult` (plain JSON, the acceptance checks compare it); the content script
 * also needs to know where each customer sits on the page, so `readPage` returns the
 * same result plus one anchor element per customer for the badge.
 */
import type { Profile } from '../domain/profile';

export type CrmKind = 'hubspot' | 'shopify' | 'woocommerce' | `custom:${string}`;
export type PageKind = 'customer' | 'customer-list' | 'order' | 'order-list';

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
 * One CRM's reader. `read` is pure over (document, url, options): no `browser.*`, no
 * timers, no DOM access at import time. `watchTargets` names the regions whose mutations
 * should trigger a re-read (the content script runs one observer over them).
 */
export interface CrmAdapter {
  crm: CrmKind;
  matches(url: URL): boolean;
  read(document: Document, url: URL, options?: ReadOptions): PageRead | null;
  watchTargets(url: URL): string[];
  /**
   * The adapter's selector table(s), keyed like `'record.title'`, each an ordered list of
   * `{ css, source }` candidates; the conventions test checks them for generated class names.
   */
  selectors?: Readonly<Record<string, readonly { css: string; source: string }[]>>;
}
