/**
 * Folding a file's rows into one profile per customer in constant time per row (a
 * 50 MB orders export has half a million rows): later non-blank values win, the summary
 * keeps the larger figures, and orders dedupe by id, a repeated order filling the gaps
 * of the first. Evidence is not kept here: the whole file is one source, recorded when
 * the profiles are written (commit.ts).
 */
import type { Order, Profile } from '../../domain/profile';
import { aliasesOf } from '../keys';
import { compareOrders, definedOnly, mergeSummary } from '../merge-orders';

interface Pending {
  profile: Profile;
  orders: Map<string, Order>;
}

export class ImportAccumulator {
  private readonly customers = new Map<string, Pending>();
  /** Alias (id or e-mail key) → the group a customer was first filed under. */
  private readonly groups = new Map<string, string>();

  add(row: Profile): void {
    const aliases = aliasesOf(row.key);
    const group =
      aliases.map((a) => this.groups.get(a)).find((g) => g !== undefined) ?? aliases[0]!;
    for (const alias of aliases) if (!this.groups.has(alias)) this.groups.set(alias, group);
    const pending = this.customers.get(group);
    if (!pending) {
      const orders = new Map((row.orders ?? []).map((o) => [o.id, o] as const));
      this.customers.set(group, { profile: { ...row }, orders });
      return;
    }
    const profile = pending.profile as Record<string, unknown>;
    // A plain loop, not spreads: this runs once per row of files with 500,000 rows.
    for (const field in row) {
      if (field === 'key' || field === 'orders' || field === 'summary') continue;
      const value = (row as Record<string, unknown>)[field];
      if (value !== undefined) profile[field] = value;
    }
    const key = pending.profile.key;
    if (!key.id && row.key.id) pending.profile.key = { ...key, id: row.key.id };
    if (!key.email && row.key.email)
      pending.profile.key = { ...pending.profile.key, email: row.key.email };
    if (row.summary) {
      const merged = mergeSummary(pending.profile.summary, row.summary);
      if (merged) pending.profile.summary = merged;
    }
    for (const order of row.orders ?? []) {
      const known = pending.orders.get(order.id);
      pending.orders.set(order.id, known ? { ...known, ...definedOnly(order) } : order);
    }
  }

  get size(): number {
    return this.customers.size;
  }

  profiles(): Profile[] {
    return [...this.customers.values()].map(({ profile, orders }) => {
      if (orders.size === 0) return profile;
      return { ...profile, orders: [...orders.values()].sort(compareOrders) };
    });
  }
}
