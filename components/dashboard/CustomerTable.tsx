/**
 * The customer table: search, stage and category filters, sortable columns, CSV of
 * what is shown, and for each customer a link to its CRM record and to Rung's detail.
 * Renders at most PAGE rows at a time; the CSV always holds every matching row.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { CustomerKey } from '../../lib/domain/profile';
import type { Vocabulary } from '../../lib/segmentation/types';
import { categoryName, stageName } from '../common/labels';
import type { CustomerRow } from './rows';
import type { SortColumn, TableQuery } from './tableQuery';
import { safeHttpUrl } from './safeUrl';
import { TableFilters } from './TableFilters';

const PAGE = 200;

export interface CustomerTableProps {
  rows: CustomerRow[];
  total: number;
  query: TableQuery;
  vocabulary: Vocabulary;
  t: Translate;
  fmt: Format;
  onQuery: (query: TableQuery) => void;
  onExport: () => void;
  detailHref: (key: CustomerKey) => string;
}

const COLUMNS: [SortColumn, string, boolean][] = [
  ['name', 'dashboard_col_name', false],
  ['stage', 'override_stage', false],
  ['category', 'override_category', false],
  ['orderCount', 'metric_order_count', true],
  ['netRevenue', 'metric_net_revenue', true],
  ['profit', 'metric_profit', true],
  ['value12m', 'dashboard_col_value', true],
  ['pAlive', 'dashboard_col_alive', true],
  ['lastOrderAt', 'metric_last_order', false],
];

export function CustomerTable(props: CustomerTableProps) {
  const { rows, total, query, vocabulary, t, fmt, onQuery } = props;
  const [shown, setShown] = useState(PAGE);
  const set = (patch: Partial<TableQuery>) => onQuery({ ...query, ...patch });
  const sortBy = (column: SortColumn) =>
    set({
      sort: column,
      descending: query.sort === column ? !query.descending : column !== 'name',
    });
  return (
    <section class="card" aria-labelledby="table-title">
      <h2 id="table-title">{t('dashboard_table')}</h2>
      <TableFilters
        query={query}
        matching={rows.length}
        vocabulary={vocabulary}
        t={t}
        fmt={fmt}
        onQuery={onQuery}
        onExport={props.onExport}
      />
      <p class="small" role="status">
        {t('dashboard_showing', [
          fmt.number(Math.min(shown, rows.length), 0),
          fmt.number(rows.length, 0),
          fmt.number(total, 0),
        ])}
      </p>
      <div class="scroll">
        <table class="data" data-testid="customer-table">
          <thead>
            <tr>
              {COLUMNS.map(([column, key, numeric]) => (
                <th
                  key={column}
                  scope="col"
                  class={numeric ? 'num' : undefined}
                  aria-sort={
                    query.sort === column
                      ? query.descending
                        ? 'descending'
                        : 'ascending'
                      : undefined
                  }
                >
                  <button type="button" class="link" onClick={() => sortBy(column)}>
                    {t(key)}
                  </button>
                </th>
              ))}
              <th scope="col">{t('dashboard_col_links')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row, index) => {
              const crmUrl = safeHttpUrl(row.url);
              return (
                <tr
                  key={`${row.key.crm}|${row.key.account}|${row.key.id ?? row.key.email ?? index}`}
                  data-stage={row.stage}
                  data-category={row.category}
                >
                  <td>
                    {row.name ?? row.email ?? row.key.id ?? '—'}
                    {row.overridden ? <span class="tag">{t('history_manual')}</span> : null}
                  </td>
                  <td>{stageName(row.stage, t)}</td>
                  <td>{categoryName(row.category, vocabulary, t)}</td>
                  <td class="num">{fmt.number(row.orderCount, 0)}</td>
                  <td class="num">{fmt.money(row.netRevenue, row.currency)}</td>
                  <td class="num">{fmt.money(row.profit, row.currency)}</td>
                  <td class="num">{fmt.money(row.value12m ?? null, row.currency)}</td>
                  <td class="num">{fmt.percent(row.pAlive ?? null)}</td>
                  <td>{fmt.date(row.lastOrderAt)}</td>
                  <td>
                    {crmUrl ? (
                      <a href={crmUrl} target="_blank" rel="noopener noreferrer">
                        {t('dashboard_open_crm')}
                      </a>
                    ) : null}{' '}
                    <a href={props.detailHref(row.key)}>{t('dashboard_open_detail')}</a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > shown ? (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('dashboard_more')}
        </button>
      ) : null}
    </section>
  );
}
