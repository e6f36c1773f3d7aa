/**
 * Search, stage and category filters, and the CSV export of what they leave. The
 * selects only offer our own stage and category ids, so their values are those types.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import { CATEGORIES, type Vocabulary } from '../../lib/segmentation/types';
import { categoryName, stageName } from '../common/labels';
import { FUNNEL_STAGES } from './dashboardModel';
import type { TableQuery } from './tableQuery';

export interface TableFiltersProps {
  query: TableQuery;
  matching: number;
  vocabulary: Vocabulary;
  t: Translate;
  fmt: Format;
  onQuery: (query: TableQuery) => void;
  onExport: () => void;
}

export function TableFilters({
  query,
  matching,
  vocabulary,
  t,
  fmt,
  onQuery,
  onExport,
}: TableFiltersProps) {
  const set = (patch: Partial<TableQuery>) => onQuery({ ...query, ...patch });
  return (
    <div class="field-row">
      <label class="field">
        {t('dashboard_search')}
        <input
          type="search"
          name="search"
          value={query.search}
          onInput={(e) => set({ search: e.currentTarget.value })}
        />
      </label>
      <label class="field">
        {t('override_stage')}
        <select
          name="filter-stage"
          value={query.stage}
          onChange={(e) => set({ stage: e.currentTarget.value as TableQuery['stage'] })}
        >
          <option value="">{t('dashboard_all')}</option>
          {FUNNEL_STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {stageName(stage, t)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t('override_category')}
        <select
          name="filter-category"
          value={query.category}
          onChange={(e) => set({ category: e.currentTarget.value as TableQuery['category'] })}
        >
          <option value="">{t('dashboard_all')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {categoryName(c, vocabulary, t)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" data-testid="csv-export" onClick={onExport}>
        {t('dashboard_export', [fmt.number(matching, 0)])}
      </button>
    </div>
  );
}
