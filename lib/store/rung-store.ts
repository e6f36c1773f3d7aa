/**
 * The store the background uses: `RungStore` (./api.ts) over IndexedDB. This file is
 * composition only: each method loads the settings, opens one transaction over the
 * stores it needs, and delegates to a helper; every failure leaves as a StoreError.
 */
import type { ClassifierPort } from './classifier';
import type { Observation, ReclassifyProgress, RungStore, StoredSettings } from './api';
import { customerDetailInTx } from './customer-detail';
import { deleteRungDb, openRungDb, type RungDatabase } from './db';
import { makeEnv, type Env } from './env';
import { guarded, StoreError, toStoreError } from './errors';
import { lookupInTx } from './lookup';
import { OBSERVE_STORES, observeInTx } from './observe';
import { clearOverrideInTx, setOverrideInTx, validateOverride } from './overrides';
import { JOB_ID, progressOf, readJob, runJob, startOrResume } from './reclassify';
import { DB_NAME, ALL_STORES } from './schema';
import {
  cleanStaffName,
  migrateSettings,
  SETTINGS_ID,
  SETTINGS_VERSION,
  type SettingsRecord,
} from './settings';
import { inTransaction, type WriteTx } from './tx';

export interface OpenRungStoreOptions {
  dbName?: string;
  classifier: ClassifierPort;
  blockedTimeoutMs?: number;
  /** Customers per reclassification transaction. */
  chunkSize?: number;
  /** Progress of every reclassification, including those saveSettings starts (for broadcasts). */
  onReclassifyProgress?: (p: ReclassifyProgress) => void;
}

/** Store methods beyond the background's RungStore contract (jobs, lifecycle). */
export interface RungStoreExtras {
  /** Continue a reclassification a stopped service worker left halfway (call on start-up). */
  resumePendingJobs(now: Date, onProgress?: (p: ReclassifyProgress) => void): Promise<void>;
  /** Drop the cached results and account contexts and recompute them all (overrides and history stay). */
  rebuildCaches(now: Date, onProgress?: (p: ReclassifyProgress) => void): Promise<void>;
  close(): void;
  /** The open database, for import/export helpers that need their own transactions. */
  database(): Promise<RungDatabase>;
  env(now: Date): Promise<Env>;
}

export type FullRungStore = RungStore & RungStoreExtras;

export async function openRungStoreWith(options: OpenRungStoreOptions): Promise<FullRungStore> {
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

  const readSettings = async (): Promise<SettingsRecord> =>
    migrateSettings((await (await connect()).get('meta', SETTINGS_ID))?.value, port);
  const env = async (now: Date): Promise<Env> => {
    const record = await readSettings();
    return makeEnv(port, record.settings, record.revision, now);
  };
  const inTx = <T>(now: Date, body: (tx: WriteTx, e: Env) => Promise<T>) =>
    guarded(async () => {
      const e = await env(now);
      return inTransaction(await connect(), [...OBSERVE_STORES], (tx) => body(tx, e));
    });

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

  return {
    observe: (observation: Observation, now: Date) =>
      inTx(now, (tx, e) => observeInTx(tx, observation, e)),
    lookupBadges: (keys, now) => inTx(now, (tx, e) => lookupInTx(tx, keys, e)),
    getCustomer: (key, now) => inTx(now, (tx, e) => customerDetailInTx(tx, key, e)),
    setOverride: async (input, by, now) => {
      const override = validateOverride(input, by || (await readSettings()).staffName, now);
      return inTx(now, (tx, e) => setOverrideInTx(tx, override, input.key, e));
    },
    clearOverride: (key, now) => inTx(now, (tx, e) => clearOverrideInTx(tx, key, e)),
    getSettings: async (): Promise<StoredSettings> => {
      const record = await guarded(readSettings);
      return { settings: record.settings, staffName: record.staffName };
    },
    saveSettings: async (settings, staffName, now) => {
      const validated = port.validateSettings(settings);
      const saved = await guarded(async () => {
        const current = await readSettings();
        if (current.newer) throw new StoreError('settings-newer');
        const record: SettingsRecord = {
          version: SETTINGS_VERSION,
          revision: current.revision + 1,
          settings: validated,
          staffName: cleanStaffName(staffName, current.staffName),
        };
        await (await connect()).put('meta', { id: SETTINGS_ID, value: record });
        return record;
      });
      // The reclassification runs on; the options page follows it through reclassifyProgress.
      void reclassifyAll(now).catch(() => undefined);
      return { settings: saved.settings, staffName: saved.staffName };
    },
    reclassifyAll,
    reclassifyProgress: async () => progressOf(await guarded(async () => readJob(await connect()))),
    resumePendingJobs: async (now, onProgress) => {
      if (await readJob(await connect())) await reclassifyAll(now, onProgress);
    },
    deleteAll: async () => {
      await running?.catch(() => undefined);
      db?.close();
      db = null;
      await deleteRungDb(dbName, options.blockedTimeoutMs);
    },
    rebuildCaches: async (now, onProgress) => {
      await running?.catch(() => undefined);
      await guarded(async () =>
        inTransaction(await connect(), ['classifications', 'accounts', 'meta'], async (tx) => {
          await tx.objectStore('classifications').clear();
          await tx.objectStore('accounts').clear();
          await tx.objectStore('meta').delete(JOB_ID);
        }),
      );
      lastDoneRevision = null;
      await reclassifyAll(now, onProgress);
    },
    close: () => {
      db?.close();
      db = null;
    },
    database: connect,
    env,
  };
}

export { StoreError, toStoreError, ALL_STORES };
