/**
 * Adding taught CRMs to the list: a pasted or loaded JSON document is checked with the
 * adapters' own schema (importDefinitions), and a definition with an existing id
 * replaces the old one rather than duplicating it.
 */
import { importDefinitions } from '../../lib/crms/custom/definition-io';
import type { CustomDefinition } from '../../lib/crms/custom/definition';

export type MergeResult =
  | { ok: true; definitions: CustomDefinition[]; added: number; replaced: number }
  | { ok: false; error: string };

export function mergeDefinitions(current: readonly CustomDefinition[], json: string): MergeResult {
  const imported = importDefinitions(json);
  if (!imported.ok) return imported;
  const byId = new Map(current.map((d) => [d.id, d]));
  let replaced = 0;
  for (const definition of imported.definitions) {
    if (byId.has(definition.id)) replaced += 1;
    byId.set(definition.id, definition);
  }
  if (byId.size > 50) return { ok: false, error: 'At most 50 custom CRMs.' };
  return {
    ok: true,
    definitions: [...byId.values()],
    added: imported.definitions.length - replaced,
    replaced,
  };
}
