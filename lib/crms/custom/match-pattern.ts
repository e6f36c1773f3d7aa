/**
 * WebExtension match patterns (`https://crm.example.com/*`, `*://*.example.org/app/*`) for
 * user-taught CRMs. Kept apart from the zod schema so the content script can use it without
 * bundling zod.
 */

export const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)(\/.*)$/i;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Something that tells whether a full URL matches (a RegExp, or the linear matcher). */
export interface UrlMatcher {
  test(url: string): boolean;
}

/**
 * `*`-only glob over a string, in one left-to-right pass: the first literal must start the
 * text, the last must end it, and each one between is found by the earliest `indexOf` after
 * the previous (taking the earliest is never wrong when `*` matches anything). A RegExp of
 * `.*a.*a.*…` backtracks: an 815-character pattern took 20 s on one URL; this is linear in
 * the number of stars and at worst length × length in characters.
 */
export function globMatches(glob: string, text: string): boolean {
  const parts = glob.split('*');
  const first = parts[0] ?? '';
  if (parts.length === 1) return text === first;
  const last = parts[parts.length - 1] ?? '';
  if (!text.startsWith(first) || text.length < first.length + last.length) return false;
  let at = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const part = parts[i]!;
    const found = text.indexOf(part, at);
    if (found < 0 || found + part.length > end) return false;
    at = found + part.length;
  }
  return text.endsWith(last);
}

/** A match pattern as a matcher over full URLs (path matched by `globMatches`); null when not one. */
export function matchPatternMatcher(pattern: string): UrlMatcher | null {
  const m = MATCH_PATTERN.exec(pattern);
  if (!m) return null;
  const [, , , path] = m as unknown as [string, string, string, string];
  const origin = matchPatternRegExp(`${pattern.slice(0, pattern.length - path.length)}/*`);
  if (!origin) return null;
  return {
    test(url: string) {
      const slash = url.indexOf('/', url.indexOf('://') + 3);
      if (slash < 0 || !origin.test(url)) return false;
      return globMatches(path, url.slice(slash));
    },
  };
}

/**
 * Converts a match pattern to a RegExp over full URLs; null when it is not one. Fine for
 * patterns with one path `*`; pattern from users go through `matchPatternMatcher`.
 */
export function matchPatternRegExp(pattern: string): RegExp | null {
  const m = MATCH_PATTERN.exec(pattern);
  if (!m) return null;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemeRe = scheme === '*' ? 'https?' : esc(scheme.toLowerCase());
  // A host without a port matches every port, as in Chrome (Firefox allows no port at all):
  // `http://127.0.0.1/*` matches `http://127.0.0.1:3077/`, `http://127.0.0.1:3077/*` only it.
  const hasPort = /:\d+$/.test(host);
  const anyPort = hasPort ? '' : '(?::\\d+)?';
  const hostRe =
    host === '*'
      ? '[^/]+'
      : host.startsWith('*.')
        ? `(?:[^/]+\\.)?${esc(host.slice(2).toLowerCase())}${anyPort}`
        : `${esc(host.toLowerCase())}${anyPort}`;
  const pathRe = path.split('*').map(esc).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}${pathRe}$`);
}

/** The part of a match pattern that keeps it from matching a URL. */
export type PatternMismatch = 'pattern' | 'scheme' | 'host' | 'port' | 'path';

/**
 * Why `pattern` does not match `url`, part by part, so the user is told what to change
 * (`http` vs `https`, the host, the port, the path); null when it matches.
 */
export function patternMismatch(pattern: string, url: URL): PatternMismatch | null {
  const m = MATCH_PATTERN.exec(pattern);
  if (!m) return 'pattern';
  const [, scheme, host] = m as unknown as [string, string, string];
  const urlScheme = url.protocol.replace(/:$/, '');
  if (scheme !== '*' && scheme.toLowerCase() !== urlScheme) return 'scheme';
  if (scheme === '*' && urlScheme !== 'http' && urlScheme !== 'https') return 'scheme';
  const [hostName = '', port] = host.split(':');
  const hostOnly = matchPatternRegExp(`${urlScheme}://${hostName}/*`);
  if (host !== '*' && !hostOnly?.test(`${urlScheme}://${url.hostname}/`)) return 'host';
  if (port !== undefined && port !== url.port) return 'port';
  const matcher = matchPatternMatcher(pattern);
  return matcher?.test(url.href) ? null : 'path';
}
