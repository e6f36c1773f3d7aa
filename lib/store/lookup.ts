/**
 * Badge look-ups for a whole list page. The common case reads only aliases, cached
 * classifications and overrides, in a readonly transaction (`lookupCachedInTx`). A key
 * whose cached entry is from another day or settings revision, or whose shown result
 * changed since (an override expired), needs a write: those keys go through
 * `lookupInTx` in a readwrite transaction, which recomputes them (classify is pure and
 * fast) and records the change.
 */
import type { BadgeView } from '../domain/views';
import type { CustomerKey } from '../domain/profile';
import { applyOverride, type Applied } from './apply-override';
import { badgeView } from './badge-view';
import { classifyAndRecord, recordApplied } from './classify-record';
import { resolveIds } from './customer-records';
import type { Env } from './env';
import { normalizeKey } from './keys';
import type { ClassificationRecord, StoreName } from './schema';
import type { ReadTx, WriteTx } from './tx';

/** What the readonly pass reads, and what a recomputing look-up also reads or writes. */
export const LOOKUP_READ_STORES: StoreName[] = ['aliases', 'classifications', 'overrides'];
export const LOOKUP_WRITE_STORES: StoreName[] = [
  ...LOOKUP_READ_STORES,
  'profiles',
  'accounts',
  'history',
];

/** A key the readonly pass cannot answer without writing. */
export const NEEDS_WRITE = Symbol('needs-write');

export async function lookupCachedInTx(
  tx: ReadTx,
  keys: CustomerKey[],
  env: Env,
): Promise<(BadgeView | null | typeof NEEDS_WRITE)[]> {
  return Promise.all(keys.map((key) => lookupCached(tx, key, env)));
}

async function lookupCached(
  tx: ReadTx,
  rawKey: CustomerKey,
  env: Env,
): Promise<BadgeView | null | typeof NEEDS_WRITE> {
  const key = normalizeKey(rawKey);
  const stored = await readStored(tx, key);
  if (!stored) return null;
  const { cached, override } = stored;
  if (!isCurrent(cached, env)) return NEEDS_WRITE;
  const applied = applyOverride(cached.automatic, override, env.now, env.port, env.settings);
  return shownChanged(applied, cached) ? NEEDS_WRITE : badgeView(key, applied, env.vocabulary);
}

/** The canonical id, cached result and override of a key; null when nobody is stored under it. */
async function readStored(tx: ReadTx, key: CustomerKey) {
  const [id] = await resolveIds(tx, key);
  if (id === undefined) return null;
  const [cached, overrideRecord] = await Promise.all([
    tx.objectStore('classifications').get(id),
    tx.objectStore('overrides').get(id),
  ]);
  return { id, cached, override: overrideRecord?.override ?? null };
}

const isCurrent = (
  cached: ClassificationRecord | undefined,
  env: Env,
): cached is ClassificationRecord =>
  cached !== undefined && cached.day === env.day && cached.settingsRevision === env.revision;

const shownChanged = (applied: Applied, cached: ClassificationRecord) =>
  applied.effective.stage !== cached.shownStage ||
  applied.effective.category !== cached.shownCategory;

export async function lookupInTx(
  tx: WriteTx,
  keys: CustomerKey[],
  env: Env,
): Promise<(BadgeView | null)[]> {
  return Promise.all(keys.map((key) => lookupOne(tx, key, env)));
}

async function lookupOne(tx: WriteTx, rawKey: CustomerKey, env: Env): Promise<BadgeView | null> {
  const key = normalizeKey(rawKey);
  const stored = await readStored(tx, key);
  if (!stored) return null;
  const { id, cached, override } = stored;
  if (!isCurrent(cached, env)) {
    const record = await tx.objectStore('profiles').get(id);
    if (!record) return null;
    const applied = await classifyAndRecord(tx, id, record.profile, record.accountKey, env);
    return badgeView(record.profile.key, applied, env.vocabulary);
  }
  const applied = applyOverride(cached.automatic, override, env.now, env.port, env.settings);
  if (shownChanged(applied, cached))
    await recordApplied(tx, id, cached.automatic, override, cached, env);
  return badgeView(key, applied, env.vocabulary);
}
