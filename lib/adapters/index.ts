/**
 * The adapter registry and the one entry point the content script uses. Adding a CRM means
 * one adapter file and one line in ADAPTERS (plus its fixtures, which a conventions test
 * requires). Everything here is synchronous and side-effect free.
 */
import { hubspotAdapter } from './hubspot';
import { shopifyAdapter } from './shopify';
import { woocommerceAdapter } from './woocommerce';
import type { CrmAdapter, PageRead, ReadOptions, ScrapeResult } from './types';

export type { CrmAdapter, PageRead, ReadOptions, ScrapeResult } from './types';

/** Tried in order; the first whose `matches` accepts the URL reads the page. */
export const ADAPTERS: readonly CrmAdapter[] = [
  hubspotAdapter,
  shopifyAdapter,
  woocommerceAdapter,
  // Custom (user-taught) CRMs come from settings at run time: createCustomAdapter(definitions)
  // in ./custom builds their adapter; the content script must consult it (see its owner).
];

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function adapterFor(url: string | URL): CrmAdapter | null {
  const parsed = toUrl(url);
  return parsed ? (ADAPTERS.find((a) => a.matches(parsed)) ?? null) : null;
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
  const parsed = toUrl(url);
  const adapter = parsed ? adapterFor(parsed) : null;
  return parsed && adapter ? adapter.read(document, parsed, options) : null;
}

export function scrapePage(
  document: Document,
  url: string | URL,
  options?: ReadOptions,
): ScrapeResult | null {
  return readPage(document, url, options)?.scrape ?? null;
}
