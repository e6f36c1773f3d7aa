/**
 * The text an element shows, read from its text nodes without copying anything. Copying
 * a subtree (`cloneNode`) to strip its scripts makes new live elements: a copied
 * `<img onerror=…>` starts loading and runs the page's inline handler again (three more
 * times in Chromium, twice in Firefox, each a CSP violation report under a strict CSP).
 * Walking text nodes creates no element, loads nothing and runs nothing.
 */

/** Elements whose text is code or inert markup, never something the page shows. */
export const NOT_SHOWN = 'script, style, noscript, template';

/** Enough raw text for any field a reader cuts to a few hundred characters. */
const RAW_LIMIT = 65_536;

export function shownTextOf(el: Element): string {
  if (el.matches(NOT_SHOWN)) return '';
  if (!el.querySelector(NOT_SHOWN)) return el.textContent ?? '';
  const walker = el.ownerDocument.createTreeWalker(
    el,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    {
      acceptNode: (node) =>
        node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(NOT_SHOWN)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT,
    },
  );
  let text = '';
  for (let node = walker.nextNode(); node && text.length < RAW_LIMIT; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) text += (node as Text).data;
  }
  return text;
}
