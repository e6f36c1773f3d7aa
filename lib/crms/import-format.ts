/**
 * An export file a CRM produces, with its real column headers. Each field lists the header
 * names it is known by, compared case-insensitively after trimming; a format is recognised
 * when all of its `signature` headers are present (lib/store/import/formats.ts).
 */
import type { ImportField, ImportKind } from '../store/import/fields';

export interface ExportFormat {
  /** `<crm>-<what>`, e.g. `shopify-orders`. */
  id: string;
  crm: string;
  kind: ImportKind;
  label: string;
  signature: string[];
  columns: Partial<Record<ImportField, string[]>>;
}
