/**
 * Everything the side panel shows about one customer: the merged profile, the automatic
 * and effective results, the override, the path up the ladder (history, oldest first),
 * the evidence behind each field, and the same person in other CRMs (linked by e-mail,
 * on this machine only).
 */
import type { CustomerDetail } from '../domain/views';
import type { CustomerKey } from '../domain/profile';
import type { Applied } from './apply-override';
import { classifyAndRecord, classifyUnrecorded } from './classify-record';
import { resolveIds } from './customer-records';
import type { Env } from './env';
import { normalizeKey } from './keys';
import type { ProfileRecord, StoreName } from './schema';
import type { ReadTx, WriteTx } from './tx';

/** Stores the detail reads, and the ones a recorded classification also writes. */
export const DETAIL_READ_STORES: StoreName[] = [
  'aliases',
  'profiles',
  'overrides',
  'accounts',
  'history',
  'evidence',
];
export const DETAIL_STORES: StoreName[] = [...DETAIL_READ_STORES, 'classifications'];

/** The detail, its result computed afresh and recorded (cache and history). */
export function customerDetailInTx(
  tx: WriteTx,
  key: CustomerKey,
  env: Env,
): Promise<CustomerDetail | null> {
  return detailOf(tx, key, (id, record) =>
    classifyAndRecord(tx, id, record.profile, record.accountKey, env),
  );
}

/** The same detail with nothing written: when the disk is full, in a readonly transaction. */
export function customerDetailUnrecorded(
  tx: ReadTx,
  key: CustomerKey,
  env: Env,
): Promise<CustomerDetail | null> {
  return detailOf(tx, key, (id, record) =>
    classifyUnrecorded(tx, id, record.profile, record.accountKey, env),
  );
}

async function detailOf(
  tx: ReadTx,
  rawKey: CustomerKey,
  classify: (id: string, record: ProfileRecord) => Promise<Applied>,
): Promise<CustomerDetail | null> {
  const [id] = await resolveIds(tx, normalizeKey(rawKey));
  if (id === undefined) return null;
  const record = await tx.objectStore('profiles').get(id);
  if (!record) return null;
  // Always fresh: the side panel shows one customer, and must reflect today and the settings.
  const applied = await classify(id, record);
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
