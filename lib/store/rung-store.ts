/**
 * The store over IndexedDB, without the badge cache (./cached-store.ts wraps it). Each
 * method loads the settings, opens one transaction over only the stores it needs —
 * readonly where it writes nothing — and delegates to a helper; every failure leaves as
 * a StoreError. What it keeps itself: the connection, the settings memo (every write to
 * the settings is one of its own methods), the reclassification job and the account
 * contexts being rebuilt after page reads.
 */
import type { CustomerKey } from '../domain/profile';
import type { BadgeView } from '../domain/views';
import { rebuildAccountContextApart } from './account-context';
import type { ImportStep, Observation, ReclassifyProgress, RungStore, StoredSettings } from './api';
import type { ClassifierPort } from './classifier';
import { readCrmDefinitions, validCrmDefinitions, writeCrmDefinitions } from './crm-definitions';
import { CUSTOMER_LIST_STORES, listCustomersInTx } from './customer-list';
import {
  customerDetailInTx,
  customerDetailUnrecorded,
  DETAIL_READ_STORES,
  DETAIL_STORES,
} from './customer-detail';
import { deleteRungDb, openRungDb, type RungDatabase } from './db';
import { EFFECTIVE_STORES } from './effective-all';
import { makeEnv, type Env } from './env';
import { guarded, StoreError } from './errors';
import { BACKUP_STORES, buildBackupInTx } from './export/backup';
import { classificationsCsvInTx } from './export/classifications-csv';
import { backupSettings, restoreInTx } from './export/restore';
import { importWholeInTx } from './import/bulk-import';
import {
  IMPORT_CANCELLED,
  IMPORT_JOB_ID,
  importActivity,
  importChunkInTx,
  newImportJob,
} from './import/import-chunk';
import {
  LOOKUP_READ_STORES,
  LOOKUP_WRITE_STORES,
  lookupCachedInTx,
  lookupInTx,
  NEEDS_WRITE,
} from './lookup';
import { observeInTx, type MergeOutcome } from './observe';
import { clearOverrideInTx, setOverrideInTx, validateOverride } from './overrides';
import { JOB_ID, progressOf, readJob, runJob, startOrResume } from './reclassify';
import { ALL_STORES, DB_NAME, OBSERVE_STORES, type StoreName } from './schema';
import { previewSettingsInTx } from './settings-preview';
import {
  cleanStaffName,
  migrateSettings,
  SETTINGS_ID,
  SETTINGS_VERSION,
  type SettingsRecord,
} from './settings';
import { inTransaction, readTransaction, type ReadOnlyTx, type WriteTx } from './tx';

export interface OpenRungStoreOptions<S = unknown> {
  dbName?: string;
  classifier: ClassifierPort<S>;
  blockedTimeoutMs?: number;
  /** Customers per reclassification transaction. */
  chunkSize?: number;
  /** Progress of every reclassification, including those saveSettings starts (for broadcasts). */
  onReclassifyProgress?: (p: ReclassifyProgress) => void;
}

/** A page read's badges, and whether it joined two stored customers (see observe.ts). */
export type ObserveOutcome = Pick<MergeOutcome, 'badges' | 'joinedCustomers'>;

/**
 * The uncached store: `RungStore`, except that a page read also says whether it joined
 * two customers, which a cache wrapped around it needs to know.
 */
export interface IndexedDbStore<S = unknown> extends Omit<RungStore<S>, 'observe'> {
  observe(observation: Observation, now: Date): Promise<ObserveOutcome>;
}

const OVERRIDE_STORES: StoreName[] = [...LOOKUP_WRITE_STORES];
const CACHE_STORES: StoreName[] = ['classifications', 'accounts', 'meta'];

