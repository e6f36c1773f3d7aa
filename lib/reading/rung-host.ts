/**
 * Rung's own badge hosts inside a CRM's page. The content script puts a host element beside
 * each customer (lib/dom/badge-host.ts creates it); a reader that counted it as one of the
 * page's cells would shift every column after it on the next read. Readers skip these
 * elements. Which elements are hosts is known to the content script only (nothing in the
 * DOM a page could copy onto its own cells to hide them from the reader).
 */
import { isBadgeHost } from '../dom/badge-host';

export function isRungHost(el: Element): boolean {
  return isBadgeHost(el);
}

/** An element's child elements as the CRM rendered them, without Rung's hosts. */
export function pageChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(el.children)) if (!isRungHost(child)) out.push(child);
  return out;
}
