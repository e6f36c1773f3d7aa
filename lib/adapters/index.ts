/**
 * The adapter registry and `scrapePage`, the public reader over every built-in CRM.
 * Adding a CRM means one adapter file and one line in ADAPTERS (plus its fixtures, which
 * a conventions test requires). Each content script reads with its own CRM's adapter
 * only (./read-with.ts), to stay small. Everything here is synchronous and side-effect free.
 */
import { hubspotAdapter } from './hubspot';
import { shopifyAdapter } from './shopify';
import { woocommerceAdapter } from './woocommerce';
import { adapterAmong, readPageWith, toUrl } from './read-with';
import type { CrmAdapter, PageRead, ReadOptions, ScrapeResult } from './types';

export type { CrmAdapter, PageRead, ReadOptions, ScrapeResult } from './types';

/** Tried in order; the first whose `matches` accepts the URL reads the page. */
export const ADAPTERS: readonly CrmAdapter[] = [
  hubspotAdapter,
  shopifyAdapter,
  woocommerceAdapter,
  // Custom (user-taught) CRMs come from settings at run time: the sites content script
  // builds their adapter with createCustomAdapter(definitions) (entrypoints/sites.content).
];

export function adapterFor(url: string | URL): CrmAdapter | null {
  return adapterAmong(ADAPTERS, url);
}

export function isSupportedUrl(url: string | URL): boolean {
  return adapterFor(url) !== null;
}

/** CSS selectors of the regions whose mutations should trigger a re-read of this page. */
export function watchTargets(url: string | URL): string[] {
  const parsed = toUrl(url);
  const adapter = parsed ? adapterFor(parsed) : null;
  return parsed && adapter ? adapter.watchTargets(parsed) : [];
}

/** The scrape plus one badge anchor per customer; null on a page Rung does not read. */
export function readPage(
  document: Document,
  url: string | URL,
  options?: ReadOptions,
): PageRead | null {
  return readPageWith(ADAPTERS, document, url, options);
}

export function scrapePage(
  document: Document,
  url: string | URL,
  options?: ReadOptions,
): ScrapeResult | null {
  return readPage(document, url, options)?.scrape ?? null;
}
