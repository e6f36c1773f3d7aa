/**
 * The classifications as CSV, for mailing segments ("all devoted customers") and removal
 * lists ("all dead ones"): one row per customer with the shown result, the automatic one
 * beside it, and the override's author and reason. Results are brought up to date (today,
 * current settings) in the same pass, so the file never shows a stale cache.
 */
import Papa from 'papaparse';
import { labelIn } from '../classifier';
import type { ExportFilter } from '../api';
import { effectiveCustomersInTx } from '../effective-all';
import type { Env } from '../env';
import type { WriteTx } from '../tx';
import { guardRow, isTextCell, roundMoney, type Cell } from './csv-guard';

export const CSV_COLUMNS = [
  'crm',
  'account',
  'customer_id',
  'email',
  'name',
  'stage',
  'category',
  'category_label',
  'treatment',
  'automatic_stage',
  'automatic_category',
  'overridden',
  'disagrees',
  'override_by',
  'override_reason',
  'orders',
  'net_revenue',
  'days_since_last_order',
  'confidence',
] as const;

export async function classificationsCsvInTx(
  tx: WriteTx,
  env: Env,
  filter: ExportFilter = {},
): Promise<string> {
  const out: Cell[][] = [];
  for (const { record, automatic, applied } of await effectiveCustomersInTx(
    tx,
    env,
    filter.account,
  )) {
    const shown = applied.effective;
    if (filter.stages && !filter.stages.includes(shown.stage)) continue;
    if (filter.categories && !filter.categories.includes(shown.category)) continue;
    const { key } = record.profile;
    out.push(
      guardRow([
        key.crm,
        key.account,
        key.id ?? '',
        key.email ?? record.profile.email ?? '',
        record.profile.name ?? '',
        shown.stage,
        shown.category,
        labelIn(shown.labels, env.vocabulary),
        shown.treatment.headline,
        automatic.stage,
        automatic.category,
        applied.overridden,
        applied.disagrees,
        applied.active?.by ?? '',
        applied.active?.reason ?? '',
        shown.metrics.orderCount,
        roundMoney(shown.metrics.netRevenue, shown.metrics.currency),
        shown.metrics.daysSinceLastOrder,
        shown.confidence,
      ]),
    );
  }
  return Papa.unparse(
    { fields: [...CSV_COLUMNS], data: out },
    { quotes: (cell: unknown) => isTextCell(cell), newline: '\r\n' },
  );
}
