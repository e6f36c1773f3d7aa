/**
 * Many IndexedDB requests issued at once on the raw stores of an `idb` transaction, with
 * one promise per batch instead of one per request. An import of 100,000 customers makes
 * millions of requests: a promise, a proxy and two listeners for each of them (what `idb`
 * adds) cost more than the requests themselves. A failed request is not handled here, so
 * it aborts the whole transaction, as any failure in the store must.
 */
import { unwrap } from 'idb';
import type { StoreName } from '../schema';
import type { WriteTx } from '../tx';

export function rawStore(tx: WriteTx, name: StoreName): IDBObjectStore {
  return unwrap(tx).objectStore(name);
}

/** The values at `keys` (undefined where none), in order. */
export function getMany<T>(
  source: IDBObjectStore | IDBIndex,
  keys: readonly IDBValidKey[],
  all = false,
): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const values = new Array<T>(keys.length);
    let left = keys.length;
    if (left === 0) resolve(values);
    keys.forEach((key, i) => {
      const request = all ? source.getAll(key) : source.get(key);
      request.onsuccess = () => {
        values[i] = request.result as T;
        left -= 1;
        if (left === 0) resolve(values);
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
    });
  });
}

/**
 * Put (or add) every value; resolves once the last one is written (requests of one
 * transaction complete in order), so a caller can bound how many are in flight.
 */
export function putMany(
  store: IDBObjectStore,
  values: readonly unknown[],
  mode: 'put' | 'add' = 'put',
): Promise<void> {
  return new Promise((resolve, reject) => {
    if (values.length === 0) {
      resolve();
      return;
    }
    let last: IDBRequest | null = null;
    for (const value of values) last = mode === 'put' ? store.put(value) : store.add(value);
    last!.onsuccess = () => resolve();
    last!.onerror = () => reject(last!.error ?? new Error('IndexedDB write failed'));
  });
}
