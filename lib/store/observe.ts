/**
 * One page read, merged: every customer the page shows is validated, resolved to its
 * canonical profile (merging two profiles when the page proves they are one person),
 * merged field by field, reclassified and recorded, all in one transaction, so a
 * failure (full disk, abort) leaves the store exactly as it was.
 */
import type { BadgeView } from '../messages/protocol';
import { profileSchema, type Profile } from '../profile';
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

/** Merge profiles from any source (a page read, an import) into the store. */
export async function observeProfilesInTx(
  tx: WriteTx,
  customers: readonly unknown[],
  source: Source,
  diagnostics: string[],
  env: Env,
): Promise<(BadgeView | null)[]> {
  const badges: (BadgeView | null)[] = [];
  // Sequential on purpose: two rows of one page may be the same customer.
  for (const raw of customers) {
    const parsed = profileSchema.safeParse(raw);
    if (!parsed.success) {
      badges.push(null);
      continue;
    }
    badges.push(await observeOne(tx, parsed.data, source, diagnostics, env));
  }
  return badges;
}

async function observeOne(
  tx: WriteTx,
  observed: Profile,
  source: Source,
  diagnostics: string[],
  env: Env,
): Promise<BadgeView | null> {
  const key = normalizeKey(observed.key, observed.email);
  const aliases = aliasesOf(key);
  if (aliases.length === 0) return null;
  const ids = await resolveIds(tx, key);
  const id = ids[0] ?? aliases[0]!;
  let stored = await loadCustomer(tx, id);
  for (const otherId of ids.slice(1)) stored = await absorbInto(tx, id, otherId, source.seenAt);
  const merged = mergeCustomer(stored, { ...observed, key }, source);
  await saveCustomer(tx, id, merged, diagnostics.slice(0, 200), source.seenAt, aliases);
  const accountKey = accountKeyOf(merged.profile.key);
  await ensureAccountContext(tx, accountKey, env);
  const applied = await classifyAndRecord(tx, id, merged.profile, accountKey, env);
  return badgeView(merged.profile.key, applied, env.vocabulary);
}
