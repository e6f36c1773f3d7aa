/**
 * Reading and writing one customer's records inside a transaction: resolving a key
 * through the alias table, loading and saving the profile with its evidence, and
 * folding a second profile into the first when they turn out to be one customer
 * (its override, history and aliases move with it).
 */
import type { CustomerKey } from '../domain/profile';
import { absorbCustomer } from './absorb';
import { aliasesOf } from './keys';
import type { MergedCustomer } from './merge';
import { accountKeyOf, type EvidenceRecord, type ProfileRecord } from './schema';
import type { ReadTx, WriteTx } from './tx';

/** The distinct canonical ids the key's aliases point at (id alias first). */
export async function resolveIds(tx: ReadTx, key: CustomerKey): Promise<string[]> {
  const records = await Promise.all(
    aliasesOf(key).map((alias) => tx.objectStore('aliases').get(alias)),
  );
  return [...new Set(records.flatMap((r) => (r ? [r.id] : [])))];
}

export async function loadCustomer(tx: ReadTx, id: string): Promise<MergedCustomer | null> {
  const [record, evidence] = await Promise.all([
    tx.objectStore('profiles').get(id),
    tx.objectStore('evidence').get(id),
  ]);
  return mergedFromRecords(record, evidence);
}

/** A stored customer as merge reads it (pure); null when there is no profile. */
export function mergedFromRecords(
  record: ProfileRecord | undefined,
  evidence: EvidenceRecord | undefined,
): MergedCustomer | null {
  if (!record) return null;
  const seen = new Map(evidence?.orders ?? []);
  return {
    profile: record.profile,
    fields: evidence?.fields ?? [],
    orders: (record.profile.orders ?? []).map((order) => ({
      order,
      seenAt: seen.get(order.id) ?? '',
    })),
  };
}

export async function saveCustomer(
  tx: WriteTx,
  id: string,
  merged: MergedCustomer,
  diagnostics: string[] | undefined,
  updatedAt: string,
  extraAliases: string[] = [],
): Promise<void> {
  const previous = diagnostics ? undefined : await tx.objectStore('profiles').get(id);
  const records = customerRecords(
    id,
    merged,
    diagnostics ?? previous?.diagnostics ?? [],
    updatedAt,
  );
  const aliases = new Set([...aliasesOf(merged.profile.key), ...extraAliases]);
  await Promise.all([
    tx.objectStore('profiles').put(records.profile),
    tx.objectStore('evidence').put(records.evidence),
    ...[...aliases].map((alias) => tx.objectStore('aliases').put({ alias, id })),
  ]);
}

/** The profile and evidence records a merged customer is saved as (pure). */
export function customerRecords(
  id: string,
  merged: MergedCustomer,
  diagnostics: string[],
  updatedAt: string,
): { profile: ProfileRecord; evidence: EvidenceRecord } {
  const { profile } = merged;
  return {
    profile: {
      id,
      accountKey: accountKeyOf(profile.key),
      ...(profile.email ? { email: profile.email } : {}),
      profile,
      diagnostics,
      updatedAt,
    },
    evidence: {
      id,
      fields: merged.fields,
      orders: merged.orders.map((o): [string, string] => [o.order.id, o.seenAt]),
    },
  };
}

/** Fold customer `otherId` into `primaryId`; returns the merged customer (already saved). */
export async function absorbInto(
  tx: WriteTx,
  primaryId: string,
  otherId: string,
  updatedAt: string,
): Promise<MergedCustomer | null> {
  const [primary, other] = await Promise.all([
    loadCustomer(tx, primaryId),
    loadCustomer(tx, otherId),
  ]);
  if (!primary || !other) return primary ?? other;
  const merged = absorbCustomer(primary, other);
  const [primaryOverride, otherOverride, otherAliases, otherHistory] = await Promise.all([
    tx.objectStore('overrides').get(primaryId),
    tx.objectStore('overrides').get(otherId),
    tx.objectStore('aliases').index('byTarget').getAll(otherId),
    tx.objectStore('history').index('byCustomer').getAll(otherId),
  ]);
  await Promise.all([
    saveCustomer(
      tx,
      primaryId,
      merged,
      undefined,
      updatedAt,
      otherAliases.map((a) => a.alias),
    ),
    // Staff decisions are never dropped: the absorbed customer's override moves over
    // unless the primary has its own (then the newer one wins).
    ...(otherOverride &&
    (!primaryOverride || otherOverride.override.at > primaryOverride.override.at)
      ? [tx.objectStore('overrides').put({ id: primaryId, override: otherOverride.override })]
      : []),
    ...otherHistory.map((h) => tx.objectStore('history').put({ ...h, id: primaryId })),
    tx.objectStore('overrides').delete(otherId),
    tx.objectStore('classifications').delete(otherId),
    tx.objectStore('profiles').delete(otherId),
    tx.objectStore('evidence').delete(otherId),
  ]);
  return merged;
}
