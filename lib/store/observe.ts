/**
 * One page read, merged: every customer the page shows is validated, resolved to its
 * canonical profile (merging two profiles when the page proves they are one person),
 * merged field by field, reclassified and recorded, all in one transaction, so a
 * failure (full disk, abort) leaves the store exactly as it was.
 */
import type { BadgeView } from '../domain/views';
import { profileSchema, type CustomerKey, type Profile } from '../domain/profile';
import type { Observation } from './api';
import { badgeView } from './badge-view';
import { ensureAccountContext, type GrowthRebuild } from './account-context';
import { classifyAndRecord } from './classify-record';
import { absorbInto, loadCustomer, resolveIds, saveCustomer } from './customer-records';
import type { Env } from './env';
import { aliasesOf, normalizeKey } from './keys';
import { mergeCustomer, type Source } from './merge';
import { mergeBatch } from './merge-batch';
import { attributeKnownOrders, recordOrderOwners } from './provisional-orders';
import type { ProfileRecord } from './schema';
import type { WriteTx } from './tx';

export { OBSERVE_STORES } from './schema';

/** What a merge found out, beside the badges: the caller acts on it after the commit. */
export interface MergeOutcome {
  /** One per input row; null where the row was refused or names nobody. */
  badges: (BadgeView | null)[];
  /**
   * A row joined two stored customers into one: results of keys the call was not asked
   * about may have changed (a badge cache must start over).
   */
  joinedCustomers: boolean;
  /** Accounts whose context is stale because they grew, left to rebuild apart ('defer'). */
  deferredContexts: string[];
}

/** A page read: growth-only context rebuilds are deferred, so the page never waits for them. */
export async function observeInTx(
  tx: WriteTx,
  observation: Observation,
  env: Env,
): Promise<MergeOutcome> {
  const { scrape } = observation;
  const source = {
    page: scrape.page,
    url: observation.url.slice(0, 2000),
    seenAt: observation.seenAt,
  };
  return observeProfilesInTx(tx, scrape.customers, source, scrape.diagnostics, env, 'defer');
}

/**
 * Merge profiles from any source (a page read, an import) into the store, in three
 * passes: merge and save every row (batched, see merge-batch.ts); refresh each touched
 * account's context once (a list page of 1,000 rows must not rebuild percentiles 1,000
 * times); then classify each distinct customer, all requests in flight together.
 */
export async function observeProfilesInTx(
  tx: WriteTx,
  customers: readonly unknown[],
  source: Source,
  /** The page's selector diagnostics; undefined (an import) keeps the stored ones. */
  diagnostics: string[] | undefined,
  env: Env,
  growth: GrowthRebuild,
): Promise<MergeOutcome> {
  const parsedRows = customers.map((raw) => {
    const parsed = profileSchema.safeParse(raw);
    if (!parsed.success) return null;
    const key = normalizeKey(parsed.data.key, parsed.data.email);
    return aliasesOf(key).length > 0 ? { ...parsed.data, key } : null;
  });
  const rows = await attributeKnownOrders(tx, parsedRows);
  const notes = diagnostics?.slice(0, 200);
  const batch = await mergeBatch(tx, rows, source, notes);
  let ids = batch?.ids;
  let joinedCustomers = !ids;
  if (!ids) {
    // Rare: a row joins two stored customers. Row by row, re-resolving at the end.
    const keys: (CustomerKey | null)[] = [];
    for (const row of rows) keys.push(row ? await mergeOne(tx, row, source, notes) : null);
    ids = await Promise.all(
      keys.map(async (key) => (key ? ((await resolveIds(tx, key))[0] ?? null) : null)),
    );
  }
  if (await recordOrderOwners(tx, rows, ids, source.seenAt)) joinedCustomers = true;
  const created = batch?.created ?? new Set<string>();
  const records = new Map<string, ProfileRecord>();
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const record = id === null ? undefined : await tx.objectStore('profiles').get(id);
      if (id !== null && record) records.set(id, record);
    }),
  );
  const accounts = new Set([...records.values()].map((r) => r.accountKey));
  const deferredContexts: string[] = [];
  for (const account of accounts) {
    if ((await ensureAccountContext(tx, account, env, growth)) === 'deferred')
      deferredContexts.push(account);
  }
  const badges = new Map<string, BadgeView>();
  await Promise.all(
    [...records].map(async ([id, record]) => {
      const applied = await classifyAndRecord(
        tx,
        id,
        record.profile,
        record.accountKey,
        env,
        created.has(id),
      );
      badges.set(id, badgeView(record.profile.key, applied, env.vocabulary));
    }),
  );
  const views = ids.map((id) => (id === null ? null : (badges.get(id) ?? null)));
  return { badges: views, joinedCustomers, deferredContexts };
}

/** Merge one row into its stored profile; returns the key it is now known by. */
async function mergeOne(
  tx: WriteTx,
  observed: Profile,
  source: Source,
  diagnostics: string[] | undefined,
): Promise<CustomerKey | null> {
  const key = observed.key;
  const aliases = aliasesOf(key);
  if (aliases.length === 0) return null;
  const ids = await resolveIds(tx, key);
  const id = ids[0] ?? aliases[0]!;
  let stored = await loadCustomer(tx, id);
  for (const otherId of ids.slice(1)) stored = await absorbInto(tx, id, otherId, source.seenAt);
  const merged = mergeCustomer(stored, { ...observed, key }, source);
  await saveCustomer(tx, id, merged, diagnostics, source.seenAt, aliases);
  return merged.profile.key;
}
