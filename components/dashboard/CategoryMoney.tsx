/**
 * Revenue and profit by category, each with its share, and the one-line answer to the
 * question the seeds ask: what share of customers brings what share of profit.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Vocabulary } from '../../lib/segmentation/types';
import type { CategoryMoney as CategoryMoneyRow } from './dashboardModel';
import { categoryName } from '../common/labels';

export interface CategoryMoneyProps {
  rows: CategoryMoneyRow[];
  currency: string | null;
  vocabulary: Vocabulary;
  t: Translate;
  fmt: Format;
}

export function CategoryMoney({ rows, currency, vocabulary, t, fmt }: CategoryMoneyProps) {
  const devoted = rows.find((row) => row.category === 'devoted');
  return (
    <section class="card" aria-labelledby="money-title">
      <h2 id="money-title">{t('dashboard_money')}</h2>
      {devoted && devoted.customers > 0 ? (
        <p data-testid="devoted-answer">
          {t('dashboard_devoted_answer', [
            categoryName('devoted', vocabulary, t),
            fmt.percent(devoted.customerShare),
            fmt.percent(devoted.profitShare),
          ])}
        </p>
      ) : null}
      <div class="scroll">
        <table class="data" data-testid="money">
          <thead>
            <tr>
              <th scope="col">{t('options_category')}</th>
              <th scope="col" class="num">
                {t('dashboard_customers')}
              </th>
              <th scope="col" class="num">
                {t('metric_net_revenue')}
              </th>
              <th scope="col" class="num">
                {t('dashboard_share')}
              </th>
              <th scope="col" class="num">
                {t('metric_profit')}
              </th>
              <th scope="col" class="num">
                {t('dashboard_share')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.category} data-category={row.category}>
                <th scope="row">{categoryName(row.category, vocabulary, t)}</th>
                <td class="num">{fmt.number(row.customers, 0)}</td>
                <td class="num">{fmt.money(row.revenue, currency)}</td>
                <td class="num">{fmt.percent(row.revenueShare)}</td>
                <td class="num">{fmt.money(row.profit, currency)}</td>
                <td class="num">{fmt.percent(row.profitShare)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
