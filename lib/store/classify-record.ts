/**
 * Classifying one stored customer inside a transaction: run the engine against the
 * account's context, apply the override, cache the automatic result for the day and
 * settings revision, and append history when the shown stage or category changed.
 */
import type { Profile } from '../domain/profile';
import { applyOverride, type Applied } from './apply-override';
import type { Env } from './env';
import { historyEntries, type Shown } from './history-diff';
import type { Category, Stage } from '../segmentation/types';
import type { ClassificationRecord, HistoryRecord } from './schema';
import type { ReadTx, WriteTx } from './tx';

export async function classifyAndRecord(
  tx: WriteTx,
  id: string,
  profile: Profile,
  accountKey: string,
  env: Env,
  /** The customer was created in this transaction: no override, cache or history to read. */
  isNew = false,
): Promise<Applied> {
  const [context, overrideRecord, previous] = await Promise.all([
    accountContext(tx, accountKey, env),
    isNew ? undefined : tx.objectStore('overrides').get(id),
    isNew ? undefined : tx.objectStore('classifications').get(id),
  ]);
  const automatic = env.port.classify(profile, env.day, env.settings, context);
  const override = overrideRecord?.override ?? null;
  return recordApplied(tx, id, automatic, override, previous, env, isNew);
}

/**
 * The same result as `classifyAndRecord`, computed without writing anything: for a
 * readonly transaction (showing a stored customer when the disk is full, where any
 * write would be refused).
 */
export async function classifyUnrecorded(
  tx: ReadTx,
  id: string,
  profile: Profile,
  accountKey: string,
  env: Env,
): Promise<Applied> {
  const [context, overrideRecord] = await Promise.all([
    accountContext(tx, accountKey, env),
    tx.objectStore('overrides').get(id),
  ]);
  const automatic = env.port.classify(profile, env.day, env.settings, context);
  return applyOverride(
    automatic,
    overrideRecord?.override ?? null,
    env.now,
    env.port,
    env.settings,
  );
}

/** Apply the override to an automatic result, write cache and history, return the result. */
export async function recordApplied(
  tx: WriteTx,
  id: string,
  automatic: ClassificationRecord['automatic'],
  override: Parameters<typeof applyOverride>[1],
  previous: ClassificationRecord | undefined,
  env: Env,
  isNew = false,
): Promise<Applied> {
  const shown = previous
    ? { stage: previous.shownStage, category: previous.shownCategory }
    : isNew
      ? { stage: null, category: null }
      : await lastShownFromHistory(tx, id);
  const { applied, history, classification } = appliedRecords(id, automatic, override, shown, env);
  await Promise.all([
    ...history.map((record) => tx.objectStore('history').add(record)),
    tx.objectStore('classifications').put(classification),
  ]);
  return applied;
}

/**
 * What recording one result writes (pure): the cached classification, and a history
 * entry per change of the shown stage or category since `shown`.
 */
export function appliedRecords(
  id: string,
  automatic: ClassificationRecord['automatic'],
  override: Parameters<typeof applyOverride>[1],
  shown: Shown,
  env: Env,
): { applied: Applied; history: HistoryRecord[]; classification: ClassificationRecord } {
  const applied = applyOverride(automatic, override, env.now, env.port, env.settings);
  const at = env.now.toISOString();
  return {
    applied,
    history: historyEntries(shown, applied, at).map((entry) => ({ id, entry })),
    classification: {
      id,
      automatic,
      day: env.day,
      settingsRevision: env.revision,
      shownStage: applied.effective.stage,
      shownCategory: applied.effective.category,
    },
  };
}

/**
 * Without a cached result (a new customer, or after a cache rebuild or a restore), the
 * last shown stage and category are the newest history entries: deriving them there
 * keeps a rebuilt cache from writing a spurious "nothing → X" entry into the history.
 */
async function lastShownFromHistory(tx: ReadTx, id: string): Promise<Shown> {
  return lastShownOf(await tx.objectStore('history').index('byCustomer').getAll(id));
}

/** The newest stage and category among one customer's history records. */
export function lastShownOf(records: HistoryRecord[]): Shown {
  const entries = [...records].sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  const last = (field: 'stage' | 'category') =>
    entries.findLast((h) => h.entry.field === field)?.entry.to ?? null;
  return { stage: last('stage') as Stage | null, category: last('category') as Category | null };
}

async function accountContext(tx: ReadTx, accountKey: string, env: Env): Promise<unknown> {
  if (env.contexts.has(accountKey)) return env.contexts.get(accountKey) ?? null;
  const context = (await tx.objectStore('accounts').get(accountKey))?.context ?? null;
  env.contexts.set(accountKey, context);
  return context;
}
