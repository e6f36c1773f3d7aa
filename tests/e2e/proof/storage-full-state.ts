/**
 * Reading everything Rung has stored, to prove a refused write changed nothing: the
 * backup document (every profile with evidence, override and history, the aliases and
 * the settings, read in one transaction) and the import job Rung keeps between chunks,
 * read straight from IndexedDB because no message exposes it.
 */
import type { Page } from 'playwright-core';
import { askRungData } from './ask-rung';

/** The backup without its export time: equal documents mean equal stored data. */
export async function storedData(admin: Page): Promise<Record<string, unknown>> {
  const { json } = await askRungData<{ json: string }>(admin, 'data.export', {});
  const { exportedAt: _when, ...data } = JSON.parse(json) as Record<string, unknown>;
  return data;
}

/**
 * The stored data once it stops changing: two reads half a second apart agree. A settings
 * save reclassifies everyone in the background (and may rewrite history), and its
 * progress cannot tell "not started yet" from "finished".
 */
export async function settledData(
  admin: Page,
  timeoutMs = 10_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let previous = JSON.stringify(await storedData(admin));
  while (Date.now() < deadline) {
    await admin.waitForTimeout(500);
    const next = await storedData(admin);
    const text = JSON.stringify(next);
    if (text === previous) return next;
    previous = text;
  }
  throw new Error(`Rung's stored data kept changing for ${timeoutMs} ms`);
}

export interface StoredImportJob {
  cursor: number;
  written: number;
  /** The ids of the job's customers, in file order. */
  ids: string[];
}

/**
 * The import job left in Rung's `meta` store ('import-job', lib/store/import/import-job.ts),
 * or null when none is pending. Read in the extension's origin, without a version, so
 * the page's connection never upgrades or blocks Rung's.
 */
export function storedImportJob(admin: Page): Promise<StoredImportJob | null> {
  return admin.evaluate(
    () =>
      new Promise<StoredImportJob | null>((resolve, reject) => {
        const open = indexedDB.open('rung');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('meta', 'readonly').objectStore('meta').get('import-job');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            const job = (get.result as { value?: Record<string, unknown> } | undefined)?.value;
            if (!job) return resolve(null);
            const customers = (job.customers ?? []) as { key?: { id?: string } }[];
            resolve({
              cursor: Number(job.cursor),
              written: Number(job.written),
              ids: customers.map((c) => c.key?.id ?? ''),
            });
          };
        };
      }),
  );
}
