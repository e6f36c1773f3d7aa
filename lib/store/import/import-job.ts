/**
 * Imports that survive a stopped service worker. The confirmed rows are first stored as
 * a job in the meta store; each chunk of 500 is then merged in one transaction that also
 * advances the job's cursor, so a chunk is either fully in and counted, or not at all.
 * When the worker starts again, `resumeImportJob` picks the job up where it stopped, as
 * the reclassification job does. The user never sends the file twice.
 */
import type { Profile } from '../../domain/profile';
import { guarded, StoreError } from '../errors';
import { observeProfilesInTx } from '../observe';
import { ALL_STORES } from '../schema';
import type { FullRungStore } from '../rung-store';
import { inTransaction } from '../tx';

export const IMPORT_CHUNK = 500;
const IMPORT_JOB_ID = 'import-job';

export interface ImportOutcome {
  written: number;
  /** Customers the profile schema refused (too many orders, over-long fields). */
  refused: number;
}

type Progress = (done: number, total: number) => void;

interface ImportJob {
  source: string;
  fileName: string;
  startedAt: string;
  customers: Profile[];
  /** How many customers are already merged. */
  cursor: number;
  written: number;
  refused: number;
}

let running: Promise<ImportOutcome | null> | null = null;

export async function startImportJob(
  store: FullRungStore,
  input: { source: string; fileName: string; customers: Profile[] },
  now: Date,
  onProgress?: Progress,
): Promise<ImportOutcome> {
  // One import at a time: a second one waits for the first to finish.
  await running?.catch(() => undefined);
  const db = await store.database();
  const job: ImportJob = {
    ...input,
    fileName: input.fileName.slice(0, 200),
    startedAt: now.toISOString(),
    cursor: 0,
    written: 0,
    refused: 0,
  };
  await guarded(() => db.put('meta', { id: IMPORT_JOB_ID, value: job }));
  const outcome = await runImportJob(store, now, onProgress);
  return outcome ?? { written: 0, refused: 0 };
}

/** Finish an import a stopped worker left halfway; null when there is none. */
export function resumeImportJob(store: FullRungStore, now: Date): Promise<ImportOutcome | null> {
  return runImportJob(store, now);
}

function runImportJob(
  store: FullRungStore,
  now: Date,
  onProgress?: Progress,
): Promise<ImportOutcome | null> {
  const run = (async () => {
    const db = await store.database();
    const env = await store.env(now);
    for (;;) {
      const step = await guarded(() =>
        inTransaction(db, ALL_STORES, async (tx) => {
          const job = (await tx.objectStore('meta').get(IMPORT_JOB_ID))?.value as
            ImportJob | undefined;
          if (!job) return { done: true as const, outcome: null };
          const chunk = job.customers.slice(job.cursor, job.cursor + IMPORT_CHUNK);
          if (chunk.length === 0) {
            await tx.objectStore('meta').delete(IMPORT_JOB_ID);
            return { done: true as const, outcome: { written: job.written, refused: job.refused } };
          }
          const source = {
            page: `import:${job.source}`,
            url: `file:${job.fileName}`,
            seenAt: job.startedAt,
          };
          const badges = await observeProfilesInTx(tx, chunk, source, [], env);
          const written = badges.filter((b) => b !== null).length;
          onProgress?.(job.cursor + chunk.length, job.customers.length);
          await tx.objectStore('meta').put({
            id: IMPORT_JOB_ID,
            value: {
              ...job,
              cursor: job.cursor + chunk.length,
              written: job.written + written,
              refused: job.refused + chunk.length - written,
            },
          });
          return { done: false as const, outcome: null };
        }),
      );
      store.resultsChanged();
      if (step.done) return step.outcome;
      // Let badge look-ups in between: an import must not freeze the CRM tabs.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  })();
  const forgetOnFullDisk = run.catch(async (error: unknown) => {
    // The user is told the import failed: it must not resume on its own once space is
    // free. The chunks already in stay (each one is whole); deleting needs no space.
    if (error instanceof StoreError && error.code === 'quota') {
      await (await store.database()).delete('meta', IMPORT_JOB_ID).catch(() => undefined);
    }
    throw error;
  });
  running = forgetOnFullDisk;
  return forgetOnFullDisk.finally(() => {
    if (running === forgetOnFullDisk) running = null;
  });
}
