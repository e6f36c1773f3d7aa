/**
 * Imports that survive a stopped service worker. The confirmed rows are first stored as
 * a job (`store.startImport`); each chunk of 500 is then merged in one transaction that
 * also advances the job's cursor (`store.importChunk`, ./import-chunk.ts). When the
 * worker starts again, `resumeImportJob` picks the job up where it stopped, as the
 * reclassification job does. The user never sends the file twice.
 */
import type { ImportInput, ImportOutcome, RungStore } from '../api';
import { StoreError } from '../errors';
import { importActivity } from './import-chunk';

export const IMPORT_CHUNK = 500;
export type { ImportOutcome };

type Progress = (done: number, total: number) => void;

let running: Promise<ImportOutcome | null> | null = null;

export async function startImportJob(
  store: RungStore,
  input: ImportInput,
  now: Date,
  onProgress?: Progress,
): Promise<ImportOutcome> {
  // One import at a time: a second one waits for the first to finish.
  await running?.catch(() => undefined);
  await store.startImport(input, now);
  const outcome = await runImportJob(store, now, onProgress);
  return outcome ?? { written: 0, refused: 0 };
}

/**
 * A confirmed file as one transaction (bulk-import.ts, telling progress through
 * `importActivity`): all of it is in, or, cancelled or failed, none of it. Nothing is
 * kept as a job: a worker stopped halfway aborts the transaction, and the user, told the
 * import failed, sends the file again.
 */
export async function commitWholeImport(
  store: RungStore,
  input: ImportInput,
  now: Date,
): Promise<ImportOutcome> {
  await running?.catch(() => undefined);
  importActivity.done = 0;
  importActivity.total = input.customers.length;
  importActivity.cancelRequested = false;
  const run = store.importWhole(input, now);
  running = run;
  try {
    return await run;
  } finally {
    if (running === run) running = null;
    importActivity.cancelRequested = false;
  }
}

/** Finish an import a stopped worker left halfway; null when there is none. */
export function resumeImportJob(store: RungStore, now: Date): Promise<ImportOutcome | null> {
  return runImportJob(store, now);
}

function runImportJob(
  store: RungStore,
  now: Date,
  onProgress?: Progress,
): Promise<ImportOutcome | null> {
  const run = (async () => {
    for (;;) {
      const step = await store.importChunk(now, IMPORT_CHUNK);
      if (step.done) return step.outcome;
      onProgress?.(step.merged, step.total);
      // Let badge look-ups in between: an import must not freeze the CRM tabs.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  })();
  const forgetOnFullDisk = run.catch(async (error: unknown) => {
    // The user is told the import failed: it must not resume on its own once space is
    // free. The chunks already in stay (each one is whole); deleting needs no space.
    if (error instanceof StoreError && error.code === 'quota') {
      await store.abandonImport().catch(() => undefined);
    }
    throw error;
  });
  running = forgetOnFullDisk;
  return forgetOnFullDisk.finally(() => {
    if (running === forgetOnFullDisk) running = null;
  });
}
