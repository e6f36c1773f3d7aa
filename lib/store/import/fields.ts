/**
 * The fields an import row can fill: the vocabulary every header map (formats.ts) and
 * every user-chosen mapping (mapping.ts) translate columns into.
 */
export const CUSTOMER_FIELDS = [
  'customerId',
  'email',
  'firstName',
  'lastName',
  'fullName',
  'orderCount',
  'totalSpent',
  'tags',
  'note',
  'lifecycleStage',
  'leadStatus',
  'lastActivityAt',
] as const;

export const ORDER_FIELDS = [
  'orderId',
  'placedAt',
  'total',
  'currency',
  'status',
  'discount',
  'refunded',
  'cancelledAt',
] as const;

export const IMPORT_FIELDS = [...CUSTOMER_FIELDS, ...ORDER_FIELDS] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export type ImportKind = 'customers' | 'orders';

/** What a row needs before it can become a profile. */
export function missingRequired(kind: ImportKind, mapped: ReadonlySet<ImportField>): string[] {
  const missing: string[] = [];
  if (!mapped.has('customerId') && !mapped.has('email'))
    missing.push('a customer id or e-mail column');
  if (kind === 'orders') {
    for (const field of ['orderId', 'placedAt', 'total'] as const) {
      if (!mapped.has(field)) missing.push(`the ${field} column`);
    }
  }
  return missing;
}
