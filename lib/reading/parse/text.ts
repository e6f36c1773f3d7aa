/**
 * Clean-up for scraped text. Everything a CRM page shows is untrusted: names can carry
 * zero-width characters (to spoof look-alikes), bidi overrides (to reverse what a reader
 * sees), control characters and megabytes of padding. `cleanText` turns any of that into a
 * short, single-line, plain string; it never interprets markup (callers read `textContent`).
 */

/** Zero-width and invisible formatting characters, removed outright. */
// ZWJ (U+200D) sits outside the class: inside one, linters read it as joining its neighbours.
const INVISIBLE = /[\u200B\u2060-\u2064\uFEFF\u00AD\u180E]|\u200D/g;

/** Bidi embeddings, overrides, isolates and marks: a name must not reorder its neighbours. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;

/** C0/C1 control characters other than whitespace (which is collapsed below). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

/** Every kind of whitespace, including no-break, narrow and line/paragraph separators. */
const WHITESPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/** Arabic-script letters: the only place a zero-width non-joiner carries meaning. */
const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * U+200C (ZWNJ) is part of correct Persian spelling ("می‌خواهم") but is a spoofing tool in
 * Latin text, so keep it only between two Arabic-script letters.
 */
function dropStrayZwnj(text: string): string {
  if (!text.includes('\u200C')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '\u200C') {
      out += ch;
      continue;
    }
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (ARABIC_LETTER.test(before) && ARABIC_LETTER.test(after)) out += ch;
  }
  return out;
}

/** Cut to at most `max` code points without splitting a surrogate pair. */
function capCodePoints(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text.slice(0, max * 2));
  return points.length <= max ? points.join('') : points.slice(0, max).join('');
}

/**
 * Trim, collapse whitespace, strip invisible and bidi-control characters, and cap the
 * length at `max` code points. The input is pre-cut so a 1 MB note costs no more than a
 * short one: removed characters can shrink the text at most by the slack we keep.
 */
/** Printable ASCII with single spaces: nothing to strip, the common case on list pages. */
const PLAIN = /^(?:[\x21-\x7E]| (?! ))*$/;

export function cleanText(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max && PLAIN.test(text)) return text.trim();
  const bounded = text.length > max * 8 + 1024 ? text.slice(0, max * 8 + 1024) : text;
  const cleaned = dropStrayZwnj(
    bounded
      .replace(INVISIBLE, '')
      .replace(BIDI_CONTROLS, '')
      .replace(CONTROLS, '')
      .normalize('NFC'),
  )
    .replace(WHITESPACE, ' ')
    .trim();
  return capCodePoints(cleaned, max).trim();
}
