/** A fresh store per test (its own database name) over fake-indexeddb, with the fake classifier. */
import 'fake-indexeddb/auto';
import type { PageKind } from '../../domain/crm-kind';
import type { Profile } from '../../profile';
import type { Observation } from '../api';
import { openRungStoreWith, type FullRungStore } from '../rung-store';
import { fakeClassifier } from './fake-classifier';

let counter = 0;

export function uniqueDbName(prefix = 'rung-test'): string {
  counter += 1;
  return `${prefix}-${Date.now()}-${counter}`;
}

export async function openTestStore(chunkSize?: number): Promise<FullRungStore> {
  return openRungStoreWith({
    dbName: uniqueDbName(),
    classifier: fakeClassifier,
    blockedTimeoutMs: 200,
    ...(chunkSize !== undefined ? { chunkSize } : {}),
  });
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
