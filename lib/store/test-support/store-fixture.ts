/** A fresh store per test (its own database name) over fake-indexeddb, with the fake classifier. */
import 'fake-indexeddb/auto';
import type { PageKind } from '../../domain/crm-kind';
import type { Profile } from '../../domain/profile';
import type { Observation } from '../api';
import type { RungStore } from '../api';
import { openRungStoreWith } from '../cached-store';
import { openRungDb, type RungDatabase } from '../db';
import { fakeClassifier } from './fake-classifier';

let counter = 0;

export function uniqueDbName(prefix = 'rung-test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}`;
}

const dbNames = new WeakMap<RungStore, string>();

export async function openTestStore(chunkSize?: number): Promise<RungStore> {
  const dbName = uniqueDbName();
  const store = await openRungStoreWith({
    dbName,
    classifier: fakeClassifier,
    blockedTimeoutMs: 200,
    ...(chunkSize !== undefined ? { chunkSize } : {}),
  });
  dbNames.set(store, dbName);
  return store;
}

/**
 * A connection of the test's own to a test store's database, to look at (or tamper
 * with) what is stored behind the store's back. The store never hands one out.
 */
export async function databaseOf(store: RungStore): Promise<RungDatabase> {
  // It closes itself when the store deletes the database (db.ts, `blocking`).
  return openRungDb({ dbName: dbNameOf(store) });
}

export function dbNameOf(store: RungStore): string {
  const dbName = dbNames.get(store);
  if (!dbName) throw new Error('not a store opened by openTestStore');
  return dbName;
}

export const SHOP = { crm: 'shopify', account: 'demo-shop' } as const;

export function pageRead(
  page: PageKind,
  customers: Profile[],
  seenAt: string,
  diagnostics: string[] = [],
): Observation {
  return {
    url: `https://admin.shopify.com/store/demo-shop/${page}`,
    seenAt,
    scrape: { crm: 'shopify', account: 'demo-shop', page, customers, diagnostics },
  };
}
