/**
 * Driving Rung's store the way its options page does, through typed-by-name messages
 * from an extension page: seed customers (CRM export import), set overrides, save the
 * settings (which starts a full reclassification) and follow its progress.
 */
import type { Page } from 'playwright-core';
import type { CustomerKey, Profile } from '../../../lib/domain/profile';
import type { CustomerDetail } from '../../../lib/messages/protocol';
import type { ReclassifyProgress } from '../../../lib/store/api';
import { askRungData } from './ask-rung';

/** The background accepts at most 2,000 customers per import message. */
const IMPORT_BATCH = 2_000;

export async function importCustomers(admin: Page, customers: Profile[]): Promise<number> {
  let written = 0;
  for (let start = 0; start < customers.length; start += IMPORT_BATCH) {
    const outcome = await askRungData<{ written: number }>(admin, 'data.importRows', {
      source: 'shopify',
      fileName: 'customers_export.csv',
      customers: customers.slice(start, start + IMPORT_BATCH),
    });
    written += outcome.written;
  }
  return written;
}

export function setOverride(admin: Page, key: CustomerKey, reason: string) {
  return askRungData(admin, 'override.set', { key, stage: 'advocate', reason, mode: 'pin' });
}

export function customer(admin: Page, key: CustomerKey) {
  return askRungData<CustomerDetail | null>(admin, 'customer.get', { key });
}

export function progress(admin: Page) {
  return askRungData<ReclassifyProgress>(admin, 'reclassify.progress', {});
}

/** Saves the current settings again: a new revision, so every customer is reclassified. */
export async function resaveSettings(admin: Page): Promise<void> {
  const { settings } = await askRungData<{ settings: unknown }>(admin, 'settings.get', {});
  await askRungData(admin, 'settings.save', { settings });
}

/** Polls `read` every `everyMs` until `accept` holds; returns the last value read. */
export async function pollUntil<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
  everyMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    value = await read();
  }
  return value;
}
