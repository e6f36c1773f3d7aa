/**
 * WebExtension match patterns (`https://crm.example.com/*`, `*://*.example.org/app/*`) for
 * user-taught CRMs. Kept apart from the zod schema so the content script can use it without
 * bundling zod.
 */

export const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)(\/.*)$/i;

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Converts a match pattern to a RegExp over full URLs; null when it is not one. */
export function matchPatternRegExp(pattern: string): RegExp | null {
  const m = MATCH_PATTERN.exec(pattern);
  if (!m) return null;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemeRe = scheme === '*' ? 'https?' : esc(scheme.toLowerCase());
  const hostRe =
    host === '*'
      ? '[^/]+'
      : host.startsWith('*.')
        ? `(?:[^/]+\\.)?${esc(host.slice(2).toLowerCase())}`
        : esc(host.toLowerCase());
  const pathRe = path.split('*').map(esc).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}${pathRe}$`);
}
