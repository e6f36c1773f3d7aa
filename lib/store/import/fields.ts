/**
 * The fields an import row can fill: the vocabulary every header map (formats.ts) and
 * every user-chosen mapping (mapping.ts) translate columns into. The options page shows
 * each by its name in the user's language (`import_field_<id>` in _locales).
 */
export const CUSTOMER_FIELDS = [
  'customerId',
  'email',
  'phone',
  'firstName',
  'lastName',
  'fullName',
  'orderCount',
  'totalSpent',
  'lastOrderAt',
  'lastOrderTotal',
  'tags',
  'note',
  'lifecycleStage',
  'leadStatus',
  'lastActivityAt',
  'nps',
  'dealCount',
] as const;

export const ORDER_FIELDS = [
  'orderId',
  'orderNumber',
  'placedAt',
  'total',
  'currency',
  'status',
  'discount',
  'refunded',
  'cancelledAt',
] as const;

/** A HubSpot deals export: one deal per row, its contacts in association columns. */
export const DEAL_FIELDS = ['dealId', 'dealStage', 'amount', 'closedAt', 'contacts'] as const;

export const IMPORT_FIELDS = [...CUSTOMER_FIELDS, ...ORDER_FIELDS, ...DEAL_FIELDS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type ImportKind = 'customers' | 'orders' | 'deals';

/** The fields the mapping step offers for a kind of file. */
export function fieldsOf(kind: ImportKind): readonly ImportField[] {
  if (kind === 'orders') return [...CUSTOMER_FIELDS, ...ORDER_FIELDS];
  if (kind === 'deals') return [...DEAL_FIELDS, 'email', 'currency'];
  return CUSTOMER_FIELDS;
}

/** A missing piece, as a message key of the options page and its English text. */
export interface Missing {
  key: string;
  text: string;
}

/** What a row needs before it can become a profile. */
export function missingRequired(
  kind: ImportKind,
  mapped: ReadonlySet<ImportField>,
  options: { nameKeys?: boolean } = {},
): Missing[] {
  const missing: Missing[] = [];
  if (kind === 'deals') {
    if (!mapped.has('dealId')) missing.push({ key: 'dealId', text: 'the deal id column' });
    if (!mapped.has('dealStage')) missing.push({ key: 'dealStage', text: 'the deal stage column' });
    if (!mapped.has('contacts') && !mapped.has('email'))
      missing.push({ key: 'contacts', text: 'the associated contact column' });
    return missing;
  }
  const keyed =
    mapped.has('customerId') ||
    mapped.has('email') ||
    mapped.has('phone') ||
    (options.nameKeys === true && mapped.has('fullName'));
  if (!keyed) missing.push({ key: 'customerKey', text: 'a customer id, e-mail or phone column' });
  if (kind === 'orders') {
    if (!mapped.has('orderId') && !mapped.has('orderNumber'))
      missing.push({ key: 'orderId', text: 'the order id column' });
    for (const field of ['placedAt', 'total'] as const) {
      if (!mapped.has(field)) missing.push({ key: field, text: `the ${field} column` });
    }
  }
  return missing;
}
