/**
 * The full JSON backup's shape (version 1), as a zod schema: restoring parses a file
 * against it, so a wrong type anywhere refuses the whole file. Caches (classifications,
 * account contexts) are not in a backup: they are rebuilt after a restore.
 */
import { z } from 'zod';
import { upgradeHistoryEntry } from '../history-entry-upgrade';
import { profileSchema } from '../../domain/profile';
import { sentenceSchema } from '../../segmentation/sentence-schema';
import { CATEGORIES, STAGES } from '../../segmentation/types';

export const BACKUP_FORMAT = 'rung-backup';
export const BACKUP_VERSION = 1;

const iso = z.string().max(40);
const text = (max: number) => z.string().max(max);

export const overrideSchema = z.strictObject({
  stage: z.enum(STAGES).optional(),
  category: z.enum(CATEGORIES).optional(),
  reason: text(1000).min(1),
  mode: z.enum(['pin', 'floor']),
  by: text(200),
  at: iso,
  expiresAt: iso.optional(),
});

/** Today's entries and those of backups written before reasons were sentences only. */
export const historyEntrySchema = z
  .strictObject({
    at: iso,
    field: z.enum(['stage', 'category']),
    from: text(40).nullable(),
    to: text(40),
    source: z.enum(['automatic', 'manual']),
    why: z.union([text(2000), sentenceSchema]).optional(),
    whySay: sentenceSchema.optional(),
    note: text(2000).optional(),
  })
  .transform(upgradeHistoryEntry);

const evidenceSchema = z.strictObject({
  field: text(100),
  page: text(200),
  url: text(2000),
  seenAt: iso,
});

export const backupCustomerSchema = z.strictObject({
  id: text(700).min(1),
  profile: profileSchema,
  diagnostics: z.array(text(200)).max(500),
  updatedAt: iso,
  evidence: z.array(evidenceSchema).max(200),
  orderSeen: z.array(z.tuple([text(100), iso])).max(10_000),
  override: overrideSchema.nullable(),
  history: z.array(historyEntrySchema).max(10_000),
});

export const backupSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: iso,
  settings: z.strictObject({ settings: z.unknown(), staffName: text(100) }).nullable(),
  customers: z.array(backupCustomerSchema).max(1_000_000),
  aliases: z.array(z.tuple([text(700), text(700)])).max(3_000_000),
});

export type Backup = z.infer<typeof backupSchema>;
export type BackupCustomer = z.infer<typeof backupCustomerSchema>;
