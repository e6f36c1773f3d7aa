/**
 * Message keys of the CSV import, spelled out in full (not built from ids) so the
 * catalogue test sees every one: Rung's import fields by their names in the user's
 * language, and the problems the preview can report. The options page's hook checks
 * that every field of lib/store/import has its key (components do not import the store).
 */
import type { FileProblemCode, MappingProblemView } from './ImportPanel';

export const FIELD_LABELS = {
  customerId: 'import_field_customer_id',
  email: 'import_field_email',
  phone: 'import_field_phone',
  firstName: 'import_field_first_name',
  lastName: 'import_field_last_name',
  fullName: 'import_field_full_name',
  orderCount: 'import_field_order_count',
  totalSpent: 'import_field_total_spent',
  lastOrderAt: 'import_field_last_order_at',
  lastOrderTotal: 'import_field_last_order_total',
  tags: 'import_field_tags',
  note: 'import_field_note',
  lifecycleStage: 'import_field_lifecycle_stage',
  leadStatus: 'import_field_lead_status',
  lastActivityAt: 'import_field_last_activity_at',
  nps: 'import_field_nps',
  dealCount: 'import_field_deal_count',
  orderId: 'import_field_order_id',
  orderNumber: 'import_field_order_number',
  placedAt: 'import_field_placed_at',
  total: 'import_field_total',
  currency: 'import_field_currency',
  status: 'import_field_status',
  discount: 'import_field_discount',
  refunded: 'import_field_refunded',
  cancelledAt: 'import_field_cancelled_at',
  dealId: 'import_field_deal_id',
  dealStage: 'import_field_deal_stage',
  amount: 'import_field_amount',
  closedAt: 'import_field_closed_at',
  contacts: 'import_field_contacts',
} as const;

/** The same table for look-ups by a field name the page holds as a string. */
export const FIELD_LABEL_KEYS: Readonly<Record<string, string | undefined>> = FIELD_LABELS;

export const FILE_PROBLEM_KEYS: Record<FileProblemCode, string> = {
  empty: 'import_file_empty',
  'header-only': 'import_file_header_only',
  xlsx: 'import_file_xlsx',
  xls: 'import_file_xls',
  binary: 'import_file_binary',
  'too-big': 'import_file_too_big',
};

export const MAPPING_PROBLEM_KEYS: Record<MappingProblemView['code'], string> = {
  unrecognised: 'import_problem_unrecognised',
  'unknown-field': 'import_problem_unknown_field',
  'no-column': 'import_problem_no_column',
  missing: 'import_problem_missing',
  'no-crm': 'import_problem_no_crm',
  'no-account': 'import_problem_no_account',
};

/** A mapping problem as a sentence in the user's language. */
export function mappingProblemText(
  problem: MappingProblemView,
  t: (key: string, substitutions?: string[]) => string,
): string {
  if (problem.code === 'missing') {
    const key = problem.detail ? FIELD_LABEL_KEYS[problem.detail] : undefined;
    if (!key) return t('import_problem_missing_key');
    return t('import_problem_missing', [t(key)]);
  }
  return t(MAPPING_PROBLEM_KEYS[problem.code], problem.detail ? [problem.detail] : []);
}
