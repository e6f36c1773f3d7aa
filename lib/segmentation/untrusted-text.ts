/**
 * Scraped text quoted inside explanation and warning sentences. The sentences are shown
 * as text, never as HTML, but a hostile page could still plant control characters,
 * bidi overrides (which reorder the sentence around them) or zero-width characters, or
 * a megabyte of text: all are stripped or cut here.
 */

// Control characters, zero-width characters, bidi embeddings/overrides/isolates, BOM.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

const MAX_QUOTED = 40;

/**
 * The value as text, cleaned and cut to `max` characters (40 for a sentence's `text`
 * argument). Only the first 10 × `max` characters are read: cleaning a megabyte costs.
 */
export function clean(value: unknown, max = MAX_QUOTED): string {
  const source = typeof value === 'string' ? value : String(value);
  const text = Array.from(source.slice(0, max * 10).replace(INVISIBLE, ''));
  return text.length > max ? `${text.slice(0, max).join('')}…` : text.join('');
}

/** A CRM's word for comparison: 'Sales Qualified Lead', 'sales_qualified_lead' → 'salesqualifiedlead'. */
export function compact(s: unknown): string {
  return typeof s === 'string' ? s.toLowerCase().replace(/[^a-z0-9]/g, '') : '';
}
