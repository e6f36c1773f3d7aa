/**
 * The customer named in a page's URL query (`?crm=…&account=…&id=…` or `&email=…`).
 * Tests open the side panel and popup as tabs this way, and the dashboard links to
 * them. Values are bounded like the profile schema bounds them, so a hostile link
 * cannot hand the background a megabyte of key.
 */
import type { CustomerKey } from '../../lib/domain/profile';

const LIMITS = { crm: 60, account: 200, id: 100, email: 320 } as const;

export function keyFromQuery(search: string): CustomerKey | null {
  const params = new URLSearchParams(search);
  const value = (name: keyof typeof LIMITS) => {
    const raw = params.get(name)?.trim();
    return raw && raw.length <= LIMITS[name] ? raw : undefined;
  };
  const crm = value('crm');
  const account = value('account');
  const id = value('id');
  const email = value('email')?.toLowerCase();
  if (!crm || !account || (!id && !email)) return null;
  return { crm, account, ...(id ? { id } : {}), ...(email ? { email } : {}) };
}

export function queryFromKey(key: CustomerKey): string {
  const params = new URLSearchParams({ crm: key.crm, account: key.account });
  if (key.id) params.set('id', key.id);
  if (key.email) params.set('email', key.email);
  return `?${params.toString()}`;
}

/** A stable string for a key, for React-style keys and comparisons (no zod import). */
export function keyId(key: CustomerKey): string {
  return `${key.crm}|${key.account}|${key.id ?? ''}|${key.email ?? ''}`;
}
