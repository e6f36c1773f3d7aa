/**
 * Restoring a JSON backup. The file is untrusted: it is refused, with a message saying
 * why and with nothing changed, when it is too large, not JSON or cut short, carries a
 * `__proto__` / `constructor` / `prototype` key anywhere, is from an unknown version, has
 * a wrong type anywhere, references customers it does not contain, or has an alias that
 * points at a customer the alias does not name (a look-up of customer A would then
 * answer customer B: another CRM id, account or e-mail). Only a file that
 * passes every check replaces the store's contents, in one transaction.
 */
import { ALL_STORES, accountKeyOf } from '../schema';
import type { RungStore } from '../api';
import type { ClassifierPort } from '../classifier';
import { StoreError, SettingsError } from '../errors';
import { SETTINGS_ID, SETTINGS_VERSION, migrateSettings } from '../settings';
import type { WriteTx } from '../tx';
import { aliasesOf } from '../keys';
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema, type Backup } from './backup-schema';

export const MAX_BACKUP_BYTES = 100 * 1024 * 1024;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const refuse = (why: string) =>
  new StoreError(
    'invalid-backup',
    `This backup file cannot be restored: ${why} Nothing was changed.`,
  );

export async function parseBackup(input: string | Blob): Promise<Backup> {
  const size = typeof input === 'string' ? input.length : input.size;
  if (size > MAX_BACKUP_BYTES) throw refuse(`it is larger than ${MAX_BACKUP_BYTES / 1048576} MB.`);
  const text = typeof input === 'string' ? input : await input.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN.has(key)) throw refuse(`it contains a forbidden key “${key}”.`);
      return value;
    });
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw refuse('it is not valid JSON (it may be cut short or damaged).');
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw refuse('it is not a Rung backup.');
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION)
    throw refuse(`it was made by a newer version of Rung (backup version ${version}).`);
  if (version !== BACKUP_VERSION) throw refuse('its version is unknown.');
  const parsed = backupSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse(`${issue?.path.join('.') || 'the file'}: ${issue?.message ?? 'wrong type'}.`);
  }
  const ids = new Set(parsed.data.customers.map((c) => c.id));
  if (ids.size !== parsed.data.customers.length) throw refuse('a customer appears twice.');
  const dangling = parsed.data.aliases.find(([, id]) => !ids.has(id));
  if (dangling) throw refuse(`an alias points at a customer the file does not contain.`);
  const byId = new Map(parsed.data.customers.map((c) => [c.id, c.profile]));
  const foreign = parsed.data.aliases.find(([alias, id]) => !mayName(alias, byId.get(id)!));
  if (foreign) throw refuse('an alias points at a customer it does not name.');
  return parsed.data;
}

/**
 * Whether `alias` may lead to this customer: never another CRM id, and never a key of
 * another account or CRM. E-mail and order aliases of its own account may (a customer
 * whose e-mail changed keeps the old one; its orders lead to it).
 */
function mayName(alias: string, profile: Backup['customers'][number]['profile']): boolean {
  const { key } = profile;
  const idAlias = key.id ? aliasesOf({ crm: key.crm, account: key.account, id: key.id })[0] : null;
  if (alias === idAlias) return true;
  const account = `${key.crm}|${key.account}|`;
  if (!alias.startsWith(account)) return false;
  const rest = alias.slice(account.length);
  return !rest.startsWith('id:') && !rest.includes('|');
}

/** Parse and check a backup file, then let the store replace everything with it. */
export async function restoreBackup(
  store: Pick<RungStore, 'restore'>,
  input: string | Blob,
  now: Date,
): Promise<{ customers: number }> {
  return store.restore(await parseBackup(input), now);
}

/** The backup's settings, validated by the engine (null when the backup has none). */
export function backupSettings(backup: Backup, port: ClassifierPort): unknown {
  if (!backup.settings) return null;
  try {
    return port.validateSettings(backup.settings.settings);
  } catch (error) {
    const field = error instanceof SettingsError ? error.field : 'settings';
    throw refuse(`its settings are invalid (${field}).`);
  }
}

/**
 * Replace every store's contents with the backup's, in the caller's transaction over
 * ALL_STORES. `settings` is the backup's, validated (or null: the defaults); `revision`
 * is the one the restored settings get, newer than any cached result.
 */
export async function restoreInTx(
  tx: WriteTx,
  backup: Backup,
  settings: unknown,
  revision: number,
  port: ClassifierPort,
): Promise<void> {
  await Promise.all(ALL_STORES.map((name) => tx.objectStore(name).clear()));
  const writes: Promise<unknown>[] = [];
  for (const c of backup.customers) {
    writes.push(
      tx.objectStore('profiles').put({
        id: c.id,
        accountKey: accountKeyOf(c.profile.key),
        ...(c.profile.email ? { email: c.profile.email } : {}),
        profile: c.profile,
        diagnostics: c.diagnostics,
        updatedAt: c.updatedAt,
      }),
      tx.objectStore('evidence').put({ id: c.id, fields: c.evidence, orders: c.orderSeen }),
    );
    if (c.override)
      writes.push(tx.objectStore('overrides').put({ id: c.id, override: c.override }));
    for (const entry of c.history) writes.push(tx.objectStore('history').add({ id: c.id, entry }));
  }
  for (const [alias, id] of backup.aliases)
    writes.push(tx.objectStore('aliases').put({ alias, id }));
  writes.push(
    tx.objectStore('meta').put({
      id: SETTINGS_ID,
      value: {
        version: SETTINGS_VERSION,
        revision,
        settings: settings ?? migrateSettings(undefined, port).settings,
        staffName: backup.settings?.staffName ?? '',
      },
    }),
  );
  await Promise.all(writes);
}