export async function openIndexedDbStore<S>(
  options: OpenRungStoreOptions<S>,
): Promise<IndexedDbStore<S>> {
  const dbName = options.dbName ?? DB_NAME;
  const port = options.classifier;
  let db: RungDatabase | null = null;
  let running: Promise<void> | null = null;
  // The settings revision the last finished job covered: callers that waited for a job
  // under the same settings need not run another.
  let lastDoneRevision: number | null = null;
  const connect = async (): Promise<RungDatabase> => {
    db ??= await openRungDb({
      dbName,
      ...(options.blockedTimeoutMs !== undefined
        ? { blockedTimeoutMs: options.blockedTimeoutMs }
        : {}),
      onVersionChange: () => {
        db = null;
      },
    });
    return db;
  };
  await connect();

  // The settings record is read on every call and changes only through this store's
  // own methods, each of which forgets it before and after writing.
  let settingsRecord: Promise<SettingsRecord<S>> | null = null;
  const readSettingsFromDb = async (): Promise<SettingsRecord<S>> =>
    migrateSettings((await (await connect()).get('meta', SETTINGS_ID))?.value, port);
  const readSettings = (): Promise<SettingsRecord<S>> => {
    const reading = (settingsRecord ??= readSettingsFromDb());
    // A failed read is not remembered: the next call tries IndexedDB again.
    reading.catch(() => {
      if (settingsRecord === reading) settingsRecord = null;
    });
    return reading;
  };
  const writingSettings = async <T>(write: () => Promise<T>): Promise<T> => {
    settingsRecord = null;
    try {
      return await write();
    } finally {
      settingsRecord = null;
    }
  };
  const env = async (now: Date): Promise<Env> => {
    const record = await readSettings();
    return makeEnv(port, record.settings, record.revision, now);
  };
  const write = <T>(stores: StoreName[], now: Date, body: (tx: WriteTx, e: Env) => Promise<T>) =>
    guarded(async () => {
      const e = await env(now);
      return inTransaction(await connect(), stores, (tx) => body(tx, e));
    });
  const read = <T>(stores: StoreName[], now: Date, body: (tx: ReadOnlyTx, e: Env) => Promise<T>) =>
    guarded(async () => {
      const e = await env(now);
      return readTransaction(await connect(), stores, (tx) => body(tx, e));
    });

  // Account contexts a page read found grown (./account-context.ts), being rebuilt.
  const rebuilding = new Map<string, Promise<void>>();
  const rebuildContexts = (accounts: Iterable<string>, now: Date) => {
    for (const account of accounts) {
      if (rebuilding.has(account)) continue;
      const done = guarded(async () =>
        rebuildAccountContextApart(await connect(), account, await env(now)),
      )
        .catch((error: unknown) => console.warn('Rung: an account context was not rebuilt', error))
        .finally(() => rebuilding.delete(account));
      rebuilding.set(account, done);
    }
  };
  const settle = async () => {
    await running?.catch(() => undefined);
    await Promise.all(rebuilding.values());
  };

  const reclassifyAll = async (now: Date, onProgress?: (p: ReclassifyProgress) => void) => {
    // One job at a time: a second caller waits for the first, then checks again.
    let waited = false;
    while (running) {
      waited = true;
      await running.catch(() => undefined);
    }
    const report = (p: ReclassifyProgress) => {
      options.onReclassifyProgress?.(p);
      onProgress?.(p);
    };
    running = guarded(async () => {
      const e = await env(now);
      if (waited && lastDoneRevision === e.revision) return;
      const job = await startOrResume(await connect(), e);
      await runJob(await connect(), job, e, report, options.chunkSize);
      lastDoneRevision = job.settingsRevision;
    }).finally(() => {
      running = null;
    });
    return running;
  };

  const lookupBadges = async (keys: CustomerKey[], now: Date) => {
    const cached = await read(LOOKUP_READ_STORES, now, (tx, e) => lookupCachedInTx(tx, keys, e));
    const missing = keys.filter((_key, index) => cached[index] === NEEDS_WRITE);
    if (missing.length === 0) return cached as (BadgeView | null)[];
    // Only the keys whose cached result is stale or whose shown result changed are
    // recomputed and recorded, in one readwrite transaction.
    const fresh = await write(LOOKUP_WRITE_STORES, now, (tx, e) => lookupInTx(tx, missing, e));
    let next = 0;
    return cached.map((view) => (view === NEEDS_WRITE ? (fresh[next++] ?? null) : view));
  };

  const storedSettings = (record: SettingsRecord<S>): StoredSettings<S> => ({
    settings: record.settings,
    staffName: record.staffName,
  });

  return {
    observe: async (observation, now) => {
      const outcome = await write([...OBSERVE_STORES], now, (tx, e) =>
        observeInTx(tx, observation, e),
      );
      rebuildContexts(outcome.deferredContexts, now);
      return { badges: outcome.badges, joinedCustomers: outcome.joinedCustomers };
    },
    lookupBadges,
    getCustomer: async (key, now) => {
      try {
        return await write(DETAIL_STORES, now, (tx, e) => customerDetailInTx(tx, key, e));
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== 'quota') throw error;
        // The disk is full: still show what is stored, computed without recording it.
        return read(DETAIL_READ_STORES, now, (tx, e) => customerDetailUnrecorded(tx, key, e));
      }
    },
    setOverride: async (input, by, now) => {
      const override = validateOverride(input, by || (await readSettings()).staffName, now);
      return write(OVERRIDE_STORES, now, (tx, e) => setOverrideInTx(tx, override, input.key, e));
    },
    clearOverride: (key, now) =>
      write(OVERRIDE_STORES, now, (tx, e) => clearOverrideInTx(tx, key, e)),
    getSettings: async () => storedSettings(await guarded(readSettings)),
    settingsRevision: async () => (await guarded(readSettings)).revision,
    saveSettings: async (settings, staffName, now) => {
      const validated = port.validateSettings(settings);
      const saved = await guarded(async () => {
        const current = await readSettings();
        if (current.newer) throw new StoreError('settings-newer');
        const record: SettingsRecord<S> = {
          version: SETTINGS_VERSION,
          revision: current.revision + 1,
          settings: validated,
          staffName: cleanStaffName(staffName, current.staffName),
        };
        await writingSettings(async () =>
          (await connect()).put('meta', { id: SETTINGS_ID, value: record }),
        );
        return record;
      });
      // The reclassification runs on; the options page follows it through reclassifyProgress.
      reclassifyAll(now).catch(() => undefined);
      return storedSettings(saved);
    },
    reclassifyAll,
    reclassifyProgress: async () => progressOf(await guarded(async () => readJob(await connect()))),
    resumePendingJobs: async (now, onProgress) => {
      if (await guarded(async () => readJob(await connect()))) await reclassifyAll(now, onProgress);
    },
    rebuildCaches: async (now, onProgress) => {
      await settle();
      await guarded(async () =>
        inTransaction(await connect(), CACHE_STORES, async (tx) => {
          await tx.objectStore('classifications').clear();
          await tx.objectStore('accounts').clear();
          await tx.objectStore('meta').delete(JOB_ID);
        }),
      );
      lastDoneRevision = null;
      await reclassifyAll(now, onProgress);
    },
    restore: async (backup, now) => {
      const settings = backupSettings(backup, port);
      await writingSettings(async () => {
        const { revision } = await guarded(readSettings);
        await guarded(async () =>
          inTransaction(await connect(), ALL_STORES, (tx) =>
            // A new revision: every cached result is recomputed under the restored settings.
            restoreInTx(tx, backup, settings, revision + 1, port),
          ),
        );
      });
      reclassifyAll(now).catch(() => undefined);
      return { customers: backup.customers.length };
    },
    startImport: async (input, now) => {
      const job = newImportJob(input, now);
      await guarded(async () => (await connect()).put('meta', { id: IMPORT_JOB_ID, value: job }));
    },
    importChunk: (now, chunkSize): Promise<ImportStep> =>
      write(ALL_STORES, now, (tx, e) => importChunkInTx(tx, e, chunkSize)),
    importWhole: (input, now) =>
      write([...OBSERVE_STORES], now, (tx, e) =>
        importWholeInTx(tx, input, e, {
          merged: (done) => {
            importActivity.done = done;
          },
          cancelled: () => importActivity.cancelRequested,
          cancelMessage: IMPORT_CANCELLED,
        }),
      ),
    abandonImport: async () => {
      await guarded(async () => (await connect()).delete('meta', IMPORT_JOB_ID));
    },
    listCustomers: (now, filter) =>
      write(CUSTOMER_LIST_STORES, now, (tx, e) => listCustomersInTx(tx, e, filter)),
    exportClassificationsCsv: (now, filter) =>
      write(EFFECTIVE_STORES, now, (tx, e) => classificationsCsvInTx(tx, e, filter)),
    previewSettings: async (candidate, now) => {
      // Throws a SettingsError naming the field when the candidate is invalid (outside the
      // transaction, so the options page gets that error and not a storage one).
      const settings = port.validateSettings(candidate);
      return write(EFFECTIVE_STORES, now, (tx, e) => previewSettingsInTx(tx, e, settings));
    },
    backup: (now) => read(BACKUP_STORES, now, (tx) => buildBackupInTx(tx, now)),
    getCrmDefinitions: () => guarded(async () => readCrmDefinitions(await connect())),
    saveCrmDefinitions: async (definitions) => {
      const valid = validCrmDefinitions(definitions);
      await guarded(async () => writeCrmDefinitions(await connect(), valid));
    },
    deleteAll: async () => {
      await settle();
      settingsRecord = null;
      db?.close();
      db = null;
      await deleteRungDb(dbName, options.blockedTimeoutMs);
    },
    contextsRebuilt: async () => {
      await Promise.all(rebuilding.values());
    },
    close: () => {
      db?.close();
      db = null;
    },
  };
}

export { StoreError };
