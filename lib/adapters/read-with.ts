/**
 * Read a page with a given list of adapters: the first whose `matches` accepts the URL
 * reads it. Content scripts pass only their own CRM's adapter, so a HubSpot tab never
 * loads the Shopify reader (each content script stays within its size budget).
 */
import type { CrmAdapter, PageRead, ReadOptions } from './types';

export function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function adapterAmong(
  adapters: readonly CrmAdapter[],
  url: string | URL,
): CrmAdapter | null {
  const parsed = toUrl(url);
  return parsed ? (adapters.find((a) => a.matches(parsed)) ?? null) : null;
}

export function readPageWith(
  adapters: readonly CrmAdapter[],
  document: Document,
  url: string | URL,
  options?: ReadOptions,
): PageRead | null {
  const parsed = toUrl(url);
  const adapter = parsed ? adapterAmong(adapters, parsed) : null;
  return parsed && adapter ? adapter.read(document, parsed, options) : null;
}
