/**
 * Provisional customers: the buyer of an order on WooCommerce's unfiltered orders list,
 * where a row shows the order and the buyer's billing name but no customer id or e-mail
 * (ListTable::render_order_number_column()). Such a buyer is keyed by name within the shop,
 * marked so that Rung can tell it apart (and say so) and fold it into the real customer as
 * soon as one of its orders is seen with an id or an e-mail. WooCommerce's own ids are
 * digits only, so the prefix never collides with one.
 */
import type { CustomerKey } from '../../domain/profile';
import { labelKey } from '../../reading/select';

export const PROVISIONAL_ID_PREFIX = 'buyer-name:';

/** The id field's cap (lib/profile.ts customerKeySchema). */
const ID_MAX = 100;

/** A provisional key for the buyer named `name` at `account`; null for an empty name. */
export function provisionalKey(account: string, name: string): CustomerKey | null {
  const folded = labelKey(name);
  if (!folded) return null;
  const id = `${PROVISIONAL_ID_PREFIX}${folded}`;
  return { crm: 'woocommerce', account, id: Array.from(id).slice(0, ID_MAX).join('') };
}

export function isProvisionalKey(key: CustomerKey): boolean {
  return key.crm === 'woocommerce' && !key.email && !!key.id?.startsWith(PROVISIONAL_ID_PREFIX);
}
