/**
 * CSV of the customer table as shown (filters applied), e.g. the removal list of dead
 * customers. Cells that a spreadsheet would run as a formula (= + - @, tab, CR) are
 * prefixed with an apostrophe: scraped names are untrusted.
 */
import { roundMoney } from '../../lib/format/round-money';
import type { CustomerRow } from './rows';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  // Every text cell quoted: Excel and LibreOffice in pl, ru, de split a .csv at `;`, and
  // an unquoted `Bob;=1+1;` became the cell `=1+1` (lib/store/export/csv-guard.ts).
  return typeof value === 'string' ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  'crm',
  'account',
  'id',
  'email',
  'name',
  'stage',
  'category',
  'overridden',
  'orders',
  'net_revenue',
  'profit',
  'currency',
  'last_order',
  'url',
] as const;

export function rowsToCsv(rows: readonly CustomerRow[]): string {
  const lines = rows.map((row) =>
    [
      row.key.crm,
      row.key.account,
      row.key.id ?? null,
      row.email ?? row.key.email ?? null,
      row.name,
      row.stage,
      row.category,
      row.overridden,
      row.orderCount,
      roundMoney(row.netRevenue, row.currency),
      roundMoney(row.profit, row.currency),
      row.currency,
      row.lastOrderAt,
      row.url,
    ]
      .map(csvCell)
      .join(','),
  );
  // CRLF per RFC 4180; spreadsheets on every platform read it.
  return [CSV_COLUMNS.join(','), ...lines].join('\r\n') + '\r\n';
}
