/**
 * The mapping step for files Rung does not recognise (pure): the user picks, for each
 * Rung field, which column holds it, and which CRM and account the rows belong to; this
 * checks the choice and turns it into column indexes. Unknown field names (including
 * `__proto__`), headers not in the file and a blank CRM are refused here, in the preview,
 * with a message, never silently ignored and never left for the write to fail on.
 */
import { IMPORT_FIELDS, missingRequired, type ImportField, type ImportKind } from './fields';
import { columnsOf, type ExportFormat } from './formats';

export interface ColumnMapping {
  kind: ImportKind;
  /** `shopify`, `woocommerce`, `hubspot` or `custom:<site>`: the CRM the rows belong to. */
  crm: string;
  source: string;
  /** Per field the columns to read, first non-blank wins. */
  columns: Map<ImportField, number[]>;
  nameKeys: boolean;
  refundRows: boolean;
}

/**
 * A problem with the mapping: `code` names the options page's message
 * (`import_problem_<code>`), `detail` its one parameter, `text` the English sentence.
 */
export interface MappingProblem {
  code: 'unrecognised' | 'unknown-field' | 'no-column' | 'missing' | 'no-crm' | 'no-account';
  detail?: string;
  text: string;
}

export type MappingResult =
  { ok: true; mapping: ColumnMapping } | { ok: false; problems: MappingProblem[] };

const KNOWN = new Set<string>(IMPORT_FIELDS);

export function mappingFromFormat(format: ExportFormat, headers: string[]): MappingResult {
  return check({
    kind: format.kind,
    crm: format.crm,
    source: format.id,
    columns: columnsOf(format, headers),
    nameKeys: format.nameKeys === true,
    refundRows: format.refundRows === true,
  });
}

export function mappingFromUser(
  headers: string[],
  choice: Record<string, string | undefined>,
  kind: ImportKind,
  crm: string,
): MappingResult {
  const problems: MappingProblem[] = [];
  const columns = new Map<ImportField, number[]>();
  if (!crm.trim()) problems.push({ code: 'no-crm', text: 'Choose the CRM these rows belong to.' });
  for (const [field, header] of Object.entries(choice)) {
    if (header === undefined || header === '') continue;
    if (!KNOWN.has(field)) {
      problems.push({
        code: 'unknown-field',
        detail: field.slice(0, 40),
        text: `Unknown field “${field.slice(0, 40)}”.`,
      });
      continue;
    }
    const index = headers.indexOf(header);
    if (index < 0)
      problems.push({
        code: 'no-column',
        detail: header.slice(0, 80),
        text: `The file has no column “${header.slice(0, 80)}”.`,
      });
    else columns.set(field as ImportField, [index]);
  }
  if (problems.length > 0) return { ok: false, problems };
  const checked = check({
    kind,
    crm: crm.trim(),
    source: 'custom mapping',
    columns,
    nameKeys: false,
    refundRows: false,
  });
  return checked;
}

function check(mapping: ColumnMapping): MappingResult {
  const missing = missingRequired(mapping.kind, new Set(mapping.columns.keys()), {
    nameKeys: mapping.nameKeys,
  });
  if (missing.length === 0) return { ok: true, mapping };
  return {
    ok: false,
    problems: missing.map((m) => ({ code: 'missing', detail: m.key, text: `Map ${m.text}.` })),
  };
}
