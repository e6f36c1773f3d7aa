/**
 * A stable string for a customer key: the CRM id when known, else the e-mail. Kept apart
 * from ./profile.ts so the content script can use it without bundling zod.
 */
import type { CustomerKey } from './profile';

export function customerKeyString(key: CustomerKey): string {
  return `${key.crm}|${key.account}|${key.id ? `id:${key.id}` : `email:${key.email ?? ''}`}`;
}
