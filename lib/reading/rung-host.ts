/**
 * Rung's own badge hosts inside a CRM's page. The content script puts a host element beside
 * each customer (lib/dom/badge-mount.ts creates it, tagged `rung-badge` and carrying the
 * customer's key in `data-rung-key`); a reader that counted it as one of the page's cells
 * would shift every column after it on the next read. Readers skip these elements.
 */

/** The tag of the badge host (lib/dom/batched-observer.ts BADGE_TAG; a test keeps them equal). */
export const RUNG_HOST_TAG = 'rung-badge';
/** The attribute every badge host carries. */
export const RUNG_HOST_MARKER = 'data-rung-key';

export function isRungHost(el: Element): boolean {
  return el.localName === RUNG_HOST_TAG || el.hasAttribute(RUNG_HOST_MARKER);
}

/** An element's child elements as the CRM rendered them, without Rung's hosts. */
export function pageChildren(el: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(el.children)) if (!isRungHost(child)) out.push(child);
  return out;
}
