/**
 * User-taught CRM definitions (lib/adapters/custom-definition.ts), kept beside the
 * settings in the meta store so a backup carries them. Validated on the way in and on
 * the way out: a definition that no longer parses is dropped from what content scripts
 * receive, never passed on half-valid.
 */
import { customDefinitionSchema, type CustomDefinition } from '../crms/custom/definition';
import { guarded, SettingsError } from './errors';
import type { FullRungStore } from './rung-store';

const DEFINITIONS_ID = 'crm-definitions';
const MAX_DEFINITIONS = 50;

export async function getCrmDefinitions(store: FullRungStore): Promise<CustomDefinition[]> {
  const db = await store.database();
  const stored = await guarded(async () => (await db.get('meta', DEFINITIONS_ID))?.value);
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) => {
    const parsed = customDefinitionSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function saveCrmDefinitions(
  store: FullRungStore,
  definitions: unknown[],
): Promise<void> {
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
  const db = await store.database();
  await guarded(() => db.put('meta', { id: DEFINITIONS_ID, value: valid }));
}
