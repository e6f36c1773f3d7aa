/**
 * Opening the database. Failure modes handled here: a newer database on disk
 * (VersionError), an upgrade blocked by another tab holding an old connection (we wait
 * for a bounded time, then fail with a message asking to close the other tabs), and
 * this connection blocking someone else's upgrade (we close it, so the other side can
 * proceed; our next call reopens).
 */
import { deleteDB, openDB, type IDBPDatabase } from 'idb';
import { StoreError, toStoreError } from './errors';
import { upgrade } from './migrations';
import { DB_NAME, DB_VERSION, type RungDB } from './schema';

export type RungDatabase = IDBPDatabase<RungDB>;

export interface OpenOptions {
  dbName?: string;
  /** How long to wait for other tabs to release an old version before giving up. */
  blockedTimeoutMs?: number;
  /** The schema version to open; only the ladder's tests pass anything but DB_VERSION. */
  version?: number;
  /** Called when another context needs us to close (its upgrade is waiting on us). */
  onVersionChange?: () => void;
}

export async function openRungDb(options: OpenOptions = {}): Promise<RungDatabase> {
  const name = options.dbName ?? DB_NAME;
  const timeoutMs = options.blockedTimeoutMs ?? 10_000;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rejectBlocked: ((error: StoreError) => void) | undefined;
  const blockedFailure = new Promise<never>((_resolve, reject) => {
    rejectBlocked = reject;
  });
  let db: RungDatabase | undefined;
  let gaveUp = false;
  try {
    const opening = openDB<RungDB>(name, options.version ?? DB_VERSION, {
      upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
      blocked: () => {
        timer = setTimeout(() => rejectBlocked?.(new StoreError('blocked')), timeoutMs);
      },
      blocking: () => {
        // Another tab wants a newer version: step aside rather than block it forever.
        db?.close();
        options.onVersionChange?.();
      },
    });
    // If the blocked open later succeeds after we gave up, close it so it leaks nothing.
    opening.then(
      (late) => {
        if (gaveUp) late.close();
      },
      () => undefined,
    );
    try {
      db = await Promise.race([opening, blockedFailure]);
    } catch (error) {
      gaveUp = true;
      throw error;
    }
    return db;
  } catch (error) {
    throw toStoreError(error);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** "Delete all Rung data": drops the whole database (callers close their connection first). */
export async function deleteRungDb(dbName: string = DB_NAME, timeoutMs = 10_000): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      deleteDB(dbName),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new StoreError('blocked')), timeoutMs);
      }),
    ]);
  } catch (error) {
    throw toStoreError(error);
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
