/**
 * The export files Rung recognises: each CRM driver lists its own (lib/crms/<id>/
 * import-formats.ts, real column headers; tests/fixtures/exports/<crm>/SOURCES.md names the
 * sources and holds a fixture per layout). A format is recognised when each of its
 * `signature` entries matches a header, compared case-insensitively after trimming.
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
  return (
    FORMATS.find((f) => f.signature.every((names) => names.some((h) => present.has(norm(h))))) ??
    null
  );
}

/** Column indexes per field for a known format, in the order the format lists the names. */
export function columnsOf(format: ExportFormat, headers: string[]): Map<ImportField, number[]> {
  const index = new Map<string, number>();
  headers.forEach((h, i) => {
    if (!index.has(norm(h))) index.set(norm(h), i);
  });
  const columns = new Map<ImportField, number[]>();
  for (const [field, names] of Object.entries(format.columns) as [ImportField, string[]][]) {
    const found = [...new Set(names.map((n) => index.get(norm(n))))].filter(
      (i): i is number => i !== undefined,
    );
    if (found.length > 0) columns.set(field, found);
  }
  return columns;
}
