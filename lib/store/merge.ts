/**
 * Merging one page's view of a customer into the stored profile (pure). Rules:
 * - a field keeps its newest observation, with that observation's page, URL and time
 *   as evidence; an observation older than the stored one only fills gaps;
 * - a field the page did not read (absent, or blank text) never blanks a stored value;
 * - orders dedupe by id and a summary only grows (see merge-orders.ts);
 * - the key gains an id or e-mail when a page shows one, and never loses one.
 */
import { isProvisionalKey } from '../crms/woocommerce/provisional';
import type { CustomerKey, Profile } from '../domain/profile';
import { normalizeEmail, normalizeKey } from './keys';
import { mergeOrders, mergeSummary, type SeenOrder } from './merge-orders';
import type { EvidenceEntry } from './schema';
import { isNewer } from './time';

export interface Source {
  page: string;
  url: string;
  seenAt: string;
}

/** A profile with the evidence behind each field, as merge reads and writes it. */
export interface MergedCustomer {
  profile: Profile;
  fields: EvidenceEntry[];
  orders: SeenOrder[];
}

/** Every field merged by "newest observation wins"; key, orders and summary have own rules. */
export const SCALAR_FIELDS = [
  'name',
  'email',
  'tickets',
  'openTickets',
  'latePayments',
  'unpaidBalance',
  'referrals',
  'nps',
  'crmStage',
  'leadStatus',
  'tags',
  'openDealAmount',
  'disqualified',
  'lastActivityAt',
  'rfmGroup',
  'note',
] as const satisfies readonly (keyof Profile)[];

export function mergeCustomer(
  stored: MergedCustomer | null,
  observed: Profile,
  source: Source,
): MergedCustomer {
  const evidence = new Map<string, EvidenceEntry>();
  for (const entry of stored?.fields ?? []) evidence.set(entry.field, entry);
  const profile: Record<string, unknown> = { ...(stored?.profile ?? {}) };
  const prove = (field: string) => evidence.set(field, { field, ...source });
  // Evidence names the newest page that showed a field, whatever order pages arrive in.
  const proveIfNewest = (field: string) => {
    const previous = evidence.get(field);
    if (!previous || !isNewer(previous.seenAt, source.seenAt)) prove(field);
  };

  for (const field of SCALAR_FIELDS) {
    let value: unknown = observed[field];
    if (field === 'email')
      value = normalizeEmail(observed.email) ?? normalizeEmail(observed.key.email);
    if (!isPresent(value)) continue;
    const previous = evidence.get(field);
    if (previous && isNewer(previous.seenAt, source.seenAt) && profile[field] !== undefined)
      continue;
    profile[field] = value;
    prove(field);
  }

  // The key's e-mail follows the newest e-mail observation, like any other field.
  const key = mergeKey(stored?.profile.key, observed.key, profile.email as string | undefined);
  profile.key = key;

  const orders = mergeOrders(stored?.orders ?? [], observed.orders ?? [], source.seenAt);
  if (orders.length > 0) profile.orders = orders.map((entry) => entry.order);
  if (observed.orders && observed.orders.length > 0) proveIfNewest('orders');

  const summary = mergeSummary(stored?.profile.summary, observed.summary);
  if (summary) profile.summary = summary;
  for (const [field, value] of Object.entries(observed.summary ?? {})) {
    if (value !== undefined && value === summary?.[field as keyof typeof summary]) {
      proveIfNewest(`summary.${field}`);
    }
  }

  return { profile: profile as Profile, fields: [...evidence.values()], orders };
}

function mergeKey(
  stored: CustomerKey | undefined,
  observed: CustomerKey,
  mergedEmail: string | undefined,
): CustomerKey {
  const next = normalizeKey(observed);
  // The canonical id stays the first one seen: another id with the same e-mail is an alias.
  // A provisional id (a buyer's name) never becomes the id of a customer known otherwise.
  const adopt = !stored || !isProvisionalKey(next) || isProvisionalKey(stored);
  const id = stored?.id ?? (adopt ? next.id : undefined);
  const email = mergedEmail ?? next.email ?? stored?.email;
  return {
    crm: stored?.crm ?? next.crm,
    account: stored?.account ?? next.account,
    ...(id !== undefined ? { id } : {}),
    ...(email !== undefined ? { email } : {}),
  };
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return Number.isFinite(value);
  return true;
}
