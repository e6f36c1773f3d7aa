/**
 * Per-account contexts (the percentile thresholds the category rules compare against).
 * Building one reads every profile of the account, so it is cached and rebuilt only
 * when it was built under other settings, when the account has grown by at least 10 %
 * since, or when a full reclassification asks for it.
 *
 * A page read does not wait for a rebuild that growth alone asks for: on an account of
 * 100,000 customers reading them all and refitting the model takes seconds, which the
 * badges on the page would wait for. It classifies with the context it has (10 % older)
 * and the store rebuilds that context right after with `rebuildAccountContextApart`:
 * the profiles are read in a read-only transaction and the refit runs outside any
 * transaction, so page reads and look-ups queue only behind the short read and write.
 */
import type { Profile } from '../domain/profile';
import type { RungDatabase } from './db';
import type { Env } from './env';
import type { AccountRecord } from './schema';
import { inTransaction, readTransaction, type WriteTx } from './tx';

export const GROWTH_TO_REBUILD = 1.1;

export function needsRebuild(
  built: { customerCount: number; settingsRevision: number } | undefined,
  customerCount: number,
  revision: number,
): boolean {
  if (!built) return true;
  if (built.settingsRevision !== revision) return true;
  return (
    customerCount >= Math.max(built.customerCount * GROWTH_TO_REBUILD, built.customerCount + 1)
  );
}

/**
 * How a call treats a context that is stale only because its account grew: rebuild it
 * now (a reclassification, an import), or use it as it is and report it (a page read,
 * which must not wait for the refit; the store rebuilds it apart afterwards).
 */
export type GrowthRebuild = 'now' | 'defer';

/**
 * Make the account's context usable in this call (into `env.contexts`). Returns
 * 'deferred' when a growth-only rebuild was left for later (`growth: 'defer'`).
 */
export async function ensureAccountContext(
  tx: WriteTx,
  accountKey: string,
  env: Env,
  growth: GrowthRebuild = 'now',
  force = false,
): Promise<'ready' | 'deferred'> {
  const [built, count] = await Promise.all([
    tx.objectStore('accounts').get(accountKey),
    tx.objectStore('profiles').index('byAccount').count(accountKey),
  ]);
  if (!force && built && !needsRebuild(built, count, env.revision)) {
    env.contexts.set(accountKey, built.context);
    return 'ready';
  }
  if (!force && built && built.settingsRevision === env.revision && growth === 'defer') {
    env.contexts.set(accountKey, built.context);
    return 'deferred';
  }
  const records = await tx.objectStore('profiles').index('byAccount').getAll(accountKey);
  const rebuilt = buildRecord(
    accountKey,
    records.map((r) => r.profile),
    env,
  );
  env.contexts.set(accountKey, rebuilt.context);
  await tx.objectStore('accounts').put(rebuilt);
  return 'ready';
}

/** A freshly built context of `profiles`, as the accounts store keeps it. */
export function buildRecord(accountKey: string, profiles: Profile[], env: Env): AccountRecord {
  return {
    id: accountKey,
    context: env.port.buildAccountContext(profiles, env.settings, env.day),
    customerCount: profiles.length,
    settingsRevision: env.revision,
    builtAt: env.now.toISOString(),
  };
}

/** The deferred rebuild after a page read (see above): no transaction held while it fits. */
export async function rebuildAccountContextApart(
  db: RungDatabase,
  accountKey: string,
  env: Env,
): Promise<void> {
  const records = await readTransaction(db, ['profiles'], (tx) =>
    tx.objectStore('profiles').index('byAccount').getAll(accountKey),
  );
  const fresh = buildRecord(
    accountKey,
    records.map((r) => r.profile),
    env,
  );
  await inTransaction(db, ['accounts'], async (tx) => {
    const current = await tx.objectStore('accounts').get(accountKey);
    // A reclassification under newer settings, or a rebuild over more customers, may
    // have written a better context while this one was fitted.
    if (
      current &&
      (current.settingsRevision > env.revision ||
        (current.settingsRevision === env.revision && current.customerCount > fresh.customerCount))
    )
      return;
    await tx.objectStore('accounts').put(fresh);
  });
}
