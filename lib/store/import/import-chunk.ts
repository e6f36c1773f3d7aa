/**
 * One chunk of an import job, inside the store's transaction: read the job kept in the
 * meta store, merge its next customers exactly like a page read (the file named as the
 * evidence of every field it set), and advance the cursor in the same transaction, so a
 * chunk is either fully in and counted, or not at all.
 */
import type { ImportInput, ImportStep } from '../api';
import type { Env } from '../env';
import { observeProfilesInTx } from '../observe';
import type { WriteTx } from '../tx';

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
    seenAt: job.startedAt,
  };
  // Grown account contexts are rebuilt at once: an import holds up no page.
  const merged = await observeProfilesInTx(tx, chunk, source, [], env, 'now');
  const written = merged.badges.filter((b) => b !== null).length;
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
