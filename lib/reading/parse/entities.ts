/**
 * Character references left in text by a page that escaped a string twice (WooCommerce's
 * customer options show a literal `&ndash;`). They are decoded as characters of a string,
 * never by handing the text to an HTML parser, so `&lt;b&gt;` becomes the text `<b>` and
 * nothing else. Unknown names are kept as written.
 */

/** The named references WordPress and WooCommerce put into translatable strings. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  rarr: '\u2192',
  larr: '\u2190',
  deg: '\u00B0',
  euro: '\u20AC',
  times: '\u00D7',
  lrm: '\u200E',
  rlm: '\u200F',
};

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

function fromCodePoint(code: number, raw: string): string {
  // Surrogates, NUL and out-of-range numbers are not characters: keep the text as written.
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return raw;
  return String.fromCodePoint(code);
}

/** `Ada (#5 &ndash; ada@example.com)` → `Ada (#5 – ada@example.com)`, one level deep. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(REFERENCE, (raw, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number(dec), raw);
    if (hex !== undefined) return fromCodePoint(parseInt(hex, 16), raw);
    return NAMED[name ?? ''] ?? raw;
  });
}
