/**
 * Classifying one stored customer inside a transaction: run the engine against the
 * account's context, apply the override, cache the automatic result for the day and
 * settings revision, and append history when the shown stage or category changed.
 */
import type { Profile } from '../profile';
import { applyOverride, type Applied } from './apply-override';
import type { Env } from './env';
import { historyEntries } from './history-diff';
import type { ClassificationRecord } from './schema';
import type { WriteTx } from './tx';

export async function classifyAndRecord(
  tx: WriteTx,
  id: string,
  profile: Profile,
  accountKey: string,
  env: Env,
): Promise<Applied> {
  const [account, overrideRecord, previous] = await Promise.all([
    tx.objectStore('accounts').get(accountKey),
    tx.objectStore('overrides').get(id),
    tx.objectStore('classifications').get(id),
  ]);
  const automatic = env.port.classify(profile, env.day, env.settings, account?.context ?? null);
  return recordApplied(tx, id, automatic, overrideRecord?.override ?? null, previous, env);
}

/** Apply the override to an automatic result, write cache and history, return the result. */
export async function recordApplied(
  tx: WriteTx,
  id: string,
  automatic: ClassificationRecord['automatic'],
  override: Parameters<typeof applyOverride>[1],
  previous: ClassificationRecord | undefined,
  env: Env,
): Promise<Applied> {
  const applied = applyOverride(automatic, override, env.now, env.port, env.settings);
  const shown = { stage: previous?.shownStage ?? null, category: previous?.shownCategory ?? null };
  const at = env.now.toISOString();
  const writes: Promise<unknown>[] = historyEntries(shown, applied, at).map((entry) =>
    tx.objectStore('history').add({ id, entry }),
  );
  writes.push(
    tx.objectStore('classifications').put({
      id,
      automatic,
      day: env.day,
      settingsRevision: env.revision,
      shownStage: applied.effective.stage,
      shownCategory: applied.effective.category,
    }),
  );
  await Promise.all(writes);
  return applied;
}
