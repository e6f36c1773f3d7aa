/**
 * The fields the picker walks the user through, in order, per page kind. A list page first
 * needs its row (every other field is read inside a row); a customer page can take its id
 * from the URL, so on both kinds the id may be skipped. Only the name is required: the
 * definition schema demands it and the badge sits beside it by default.
 */
export type PickerPageKind = 'customer' | 'customer-list';

export type PickerFieldKey =
  'row' | 'id' | 'name' | 'email' | 'orderCount' | 'totalSpent' | 'lastOrderAt' | 'firstOrderAt';

/** The value fields, in the order staff usually find them on a CRM page. */
const VALUE_FIELDS: readonly PickerFieldKey[] = [
  'id',
  'name',
  'email',
  'orderCount',
  'totalSpent',
  'lastOrderAt',
  'firstOrderAt',
];

export function stepsFor(kind: PickerPageKind): readonly PickerFieldKey[] {
  return kind === 'customer-list' ? ['row', ...VALUE_FIELDS] : VALUE_FIELDS;
}

/** Fields the definition cannot do without on this kind of page. */
export function isRequired(kind: PickerPageKind, field: PickerFieldKey): boolean {
  return field === 'name' || (field === 'row' && kind === 'customer-list');
}

/** Message keys spelled out so the catalogue test can see every one. */
export const FIELD_LABEL_KEYS: Record<PickerFieldKey, string> = {
  row: 'picker_field_row',
  id: 'picker_field_id',
  name: 'picker_field_name',
  email: 'picker_field_email',
  orderCount: 'picker_field_order_count',
  totalSpent: 'picker_field_total_spent',
  lastOrderAt: 'picker_field_last_order_at',
  firstOrderAt: 'picker_field_first_order_at',
};
