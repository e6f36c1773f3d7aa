/**
 * Customer keys as strings. A customer may be known by its CRM id, its e-mail, or both;
 * each known form becomes an alias pointing at one canonical id, so a lookup by either
 * finds the same profile. E-mails are compared trimmed and lower-cased.
 */
import { customerKeyString, type CustomerKey } from '../domain/profile';

export function normalizeEmail(email: string | undefined): string | undefined {
  const trimmed = email?.trim().toLowerCase();
  return trimmed ? trimmed : undefined;
}

/** The key with its e-mail normalized and an empty id dropped. */
export function normalizeKey(key: CustomerKey, fallbackEmail?: string): CustomerKey {
  const id = key.id?.trim() ? key.id.trim() : undefined;
  const email = normalizeEmail(key.email) ?? normalizeEmail(fallbackEmail);
  return {
    crm: key.crm,
    account: key.account,
    ...(id !== undefined ? { id } : {}),
    ...(email !== undefined ? { email } : {}),
  };
}

/** Every key string this key is known by: the id form first, then the e-mail form. */
export function aliasesOf(key: CustomerKey): string[] {
  const aliases: string[] = [];
  if (key.id) aliases.push(customerKeyString({ crm: key.crm, account: key.account, id: key.id }));
  const email = normalizeEmail(key.email);
  if (email) aliases.push(customerKeyString({ crm: key.crm, account: key.account, email }));
  return aliases;
}

/** True when the key names somebody: an id or an e-mail. */
export function isAddressable(key: CustomerKey): boolean {
  return aliasesOf(key).length > 0;
}

/** The UTC calendar day of a time, YYYY-MM-DD: classification caches are valid for one day. */
export function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}
