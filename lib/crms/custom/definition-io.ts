/**
 * Export and import of custom CRM definitions as JSON (the options page's buttons). Import
 * never throws: it returns the definitions or a message a user can act on.
 */
import { customDefinitionListSchema, forbiddenKeyPath, type CustomDefinition } from './definition';

/** Far above any real definition list; refuses a pasted novel before parsing it. */
const MAX_IMPORT_CHARS = 1_000_000;

export type ImportResult =
  { ok: true; definitions: CustomDefinition[] } | { ok: false; error: string };

export function exportDefinitions(definitions: CustomDefinition[]): string {
  return JSON.stringify({ rungCustomCrms: 1, definitions }, null, 2);
}

export function importDefinitions(json: string): ImportResult {
  if (json.length > MAX_IMPORT_CHARS) return { ok: false, error: 'The file is too large.' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  const forbidden = forbiddenKeyPath(parsed);
  if (forbidden) return { ok: false, error: `Refused key at ${forbidden}.` };
  // Accept both the export envelope and a bare array.
  const list =
    parsed !== null && typeof parsed === 'object' && 'definitions' in parsed
      ? (parsed as { definitions: unknown }).definitions
      : parsed;
  const result = customDefinitionListSchema.safeParse(list);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, error: `Invalid definition${where}: ${issue?.message ?? 'unknown'}.` };
  }
  return { ok: true, definitions: result.data };
}
