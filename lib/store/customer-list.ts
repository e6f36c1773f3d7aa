/**
 * The dashboard's view of the store: every customer (or one account's) with the shown
 * result and the figures the charts need, plus the accounts Rung knows.
 */
import type { AccountRef, CustomerRow } from '../domain/views';
import type { CustomerListFilter } from './api';
import { EFFECTIVE_STORES, effectiveCustomersInTx, type EffectiveCustomer } from './effective-all';
import type { Env } from './env';
import type { EvidenceRecord, StoreName } from './schema';
import type { WriteTx } from './tx';

export const CUSTOMER_LIST_STORES: StoreName[] = [...EFFECTIVE_STORES, 'evidence'];

/** The newest page the customer was read on (imports have no page to go back to). */
function lastPageUrl(evidence: EvidenceRecord | undefined): string | null {
  let best: { url: string; seenAt: string } | null = null;
  for (const entry of evidence?.fields ?? []) {
    if (!/^https?:/.test(entry.url)) continue;
    if (!best || entry.seenAt > best.seenAt) best = entry;
  }
  return best?.url ?? null;
}

function toRow({ record, applied }: EffectiveCustomer, url: string | null): CustomerRow {
  const shown = applied.effective;
  const { metrics } = shown;
  return {
    key: record.profile.key,
    name: record.profile.name ?? null,
    email: record.profile.email ?? record.email ?? null,
    stage: shown.stage,
    category: shown.category,
    overridden: applied.overridden,
    orderCount: metrics.orderCount,
    netRevenue: metrics.netRevenue,
    profit: metrics.profit,
    lastOrderAt: metrics.lastOrderAt,
    currency: metrics.currency,
    url,
    pAlive: shown.prediction?.pAlive ?? null,
    value12m: shown.prediction?.value12m ?? null,
  };
}

export async function listCustomersInTx(
  tx: WriteTx,
  env: Env,
  filter: CustomerListFilter = {},
): Promise<{ accounts: AccountRef[]; rows: CustomerRow[] }> {
  const accountKey = filter.crm && filter.account ? `${filter.crm}|${filter.account}` : undefined;
  const customers = await effectiveCustomersInTx(tx, env, accountKey);
  const rows: CustomerRow[] = [];
  for (const customer of customers) {
    const evidence = await tx.objectStore('evidence').get(customer.record.id);
    rows.push(toRow(customer, lastPageUrl(evidence)));
  }
  const counts = new Map<string, AccountRef>();
  for (const record of await tx.objectStore('profiles').getAll()) {
    const { crm, account } = record.profile.key;
    const ref = counts.get(record.accountKey) ?? { crm, account, customers: 0 };
    ref.customers += 1;
    counts.set(record.accountKey, ref);
  }
  return { accounts: [...counts.values()], rows };
}
