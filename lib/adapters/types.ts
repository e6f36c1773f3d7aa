/**
 * What an adapter reads from a page. `scrapePage(document, url)` returns a
 * `ScrapeResult` (plain JSON, the acceptance checks compare it); the content script
 * also needs to know where each customer sits on the page, so `readPage` returns the
 * same result plus one anchor element per customer for the badge.
 */
import type { Profile } from '../profile';

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
