/**
 * An export file a CRM produces, with its real column headers. Each field lists the header
 * names it is known by, compared case-insensitively after trimming; a row takes the first
 * non-blank cell among them. A format is recognised when each `signature` entry matches a
 * header (an entry lists alternatives, such as a header's translations;
 * lib/store/import/formats.ts).
 */
import type { ImportField, ImportKind } from '../store/import/fields';

export interface ExportFormat {
  /** `<crm>-<what>`, e.g. `shopify-orders`. */
  id: string;
  crm: string;
  kind: ImportKind;
  label: string;
  signature: string[][];
  columns: Partial<Record<ImportField, string[]>>;
  /** Customers are known by name only (WooCommerce Analytics › Orders has no e-mail). */
  nameKeys?: boolean;
  /** A negative row is a refund of the order with the same number (WooCommerce Analytics). */
  refundRows?: boolean;
}
