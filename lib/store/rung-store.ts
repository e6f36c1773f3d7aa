/**
 * The store the background uses: `RungStore` (./api.ts) over IndexedDB. Each method
 * loads the settings, opens one transaction over the stores it needs, and delegates to a
 * helper; every failure leaves as a StoreError. What it keeps itself is the in-memory
 * side: the badge cache and settings memo, and when they must be forgotten.
 */
import type { CustomerKey } from '../domain/profile';
import type { BadgeView } from '../domain/views';
import { createBadgeCache } from './badge-cache';
import type { ClassifierPort } from './classifier';
import type { Observation, ReclassifyProgress, RungStore, StoredSettings } from './api';
import { customerDetailInTx } from './customer-detail';
import { deleteRungDb, openRungDb, type RungDatabase } from './db';
import { makeEnv, type Env } from './env';
import { guarded, StoreError, toStoreError } from './errors';
import { aliasesOf } from './keys';
import { rebuildAccountContextApart } from './account-context';
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
  /** Resolves when the account contexts page reads found grown have been rebuilt. */
  contextsRebuilt(): Promise<void>;
  /** Drop the cached results and account contexts and recompute them all (overrides and history stay). */
  rebuildCaches(now: Date, onProgress?: (p: ReclassifyProgress) => void): Promise<void>;
  close(): void;
  /** The open database, for import/export helpers that need their own transactions. */
  database(): Promise<RungDatabase>;
  /**
   * A helper wrote through `database()` something that may change any result (an import
   * chunk, a restore): call after its transaction committed, so no view cached from
   * before it is answered again.
   */
  resultsChanged(): void;
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

  // Badges of recent look-ups and page reads (./badge-cache.ts), and the settings record:
  // both are read on every page read, and both change only through this store.
  const badges = createBadgeCache();
  let settingsRecord: Promise<SettingsRecord> | null = null;
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

  const forgetCached = () => {
    badges.clear();
    settingsRecord = null;
  };
  /**
   * Every write that may change a result or the settings goes through this. Forgetting
   * before it keeps look-ups from filling the cache while it runs; forgetting again once
   * it committed drops what a page read or settings read that ran just before it (on the
   * old state) put back in the meantime.
   */
  const changingResults = async <T>(write: () => Promise<T>): Promise<T> => {
    forgetCached();
    try {
      return await write();
    } finally {
      forgetCached();
    }
  };
  const readSettingsFromDb = async (): Promise<SettingsRecord> =>
    migrateSettings((await (await connect()).get('meta', SETTINGS_ID))?.value, port);
  const readSettings = (): Promise<SettingsRecord> => {
    const reading = (settingsRecord ??= readSettingsFromDb());
    // A failed read is not remembered: the next call tries IndexedDB again.
    reading.catch(() => {
      if (settingsRecord === reading) settingsRecord = null;
    });
    return reading;
  };
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
      await changingResults(async () => {
        const job = await startOrResume(await connect(), e);
        await runJob(await connect(), job, e, report, options.chunkSize);
        lastDoneRevision = job.settingsRevision;
      });
    }).finally(() => {
      running = null;
    });
    return running;
  };

  /** Answers what the cache knows and reads only the rest from IndexedDB. */
  const lookupBadges = async (keys: CustomerKey[], now: Date) => {
    const e = await guarded(() => env(now));
    const views: (BadgeView | null | undefined)[] = keys.map((key) =>
      badges.get(key, e.revision, e.day),
    );
    const missing = keys.filter((_key, index) => views[index] === undefined);
    if (missing.length === 0) return views as (BadgeView | null)[];
    const generation = badges.generation();
    const read = await guarded(async () =>
      inTransaction(await connect(), [...OBSERVE_STORES], (tx) => lookupInTx(tx, missing, e)),
    );
    badges.fill(generation, missing, read, e.revision, e.day);
    let next = 0;
    return views.map((view) => (view === undefined ? (read[next++] ?? null) : view));
  };

  /** After a page read: its customers' views replace what the cache knew of them. */
  const rememberObserved = (observation: Observation, views: (BadgeView | null)[], e: Env) => {
    if (e.joinedCustomers) {
      forgetCached();
      return;
    }
    // Only rows the read accepted: a refused row (null) may not even have a key.
    const kept = views.flatMap((view, index) => {
      const customer = observation.scrape.customers[index];
      return view && customer ? [{ key: customer.key, view }] : [];
    });
    badges.forget(kept.flatMap(({ key, view }) => [...aliasesOf(key), ...aliasesOf(view.key)]));
    badges.fill(
      badges.generation(),
      kept.map((k) => k.key),
      kept.map((k) => k.view),
      e.revision,
      e.day,
    );
  };

  return {
    observe: async (observation: Observation, now: Date) => {
      const e = await guarded(() => env(now));
      e.deferContextRebuilds = true;
      const views = await guarded(async () =>
        inTransaction(await connect(), [...OBSERVE_STORES], (tx) =>
          observeInTx(tx, observation, e),
        ),
      );
      rememberObserved(observation, views, e);
      rebuildContexts(e.staleContexts, now);
      return views;
    },
    lookupBadges,
    getCustomer: async (key, now) => {
      try {
        return await inTx(now, (tx, e) => customerDetailInTx(tx, key, e));
      } catch (error) {
        if (!(error instanceof StoreError) || error.code !== 'quota') throw error;
        // The disk is full: still show what is stored, computed without recording it.
        return inTx(now, (tx, e) => customerDetailInTx(tx, key, { ...e, readOnly: true }));
      }
    },
    setOverride: async (input, by, now) => {
      const override = validateOverride(input, by || (await readSettings()).staffName, now);
      return changingResults(() =>
        inTx(now, (tx, e) => setOverrideInTx(tx, override, input.key, e)),
      );
    },
    clearOverride: (key, now) =>
      changingResults(() => inTx(now, (tx, e) => clearOverrideInTx(tx, key, e))),
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
        await changingResults(async () =>
          (await connect()).put('meta', { id: SETTINGS_ID, value: record }),
        );
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
      await Promise.all(rebuilding.values());
      forgetCached();
      db?.close();
      db = null;
      await deleteRungDb(dbName, options.blockedTimeoutMs);
    },
    rebuildCaches: async (now, onProgress) => {
      await running?.catch(() => undefined);
      await Promise.all(rebuilding.values());
      await changingResults(() =>
        guarded(async () =>
          inTransaction(await connect(), ['classifications', 'accounts', 'meta'], async (tx) => {
            await tx.objectStore('classifications').clear();
            await tx.objectStore('accounts').clear();
            await tx.objectStore('meta').delete(JOB_ID);
          }),
        ),
      );
      lastDoneRevision = null;
      await reclassifyAll(now, onProgress);
    },
    contextsRebuilt: async () => {
      await Promise.all(rebuilding.values());
    },
    close: () => {
      db?.close();
      db = null;
    },
    database: connect,
    resultsChanged: forgetCached,
    env,
  };
}

export { StoreError, toStoreError, ALL_STORES };
