/** The transaction type the store's helpers share: readwrite over any of its stores. */
import type { IDBPTransaction } from 'idb';
import type { RungDatabase } from './db';
import type { RungDB, StoreName } from './schema';

export type WriteTx = IDBPTransaction<RungDB, StoreName[], 'readwrite'>;
export type ReadTx = IDBPTransaction<RungDB, StoreName[], 'readonly' | 'readwrite'>;

export function writeTx(db: RungDatabase, stores: StoreName[]): WriteTx {
  return db.transaction(stores, 'readwrite');
}

/** Resolves when the transaction commits; rejects (AbortError, QuotaExceededError) when it aborts. */
export function committed(tx: WriteTx): Promise<void> {
  return tx.done;
}
