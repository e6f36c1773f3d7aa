/**
 * Badge look-ups for a whole list page in one transaction. The common case reads only
 * aliases, cached classifications and overrides; a cache entry from another day or
 * settings revision is recomputed on the spot (classify is pure and fast), and an
 * override that expired since is applied (and its change recorded) in the same pass.
 */
import type { BadgeView } from '../domain/views';
import type { CustomerKey } from '../domain/profile';
import { applyOverride } from './apply-override';
import { badgeView } from './badge-view';
import { classifyAndRecord, recordApplied } from './classify-record';
import { resolveIds } from './customer-records';
import type { Env } from './env';
import { normalizeKey } from './keys';
import type { WriteTx } from './tx';

export async function lookupInTx(
  tx: WriteTx,
  keys: CustomerKey[],
  env: Env,
): Promise<(BadgeView | null)[]> {
  return Promise.all(keys.map((key) => lookupOne(tx, key, env)));
}

async function lookupOne(tx: WriteTx, rawKey: CustomerKey, env: Env): Promise<BadgeView | null> {
  const key = normalizeKey(rawKey);
  const [id] = await resolveIds(tx, key);
  if (id === undefined) return null;
  const [cached, overrideRecord] = await Promise.all([
    tx.objectStore('classifications').get(id),
    tx.objectStore('overrides').get(id),
  ]);
  const override = overrideRecord?.override ?? null;
  if (!cached || cached.day !== env.day || cached.settingsRevision !== env.revision) {
    const record = await tx.objectStore('profiles').get(id);
    if (!record) return null;
    const applied = await classifyAndRecord(tx, id, record.profile, record.accountKey, env);
    return badgeView(record.profile.key, applied, env.vocabulary);
  }
  const applied = applyOverride(cached.automatic, override, env.now, env.port, env.settings);
  const shownChanged =
    applied.effective.stage !== cached.shownStage ||
    applied.effective.category !== cached.shownCategory;
  if (shownChanged) await recordApplied(tx, id, cached.automatic, override, cached, env);
  return badgeView(key, applied, env.vocabulary);
}
