/**
 * Read a page with a given list of readers: the first that reads the URL reads the page.
 * Content scripts pass only their own CRM's reader, so a HubSpot tab never loads the
 * Shopify reader (each content script stays within its size budget).
 */
import type { CrmReader, PageRead, ReadOptions, ScrapeResult } from './types';

export function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function readerAmong(readers: readonly CrmReader[], url: string | URL): CrmReader | null {
  const parsed = toUrl(url);
  return parsed ? (readers.find((r) => r.readsPage(parsed)) ?? null) : null;
}

/** The scrape plus one badge anchor per customer; null on a page none of them reads. */
export function readPageWith(
  readers: readonly CrmReader[],
  document: Document,
  url: string | URL,
  options?: ReadOptions,
): PageRead | null {
  const parsed = toUrl(url);
  const reader = parsed ? readerAmong(readers, parsed) : null;
  return parsed && reader ? reader.read(document, parsed, options) : null;
}

export function scrapePageWith(
  readers: readonly CrmReader[],
  document: Document,
  url: string | URL,
  options?: ReadOptions,
): ScrapeResult | null {
  return readPageWith(readers, document, url, options)?.scrape ?? null;
}
