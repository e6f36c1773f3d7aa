/**
 * User-taught CRM definitions (lib/crms/custom/definition.ts), kept beside the
 * settings in the meta store so a backup carries them. Validated on the way in and on
 * the way out: a definition that no longer parses is dropped from what content scripts
 * receive, never passed on half-valid.
 */
import { customDefinitionSchema, type CustomDefinition } from '../crms/custom/definition';
import type { RungDatabase } from './db';
import { SettingsError } from './errors';

const DEFINITIONS_ID = 'crm-definitions';
const MAX_DEFINITIONS = 50;

export async function readCrmDefinitions(db: RungDatabase): Promise<CustomDefinition[]> {
  const stored = (await db.get('meta', DEFINITIONS_ID))?.value;
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = customDefinitionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Every definition checked (a SettingsError names the first bad one); nothing is written. */
export function validCrmDefinitions(definitions: unknown[]): CustomDefinition[] {
  if (definitions.length > MAX_DEFINITIONS) {
    throw new SettingsError('customCrms', `Rung keeps at most ${MAX_DEFINITIONS} custom CRMs.`);
  }
  const valid: CustomDefinition[] = [];
  for (const [index, item] of definitions.entries()) {
    const parsed = customDefinitionSchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = ['customCrms', index, ...(issue?.path ?? [])].join('.');
      throw new SettingsError(where, issue?.message ?? 'not a valid definition');
    }
    valid.push(parsed.data);
  }
  return valid;
}

export async function writeCrmDefinitions(
  db: RungDatabase,
  definitions: CustomDefinition[],
): Promise<void> {
  await db.put('meta', { id: DEFINITIONS_ID, value: definitions });
}
