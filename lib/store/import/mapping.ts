/**
 * The mapping step for files Rung does not recognise (pure): the user picks, for each
 * Rung field, which column holds it; this checks the choice and turns it into column
 * indexes. Unknown field names (including `__proto__`) and headers not in the file are
 * refused with a message, never silently ignored.
 */
import { IMPORT_FIELDS, missingRequired, type ImportField, type ImportKind } from './fields';
import { columnsOf, type ExportFormat } from './formats';

export interface ColumnMapping {
  kind: ImportKind;
  /** `shopify`, `woocommerce`, `hubspot` or `custom:<site>`: the CRM the rows belong to. */
  crm: string;
  source: string;
  columns: Map<ImportField, number>;
}

export type MappingResult = { ok: true; mapping: ColumnMapping } | { ok: false; errors: string[] };

const KNOWN = new Set<string>(IMPORT_FIELDS);

export function mappingFromFormat(format: ExportFormat, headers: string[]): MappingResult {
  return check({
    kind: format.kind,
    crm: format.crm,
    source: format.id,
    columns: columnsOf(format, headers),
  });
}

export function mappingFromUser(
  headers: string[],
  choice: Record<string, string | undefined>,
  kind: ImportKind,
  crm: string,
): MappingResult {
  const errors: string[] = [];
  const columns = new Map<ImportField, number>();
  for (const [field, header] of Object.entries(choice)) {
    if (header === undefined || header === '') continue;
    if (!KNOWN.has(field)) {
      errors.push(`Unknown field “${field.slice(0, 40)}”.`);
      continue;
    }
    const index = headers.indexOf(header);
    if (index < 0) errors.push(`The file has no column “${header.slice(0, 80)}”.`);
    else columns.set(field as ImportField, index);
  }
  if (errors.length > 0) return { ok: false, errors };
  return check({ kind, crm, source: 'custom mapping', columns });
}

function check(mapping: ColumnMapping): MappingResult {
  const missing = missingRequired(mapping.kind, new Set(mapping.columns.keys()));
  if (missing.length > 0) return { ok: false, errors: missing.map((m) => `Map ${m}.`) };
  return { ok: true, mapping };
}
