/**
 * Provisional customers and the orders that name their real customer. A list row that shows
 * an order and only its buyer's name is keyed provisionally (lib/crms/woocommerce/
 * provisional.ts). The store remembers which customer holds each order (an alias
 * `<crm>|<account>|order:<id>`), so that:
 * - a provisional row whose order is already known (from an order page, an import, a
 *   filtered list) is merged into that order's real customer instead;
 * - when an order held by a provisional customer is seen with a customer id or e-mail, the
 *   real customer absorbs the provisional one, and the name alias is dropped, so the next
 *   unknown order under that name starts a new provisional customer rather than being
 *   credited to somebody by name alone.
 */
import { isProvisionalKey } from '../crms/woocommerce/provisional';
import type { CustomerKey, Profile } from '../domain/profile';
import { absorbInto } from './customer-records';
import { aliasesOf } from './keys';
import type { WriteTx } from './tx';

/** The alias that names the customer holding one order. */
export function orderAlias(key: CustomerKey, orderId: string): string {
  return `${key.crm}|${key.account}|order:${orderId}`;
}

type Row = Profile | null;

/** Rows with a provisional key whose order the store knows, re-keyed to its customer. */
export async function attributeKnownOrders(tx: WriteTx, rows: Row[]): Promise<Row[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (!row || !isProvisionalKey(row.key) || !row.orders?.length) return row;
      const owners = await Promise.all(
        row.orders.map((o) => tx.objectStore('aliases').get(orderAlias(row.key, o.id))),
      );
      for (const owner of owners) {
        const record = owner ? await tx.objectStore('profiles').get(owner.id) : undefined;
        // The buyer's billing name is not the customer's name: only the orders carry over.
        if (record && !isProvisionalKey(record.profile.key)) {
          return { key: record.profile.key, orders: row.orders };
        }
      }
      return row;
    }),
  );
}

/**
 * After the merge: each order now names the customer its row was merged into, and a real
 * customer absorbs any provisional customer that held one of its orders. True when
 * customers were joined (results of keys the page did not show may have changed).
 */
export async function recordOrderOwners(
  tx: WriteTx,
  rows: readonly Row[],
  ids: readonly (string | null)[],
  seenAt: string,
): Promise<boolean> {
  let joined = false;
  for (const [i, row] of rows.entries()) {
    const id = ids[i];
    if (!row || !id || !row.orders?.length) continue;
    const provisional = isProvisionalKey(row.key);
    const aliases = row.orders.map((o) => orderAlias(row.key, o.id));
    const owners = await Promise.all(aliases.map((a) => tx.objectStore('aliases').get(a)));
    for (const [j, alias] of aliases.entries()) {
      const owner = owners[j];
      if (owner && owner.id !== id) {
        // A provisional row never takes an order from the customer already holding it.
        if (provisional) continue;
        const held = await tx.objectStore('profiles').get(owner.id);
        if (held && isProvisionalKey(held.profile.key)) {
          await absorbInto(tx, id, owner.id, seenAt);
          await Promise.all(
            aliasesOf(held.profile.key).map((a) => tx.objectStore('aliases').delete(a)),
          );
          joined = true;
        }
      }
      await tx.objectStore('aliases').put({ alias, id });
    }
  }
  return joined;
}
