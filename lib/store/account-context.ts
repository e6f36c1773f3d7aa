/**
 * Per-account contexts (the percentile thresholds the category rules compare against).
 * Building one reads every profile of the account, so it is cached and rebuilt only
 * when it was built under other settings, when the account has grown by at least 10 %
 * since, or when a full reclassification asks for it.
 *
 * A page read does not wait for a rebuild that growth alone asks for: on an account of
 * 100,000 customers reading them all and refitting the model takes seconds, which the
 * badges on the page would wait for. It classifies with the context it has (10 % older)
 * and the store rebuilds that context right after, in its own transaction.
 */
import type { Env } from './env';
import type { WriteTx } from './tx';

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

export async function ensureAccountContext(
  tx: WriteTx,
  accountKey: string,
  env: Env,
  force = false,
): Promise<void> {
  const [built, count] = await Promise.all([
    tx.objectStore('accounts').get(accountKey),
    tx.objectStore('profiles').index('byAccount').count(accountKey),
  ]);
  if (!force && built && !needsRebuild(built, count, env.revision)) {
    env.contexts.set(accountKey, built.context);
    return;
  }
  if (!force && built && built.settingsRevision === env.revision && env.deferContextRebuilds) {
    env.contexts.set(accountKey, built.context);
    env.staleContexts.add(accountKey);
    return;
  }
  const records = await tx.objectStore('profiles').index('byAccount').getAll(accountKey);
  const context = env.port.buildAccountContext(
    records.map((r) => r.profile),
    env.settings,
    env.day,
  );
  env.contexts.set(accountKey, context);
  await tx.objectStore('accounts').put({
    id: accountKey,
    context,
    customerCount: records.length,
    settingsRevision: env.revision,
    builtAt: env.now.toISOString(),
  });
}
