/**
 * What the picker proposes for the page's URL regex and the site's match pattern, from the
 * page the user is teaching. Digit runs become `\d+` so every customer's page matches, not
 * only this one; on a customer page the first becomes a capture group, because the custom
 * adapter takes the customer id from it when no id field was picked.
 */
import type { PickerPageKind } from './steps';

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export function proposeUrlRegex(url: URL, kind: PickerPageKind): string {
  let captured = kind === 'customer-list'; // a list needs no capture: nothing to capture
  const path = url.pathname.replace(/\/+$/, '');
  const body = path
    .split(/(\d+)/)
    .map((part, i) => {
      if (i % 2 === 0) return escapeRegex(part);
      if (captured) return '\\d+';
      captured = true;
      return '(\\d+)';
    })
    .join('');
  // A trailing slash, a query string or a fragment may follow (pagination, filters).
  return `${body}/?(?:[?#].*)?$`;
}

/**
 * `https://crm.example.com/*`, with the page's port when it has one
 * (`http://127.0.0.1:3077/*`): without it the pattern would claim every port of the host.
 */
export function proposeUrlPattern(url: URL): string {
  const scheme = url.protocol === 'http:' ? 'http' : 'https';
  return `${scheme}://${url.host}/*`;
}

/** Whether a user-edited regex compiles and accepts this page's URL. */
export function regexMatches(source: string, href: string): boolean {
  try {
    return new RegExp(source).test(href);
  } catch {
    return false;
  }
}

/** A definition id from the host (`crm.example.test` → `crm-example-test`), unique. */
export function proposeId(host: string, taken: readonly string[]): string {
  const base =
    host
      .toLowerCase()
      .replace(/^www\./, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34) || 'crm';
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; n < 1000; n += 1) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
  return `${base}-${Date.now() % 100000}`;
}
