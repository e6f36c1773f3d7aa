/**
 * One chunk of an import job, inside the store's transaction: read the job kept in the
 * meta store, merge its next customers exactly like a page read (the file named as the
 * evidence of every field it set, as of the file's date, so an older export only fills
 * gaps), and advance the cursor in the same transaction, so a chunk is either fully in and
 * counted, or not at all. A chunk as large as the whole file makes the import one
 * transaction: merged 500 customers at a time, with progress told and a cancel checked
 * between them; a cancel (or any failure) aborts the transaction and the store is as it was.
 */
import type { ImportInput, ImportStep } from '../api';
import type { Env } from '../env';
import { observeProfilesInTx } from '../observe';
import type { Profile } from '../../domain/profile';
import { resolveIds } from '../customer-records';
import { StoreError } from '../errors';
import { normalizeKey } from '../keys';
import { withoutOutweighedCount } from './summary-reconcile';
import type { WriteTx } from '../tx';

/** Customers merged between two checks of the cancel flag and two progress reports. */
export const MERGE_STEP = 500;

/** The running import's progress and its cancel request, for the options page's poll. */
export const importActivity = {
  done: 0,
  total: 0,
  cancelRequested: false,
};

export const IMPORT_CANCELLED = 'The import was cancelled; nothing was changed.';

export const IMPORT_JOB_ID = 'import-job';

export interface ImportJob extends ImportInput {
  startedAt: string;
  /** How many customers are already merged. */
  cursor: number;
  written: number;
  refused: number;
}

export function newImportJob(input: ImportInput, now: Date): ImportJob {
  return {
    ...input,
    fileName: input.fileName.slice(0, 200),
    startedAt: now.toISOString(),
    cursor: 0,
    written: 0,
    refused: 0,
  };
}

export async function importChunkInTx(
  tx: WriteTx,
  env: Env,
  chunkSize: number,
): Promise<ImportStep> {
  const job = (await tx.objectStore('meta').get(IMPORT_JOB_ID))?.value as ImportJob | undefined;
  if (!job) return { done: true, outcome: null };
  const chunk = job.customers.slice(job.cursor, job.cursor + chunkSize);
  if (chunk.length === 0) {
    await tx.objectStore('meta').delete(IMPORT_JOB_ID);
    return { done: true, outcome: { written: job.written, refused: job.refused } };
  }
  const source = {
    page: `import:${job.source}`,
    url: `file:${job.fileName}`,
    seenAt: job.observedAt ?? job.startedAt,
  };
  importActivity.total = job.customers.length;
  let written = 0;
  for (let at = 0; at < chunk.length; at += MERGE_STEP) {
    if (importActivity.cancelRequested) throw new StoreError('aborted', IMPORT_CANCELLED);
    // Grown account contexts are rebuilt at once: an import holds up no page.
    const merged = await observeProfilesInTx(
      tx,
      chunk.slice(at, at + MERGE_STEP),
      source,
      undefined,
      env,
      'now',
    );
    written += merged.badges.filter((b) => b !== null).length;
    await dropOutweighedCounts(tx, chunk.slice(at, at + MERGE_STEP));
    importActivity.done = job.cursor + Math.min(chunk.length, at + MERGE_STEP);
  }
  await tx.objectStore('meta').put({
    id: IMPORT_JOB_ID,
    value: {
      ...job,
      cursor: job.cursor + chunk.length,
      written: job.written + written,
      refused: job.refused + chunk.length - written,
    },
  });
  return { done: false, merged: job.cursor + chunk.length, total: job.customers.length };
}

/**
 * A customers export imported before this orders export left its gross "Total Orders" in
 * the stored summary, where the merge keeps the larger count: once the stored orders list
 * them all, the count is dropped (summary-reconcile.ts) and the orders are counted by their
 * status. The reclassification after the import shows the effect.
 */
async function dropOutweighedCounts(tx: WriteTx, customers: readonly Profile[]): Promise<void> {
  const ids = await Promise.all(
    customers
      .filter((c) => (c.orders?.length ?? 0) > 0)
      .map((c) => resolveIds(tx, normalizeKey(c.key, c.email))),
  );
  const records = await Promise.all(
    [...new Set(ids.flat())].map((id) => tx.objectStore('profiles').get(id)),
  );
  await Promise.all(
    records.map((record) => {
      if (!record) return undefined;
      const next = withoutOutweighedCount(record.profile);
      return next === record.profile
        ? undefined
        : tx.objectStore('profiles').put({ ...record, profile: next });
    }),
  );
}
