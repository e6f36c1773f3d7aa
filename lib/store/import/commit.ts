/**
 * Import, step two (only after the user confirmed the preview): write the customers in
 * chunks of 500, one transaction each, yielding between chunks so the background keeps
 * answering badge look-ups. The rows are kept as a job first, so a stopped worker
 * finishes the import when it starts again (import-job.ts). Each customer merges into
 * its stored profile exactly like a page read, with the file named as the evidence of
 * every field it set.
 */
import type { RungStore } from '../api';
import { startImportJob, type ImportOutcome } from './import-job';
import type { ImportPreview } from './preview';

export { IMPORT_CHUNK, type ImportOutcome } from './import-job';

export async function commitImport(
  store: RungStore,
  preview: Pick<ImportPreview, 'source' | 'customers'>,
  fileName: string,
  now: Date,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  if (!preview.source) throw new Error('Map the columns before importing.');
  const input = { source: preview.source, fileName, customers: preview.customers };
  return startImportJob(store, input, now, onProgress);
}
