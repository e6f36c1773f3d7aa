/**
 * The upgrade ladder: one `if (oldVersion < N)` rung per version, so a database at any
 * old version climbs every rung it missed, in order, inside the single versionchange
 * transaction. A rung never drops data it does not understand. Version 1 creates the
 * schema; add version N+1 as a new rung below, with a test that starts from the
 * version-N shape (see migrations.test.ts).
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { RungDB } from './schema';

export type UpgradeTx = IDBPTransaction<RungDB, StoreNames<RungDB>[], 'versionchange'>;

export function upgrade(db: IDBPDatabase<RungDB>, oldVersion: number, _tx: UpgradeTx): void {
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
}
