/** The transaction type the store's helpers share, and the one way to run a body in it. */
import type { IDBPTransaction } from 'idb';
import type { RungDatabase } from './db';
import type { RungDB, StoreName } from './schema';

export type WriteTx = IDBPTransaction<RungDB, StoreName[], 'readwrite'>;
export type ReadTx = IDBPTransaction<RungDB, StoreName[], 'readonly' | 'readwrite'>;
export type ReadOnlyTx = IDBPTransaction<RungDB, StoreName[], 'readonly'>;

export function writeTx(db: RungDatabase, stores: StoreName[]): WriteTx {
  return db.transaction(stores, 'readwrite');
}

/**
 * Run `body` in a readwrite transaction and wait for the commit. If the body throws
 * (a put refused synchronously, a classifier bug), abort: otherwise the requests made
 * before the throw would still commit and leave a half-written customer behind.
 */
export async function inTransaction<T>(
  db: RungDatabase,
  stores: StoreName[],
  body: (tx: WriteTx) => Promise<T>,
): Promise<T> {
  const tx = writeTx(db, stores);
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted: nothing more to undo.
    }
    tx.done.catch(() => undefined);
    throw error;
  }
}

/**
 * Run `body` in a readonly transaction over `stores`. Readonly transactions over
 * disjoint or shared stores run side by side; a look-up in one never waits behind
 * another look-up, only behind writes to the stores it reads.
 */
export async function readTransaction<T>(
  db: RungDatabase,
  stores: StoreName[],
  body: (tx: ReadOnlyTx) => Promise<T>,
): Promise<T> {
  const tx = db.transaction(stores, 'readonly');
  try {
    const result = await body(tx);
    await tx.done;
    return result;
  } catch (error) {
    tx.done.catch(() => undefined);
    throw error;
  }
}
