/**
 * Import, step two (only after the user confirmed the preview): write the customers in
 * chunks of 500, one transaction each, yielding between chunks so the background keeps
 * answering badge look-ups. Each customer merges into its stored profile exactly like a
 * page read, with the file named as the evidence of every field it set.
 */
import type { Profile } from '../../profile';
import { inTransaction } from '../tx';
import { OBSERVE_STORES, observeProfilesInTx } from '../observe';
import { guarded } from '../errors';
import type { FullRungStore } from '../rung-store';
import type { ImportPreview } from './preview';

export const IMPORT_CHUNK = 500;

export interface ImportOutcome {
  written: number;
  /** Customers the profile schema refused (too many orders, over-long fields). */
  refused: number;
}

export async function commitImport(
  store: FullRungStore,
  preview: Pick<ImportPreview, 'source' | 'customers'>,
  fileName: string,
  now: Date,
  onProgress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  if (!preview.source) throw new Error('Map the columns before importing.');
  const source = {
    page: `import:${preview.source}`,
    url: `file:${fileName.slice(0, 200)}`,
    seenAt: now.toISOString(),
  };
  const env = await store.env(now);
  const db = await store.database();
  let written = 0;
  let refused = 0;
  for (let start = 0; start < preview.customers.length; start += IMPORT_CHUNK) {
    const chunk: Profile[] = preview.customers.slice(start, start + IMPORT_CHUNK);
    const badges = await guarded(() =>
      inTransaction(db, [...OBSERVE_STORES], (tx) =>
        observeProfilesInTx(tx, chunk, source, undefined, env),
      ),
    );
    written += badges.filter((b) => b !== null).length;
    refused += badges.filter((b) => b === null).length;
    onProgress?.(start + chunk.length, preview.customers.length);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { written, refused };
}
