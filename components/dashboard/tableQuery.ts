/**
 * Search, filter and sort for the dashboard's customer table, as one pure function so
 * the table, the CSV export and the tests all see the same rows.
 */
import type { Category, Stage } from '../../lib/segmentation/types';
import { FUNNEL_STAGES } from './dashboardModel';
import type { CustomerRow } from './rows';

export type SortColumn =
  | 'name'
  | 'stage'
  | 'category'
  | 'orderCount'
  | 'netRevenue'
  | 'profit'
  | 'value12m'
  | 'pAlive'
  | 'lastOrderAt';

export interface TableQuery {
  search: string;
  stage: Stage | '';
  category: Category | '';
  sort: SortColumn;
  descending: boolean;
}

export const DEFAULT_QUERY: TableQuery = {
  search: '',
  stage: '',
  category: '',
  sort: 'netRevenue',
  descending: true,
};

/** Case- and accent-insensitive, and blind to zero-width characters a page may hide in names. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
    .toLowerCase();
}

function sortValue(row: CustomerRow, column: SortColumn): string | number | null {
  switch (column) {
    case 'name':
      return normalise(row.name ?? row.email ?? '');
    case 'stage':
      return FUNNEL_STAGES.indexOf(row.stage);
    case 'category':
      return row.category;
    case 'lastOrderAt':
      return row.lastOrderAt;
    case 'value12m':
    case 'pAlive':
      // Only where the account's model could be fitted; unknown sorts last.
      return row[column] ?? null;
    default:
      return row[column];
  }
}

export function queryRows(rows: readonly CustomerRow[], query: TableQuery): CustomerRow[] {
  const needle = normalise(query.search.trim());
  const filtered = rows.filter(
    (row) =>
      (!query.stage || row.stage === query.stage) &&
      (!query.category || row.category === query.category) &&
      (!needle ||
        normalise(`${row.name ?? ''} ${row.email ?? ''} ${row.key.id ?? ''}`).includes(needle)),
  );
  const direction = query.descending ? -1 : 1;
  return filtered.sort((a, b) => {
    const x = sortValue(a, query.sort);
    const y = sortValue(b, query.sort);
    // Unknown values sort last in either direction: "no revenue known" is not "zero".
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * direction;
  });
}
