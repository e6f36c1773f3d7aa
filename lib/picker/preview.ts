/**
 * What the draft definition reads on this page right now, after every pick: the rows its
 * row selector finds and the customers the custom adapter reads, flattened to text for the
 * panel (scraped text is untrusted: the panel renders these strings as text nodes only).
 */
import { createCustomReader } from '../crms/custom/reader';
import type { CustomDefinition } from '../crms/custom/definition';
import { queryAll } from '../crms/custom/fields';
import type { Profile } from '../domain/profile';
import { patternMismatch, type PatternMismatch } from '../crms/custom/match-pattern';

export interface PreviewCustomer {
  id: string | null;
  name: string | null;
  email: string | null;
  orderCount: number | null;
  totalSpent: number | null;
  lastOrderAt: string | null;
}

export interface PickerPreview {
  /** Rows the row selector finds (list pages), or null without a row selector. */
  rows: number | null;
  /** Whether the URL regex accepts this page; when it does not, nothing is read. */
  urlMatches: boolean;
  /** When it does not: the part to change (the site pattern's scheme, host, port, path, or the URL regex). */
  urlMismatch?: PatternMismatch | 'regex';
  customers: PreviewCustomer[];
  diagnostics: string[];
}

/** At most this many customers are shown: the panel is a check, not a table. */
export const PREVIEW_LIMIT = 5;

function flatten(p: Profile): PreviewCustomer {
  return {
    id: p.key.id ?? null,
    name: p.name ?? null,
    email: p.email ?? p.key.email ?? null,
    orderCount: p.summary?.orderCount ?? null,
    totalSpent: p.summary?.totalSpent ?? null,
    lastOrderAt: p.summary?.lastOrderAt ?? null,
  };
}

export function previewDraft(
  document: Document,
  url: URL,
  rowSelector: string | undefined,
  definition: CustomDefinition | null,
  now: Date = new Date(),
): PickerPreview {
  const rows = rowSelector ? queryAll(document, rowSelector).length : null;
  if (!definition) return { rows, urlMatches: true, customers: [], diagnostics: [] };
  const read = createCustomReader([definition]).read(document, url, { now });
  if (!read) {
    const urlMismatch = patternMismatch(definition.urlPattern, url) ?? 'regex';
    return { rows, urlMatches: false, urlMismatch, customers: [], diagnostics: [] };
  }
  return {
    rows,
    urlMatches: true,
    customers: read.scrape.customers.slice(0, PREVIEW_LIMIT).map(flatten),
    diagnostics: read.scrape.diagnostics,
  };
}
