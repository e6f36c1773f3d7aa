/**
 * Everything the side panel shows about one customer: the merged profile, the automatic
 * and effective results, the override, the path up the ladder (history, oldest first),
 * the evidence behind each field, and the same person in other CRMs (linked by e-mail,
 * on this machine only).
 */
import type { CustomerDetail } from '../domain/views';
import type { CustomerKey } from '../domain/profile';
import { classifyAndRecord } from './classify-record';
import { resolveIds } from './customer-records';
import type { Env } from './env';
import { normalizeKey } from './keys';
import type { WriteTx } from './tx';

export async function customerDetailInTx(
  tx: WriteTx,
  rawKey: CustomerKey,
  env: Env,
): Promise<CustomerDetail | null> {
  const [id] = await resolveIds(tx, normalizeKey(rawKey));
  if (id === undefined) return null;
  const record = await tx.objectStore('profiles').get(id);
  if (!record) return null;
  // Always fresh: the side panel shows one customer, and must reflect today and the settings.
  const applied = await classifyAndRecord(tx, id, record.profile, record.accountKey, env);
  const [history, evidence, sameEmail] = await Promise.all([
    tx.objectStore('history').index('byCustomer').getAll(id),
    tx.objectStore('evidence').get(id),
    record.email
      ? tx.objectStore('profiles').index('byEmail').getAll(record.email)
      : Promise.resolve([]),
  ]);
  return {
    key: record.profile.key,
    profile: record.profile,
    // Today's automatic result as just computed (on a full disk nothing was recorded, so
    // the cached one may be from another day or settings revision).
    automatic: applied.automatic,
    effective: applied.effective,
    // An expired override no longer applies; its effect stays visible in the history.
    override: applied.active,
    history: history.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0)).map((h) => h.entry),
    evidence: evidence?.fields ?? [],
    linked: sameEmail.filter((other) => other.id !== id).map((other) => other.profile.key),
    prediction: applied.effective.prediction ?? null,
    diagnostics: record.diagnostics,
  };
}
