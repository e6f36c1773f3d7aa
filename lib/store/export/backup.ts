/**
 * The full JSON backup: every profile with its evidence, override and history, the alias
 * table and the settings, read in one transaction so the file is a consistent snapshot.
 */
import type { StoreName } from '../schema';
import { SETTINGS_ID, type SettingsRecord } from '../settings';
import type { ReadTx } from '../tx';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupCustomer } from './backup-schema';

/** What a backup reads (caches are not in it). */
export const BACKUP_STORES: StoreName[] = [
  'profiles',
  'evidence',
  'overrides',
  'history',
  'aliases',
  'meta',
];

export async function buildBackupInTx(tx: ReadTx, now: Date): Promise<Backup> {
  const [profiles, evidence, overrides, history, aliases, settings] = await Promise.all([
    tx.objectStore('profiles').getAll(),
    tx.objectStore('evidence').getAll(),
    tx.objectStore('overrides').getAll(),
    tx.objectStore('history').getAll(),
    tx.objectStore('aliases').getAll(),
    tx.objectStore('meta').get(SETTINGS_ID),
  ]);
  const evidenceById = new Map(evidence.map((e) => [e.id, e]));
  const overrideById = new Map(overrides.map((o) => [o.id, o.override]));
  const historyById = new Map<string, BackupCustomer['history']>();
  for (const h of history.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0))) {
    const list = historyById.get(h.id) ?? [];
    list.push(h.entry);
    historyById.set(h.id, list);
  }
  const stored = settings?.value as SettingsRecord | undefined;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    settings: stored ? { settings: stored.settings, staffName: stored.staffName } : null,
    customers: profiles.map((p) => ({
      id: p.id,
      profile: p.profile,
      diagnostics: p.diagnostics,
      updatedAt: p.updatedAt,
      evidence: evidenceById.get(p.id)?.fields ?? [],
      orderSeen: evidenceById.get(p.id)?.orders ?? [],
      override: overrideById.get(p.id) ?? null,
      history: historyById.get(p.id) ?? [],
    })),
    aliases: aliases.map((a): [string, string] => [a.alias, a.id]),
  };
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup);
}
