/**
 * The element a badge lives in, made so the page can neither take it over nor look in.
 *
 * - A plain `<span>`, not a custom element: a page that defines a custom element of the
 *   same name first (`customElements.define('rung-badge', …)`) would run its own
 *   constructor on every host Rung creates and could attach its shadow root before Rung
 *   does. Built-in elements cannot be defined by a page, and creating one runs no page
 *   code, so the shadow root below is always Rung's.
 * - A closed shadow root: `host.shadowRoot` is null for the page, so it cannot read the
 *   pill's label or the tooltip.
 * - Its layout is set inline and `!important`: a span is what CRM style sheets style
 *   (`td span { display: block }`), and inline important declarations outrank them.
 *   Set through CSSOM, which a page's `style-src` CSP does not govern.
 *
 * Which spans are badges is known only here (a WeakSet), not from anything in the DOM a
 * page could copy onto its own nodes. The one attribute, BADGE_HOST_ATTR, lets a script
 * started after an extension update remove hosts an earlier script left behind; a page
 * that copies it onto its own elements only gets those removed.
 */

export const BADGE_HOST_ATTR = 'data-rung-host';

/**
 * A fixed slot: the pending pill and the result that replaces it have the same size, so
 * results arriving never make the CRM lay out its table again (size containment). The
 * padding keeps the pill's rings and focus outline inside the host, which content-visibility
 * clips (it implies paint containment). Off-screen badges (most of a 1,000-row list) skip
 * style and layout until scrolled to.
 */
export const HOST_STYLE: readonly (readonly [string, string])[] = [
  ['all', 'initial'],
  ['display', 'inline-block'],
  ['vertical-align', 'middle'],
  ['margin-inline-start', '3px'],
  ['line-height', '1'],
  ['box-sizing', 'content-box'],
  ['width', '96px'],
  ['height', '20px'],
  ['padding', '3px'],
  ['contain', 'size layout style'],
  ['content-visibility', 'auto'],
  ['contain-intrinsic-size', '96px 20px'],
];

const hosts = new WeakSet<Node>();

export interface BadgeHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createBadgeHost(sheets: CSSStyleSheet[]): BadgeHost {
  const host = document.createElement('span');
  for (const [property, value] of HOST_STYLE) host.style.setProperty(property, value, 'important');
  host.setAttribute(BADGE_HOST_ATTR, '');
  const root = host.attachShadow({ mode: 'closed' });
  root.adoptedStyleSheets = sheets;
  hosts.add(host);
  return { host, root };
}

/** True for hosts this content script made (nothing a page does can make it true). */
export function isBadgeHost(node: Node | null | undefined): node is HTMLElement {
  return node != null && hosts.has(node);
}
