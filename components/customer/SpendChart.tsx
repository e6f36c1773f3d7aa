/**
 * Spend over time as a small inline SVG bar chart (no chart library: the page budget
 * is 80 KB). The picture is labelled for screen readers with the range and the total.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Order } from '../../lib/domain/profile';
import { monthlySpend } from './monthlySpend';

export interface SpendChartProps {
  orders: readonly Order[];
  currency: string | null;
  t: Translate;
  fmt: Format;
}

const WIDTH = 280;
const HEIGHT = 80;

export function SpendChart({ orders, currency, t, fmt }: SpendChartProps) {
  const months = monthlySpend(orders);
  if (months.length === 0) {
    return (
      <section class="card" aria-labelledby="spend-title">
        <h2 id="spend-title">{t('spend_title')}</h2>
        <p class="small">{t('spend_none')}</p>
      </section>
    );
  }
  const max = Math.max(...months.map((m) => m.total), 1);
  const total = months.reduce((sum, m) => sum + m.total, 0);
  const barWidth = WIDTH / months.length;
  const first = months[0]?.month ?? '';
  const last = months[months.length - 1]?.month ?? '';
  const label = t('spend_summary', [fmt.month(first), fmt.month(last), fmt.money(total, currency)]);
  return (
    <section class="card" aria-labelledby="spend-title">
      <h2 id="spend-title">{t('spend_title')}</h2>
      <svg
        class="spend"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        role="img"
        aria-label={label}
        data-testid="spend-chart"
      >
        {months.map((m, index) => {
          // Negative months (refunds later than the order) draw as empty, not downward.
          const h = Math.max(0, (m.total / max) * (HEIGHT - 12));
          return (
            <rect
              key={m.month}
              x={index * barWidth + 1}
              y={HEIGHT - h}
              width={Math.max(1, barWidth - 2)}
              height={h}
              class="bar"
            >
              <title>{`${fmt.month(m.month)}: ${fmt.money(m.total, currency)}`}</title>
            </rect>
          );
        })}
      </svg>
      <p class="small">{label}</p>
    </section>
  );
}
