/**
 * One page read, merged: every customer the page shows is validated, resolved to its
 * canonical profile (merging two profiles when the page proves they are one person),
 * merged field by field, reclassified and recorded, all in one transaction, so a
 * failure (full disk, abort) leaves the store exactly as it was.
 */
import type { BadgeView } from '../messages/protocol';
import { profileSchema, type CustomerKey, type Profile } from '../profile';
import type { Observation } from './api';
import { badgeView } from './badge-view';
import { ensureAccountContext } from './account-context';
import { classifyAndRecord } from './classify-record';
import { absorbInto, loadCustomer, resolveIds, saveCustomer } from './customer-records';
import type { Env } from './env';
import { aliasesOf, normalizeKey } from './keys';
import { mergeCustomer, type Source } from './merge';
import { accountKeyOf } from './schema';
import type { WriteTx } from './tx';

export const OBSERVE_STORES = [
  'profiles',
  'evidence',
  'aliases',
  'classifications',
  'overrides',
  'history',
  'accounts',
] as const;

export async function observeInTx(
  tx: WriteTx,
  observation: Observation,
  env: Env,
): Promise<(BadgeView | null)[]> {
  const { scrape } = observation;
  const source = {
    page: scrape.page,
    url: observation.url.slice(0, 2000),
    seenAt: observation.seenAt,
  };
  return observeProfilesInTx(tx, scrape.customers, source, scrape.diagnostics, env);
}

/**
 * Merge profiles from any source (a page read, an import) into the store, in three
 * passes: merge and save every row; refresh each touched account's context once (a
 * list page of 1,000 rows must not rebuild percentiles 1,000 times); then classify.
 */
export async function observeProfilesInTx(
  tx: WriteTx,
  customers: readonly unknown[],
  source: Source,
  diagnostics: string[],
  env: Env,
): Promise<(BadgeView | null)[]> {
  const saved: (CustomerKey | null)[] = [];
  // Sequential on purpose: two rows of one page may be the same customer.
  for (const raw of customers) {
    const parsed = profileSchema.safeParse(raw);
    saved.push(parsed.success ? await mergeOne(tx, parsed.data, source, diagnostics) : null);
  }
  const accounts = new Set(saved.flatMap((key) => (key ? [accountKeyOf(key)] : [])));
  for (const account of accounts) await ensureAccountContext(tx, account, env);
  const badges: (BadgeView | null)[] = [];
  const done = new Map<string, BadgeView>();
  for (const key of saved) {
    // Resolve again: a later row may have merged this customer into another profile.
    const [id] = key ? await resolveIds(tx, key) : [];
    const record = id === undefined ? undefined : await tx.objectStore('profiles').get(id);
    if (id === undefined || !record) {
      badges.push(null);
      continue;
    }
    let badge = done.get(id);
    if (!badge) {
      const applied = await classifyAndRecord(tx, id, record.profile, record.accountKey, env);
      badge = badgeView(record.profile.key, applied, env.vocabulary);
      done.set(id, badge);
    }
    badges.push(badge);
  }
  return badges;
}

/** Merge one row into its stored profile; returns the key it is now known by. */
async function mergeOne(
  tx: WriteTx,
  observed: Profile,
  source: Source,
  diagnostics: string[],
): Promise<CustomerKey | null> {
  const key = normalizeKey(observed.key, observed.email);
  const aliases = aliasesOf(key);
  if (aliases.length === 0) return null;
  const ids = await resolveIds(tx, key);
  const id = ids[0] ?? aliases[0]!;
  let stored = await loadCustomer(tx, id);
  for (const otherId of ids.slice(1)) stored = await absorbInto(tx, id, otherId, source.seenAt);
  const merged = mergeCustomer(stored, { ...observed, key }, source);
  await saveCustomer(tx, id, merged, diagnostics.slice(0, 200), source.seenAt, aliases);
  return merged.profile.key;
}
