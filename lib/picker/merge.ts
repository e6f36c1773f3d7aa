/**
 * Where a newly taught page goes among the saved definitions. A site taught before (same
 * match pattern) gains the page, replacing one with the same URL regex, so teaching the list
 * and then the customer page builds one CRM, not two; any other site becomes a new
 * definition with an id derived from the host and unique among the saved ones.
 */
import type { CustomDefinition, CustomPage } from '../crms/custom/definition';
import { proposeId } from './url-regex';

/** What the background returned: validated on save, but read defensively here. */
interface StoredLike {
  id?: unknown;
  urlPattern?: unknown;
  pages?: unknown;
}

const asStored = (value: unknown): StoredLike =>
  value !== null && typeof value === 'object' ? (value as StoredLike) : {};

export function idsOf(saved: readonly unknown[]): string[] {
  return saved.map((d) => asStored(d).id).filter((id): id is string => typeof id === 'string');
}

export function mergeDefinition(
  saved: readonly unknown[],
  taught: CustomDefinition,
  host: string,
): { definitions: unknown[]; id: string } {
  const index = saved.findIndex((d) => asStored(d).urlPattern === taught.urlPattern);
  const existing = index >= 0 ? asStored(saved[index]) : null;
  if (existing && typeof existing.id === 'string' && Array.isArray(existing.pages)) {
    const [page] = taught.pages;
    const pages = (existing.pages as CustomPage[]).filter(
      (p) => asStored(p) && (p as { urlRegex?: unknown }).urlRegex !== page?.urlRegex,
    );
    const definitions = [...saved];
    definitions[index] = { ...existing, pages: [...pages, ...taught.pages] };
    return { definitions, id: existing.id };
  }
  const id = proposeId(host, idsOf(saved));
  return { definitions: [...saved, { ...taught, id }], id };
}
