/**
 * The upgrade ladder: one `if (oldVersion < N)` rung per version, so a database at any
 * old version climbs every rung it missed, in order, inside the single versionchange
 * transaction. A rung never drops data it does not understand. Version 1 creates the
 * schema; add version N+1 as a new rung below, with a test that starts from the
 * version-N shape (see migrations.test.ts).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { upgradeHistoryEntry, type StoredHistoryEntry } from './history-entry-upgrade';
import type { RungDB } from './schema';

export type UpgradeTx = IDBPTransaction<RungDB, StoreNames<RungDB>[], 'versionchange'>;

export function upgrade(db: IDBPDatabase<RungDB>, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    const profiles = db.createObjectStore('profiles', { keyPath: 'id' });
    profiles.createIndex('byAccount', 'accountKey');
    profiles.createIndex('byEmail', 'email');
    db.createObjectStore('evidence', { keyPath: 'id' });
    const aliases = db.createObjectStore('aliases', { keyPath: 'alias' });
    aliases.createIndex('byTarget', 'id');
    db.createObjectStore('classifications', { keyPath: 'id' });
    db.createObjectStore('overrides', { keyPath: 'id' });
    const history = db.createObjectStore('history', { keyPath: 'seq', autoIncrement: true });
    history.createIndex('byCustomer', 'id');
    db.createObjectStore('accounts', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    // Reasons became sentences only (no English twin). Cached results are derived data:
    // they are dropped and recomputed on the next read, which takes the last shown stage
    // and category from the history, so no spurious change is recorded. History entries
    // are the user's record: each is rewritten, keeping its sentence or its words.
    void sentencesOnly(tx).catch(() => tx.abort());
  }
}

async function sentencesOnly(tx: UpgradeTx): Promise<void> {
  await tx.objectStore('classifications').clear();
  let cursor = await tx.objectStore('history').openCursor();
  while (cursor) {
    const entry = cursor.value.entry as StoredHistoryEntry;
    await cursor.update({ ...cursor.value, entry: upgradeHistoryEntry(entry) });
    cursor = await cursor.continue();
  }
}
