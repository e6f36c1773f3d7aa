/**
 * Walks every stored customer (optionally one account) with its result brought up to
 * date — today, the current settings — and the override applied. The one loop behind
 * the classifications CSV and the dashboard's customer list, so both always agree.
 */
import type { Classification } from '../segmentation/types';
import { applyOverride, type Applied } from './apply-override';
import { classifyAndRecord } from './classify-record';
import type { Env } from './env';
import type { ProfileRecord, StoreName } from './schema';
import type { WriteTx } from './tx';

/** What a whole-store query reads, and what refreshing a stale cached result writes. */
export const EFFECTIVE_STORES: StoreName[] = [
  'profiles',
  'classifications',
  'overrides',
  'accounts',
  'history',
];

export interface EffectiveCustomer {
  record: ProfileRecord;
  automatic: Classification;
  applied: Applied;
}

export async function effectiveCustomersInTx(
  tx: WriteTx,
  env: Env,
  accountKey?: string,
): Promise<EffectiveCustomer[]> {
  const profiles = accountKey
    ? await tx.objectStore('profiles').index('byAccount').getAll(accountKey)
    : await tx.objectStore('profiles').getAll();
  // All customers' requests in flight together: one round trip per step, not per customer.
  return Promise.all(
    profiles.map(async (record): Promise<EffectiveCustomer> => {
      const [cached, overrideRecord] = await Promise.all([
        tx.objectStore('classifications').get(record.id),
        tx.objectStore('overrides').get(record.id),
      ]);
      const fresh = cached && cached.day === env.day && cached.settingsRevision === env.revision;
      if (fresh) {
        const override = overrideRecord?.override ?? null;
        const applied = applyOverride(cached.automatic, override, env.now, env.port, env.settings);
        return { record, automatic: cached.automatic, applied };
      }
      const applied = await classifyAndRecord(
        tx,
        record.id,
        record.profile,
        record.accountKey,
        env,
      );
      const automatic = (await tx.objectStore('classifications').get(record.id))?.automatic;
      return { record, automatic: automatic ?? applied.effective, applied };
    }),
  );
}
