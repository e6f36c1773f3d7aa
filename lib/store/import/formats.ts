/**
 * The export files Rung recognises: each CRM driver lists its own (lib/crms/<id>/
 * import-formats.ts, real column headers; lib/store/README.md names the sources). A format
 * is recognised when all of its `signature` headers are present, compared
 * case-insensitively after trimming.
 */
import type { ExportFormat } from '../../crms/import-format';
import { CRM_SITES } from '../../crms/registry';
import type { ImportField } from './fields';

export type { ExportFormat } from '../../crms/import-format';

/** Every CRM's export formats, in registry order; the first whose signature fits wins. */
export const FORMATS: readonly ExportFormat[] = CRM_SITES.flatMap((site) => site.importFormats);

const norm = (header: string) => header.trim().toLowerCase();

/** The first format whose signature headers are all present, or null (→ mapping step). */
export function detectFormat(headers: string[]): ExportFormat | null {
  const present = new Set(headers.map(norm));
  return FORMATS.find((f) => f.signature.every((h) => present.has(norm(h)))) ?? null;
}

/** Column index per field for a known format (first matching header name wins). */
export function columnsOf(format: ExportFormat, headers: string[]): Map<ImportField, number> {
  const index = new Map(headers.map((h, i) => [norm(h), i] as const));
  const columns = new Map<ImportField, number>();
  for (const [field, names] of Object.entries(format.columns) as [ImportField, string[]][]) {
    const found = names.map((n) => index.get(norm(n))).find((i) => i !== undefined);
    if (found !== undefined) columns.set(field, found);
  }
  return columns;
}
