/**
 * Every derived metric with its value. Unknown values show a dash, never zero: the
 * model treats a missing fact as unknown, and so must the screen.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Metrics } from '../../lib/segmentation/types';

export interface MetricsTableProps {
  metrics: Metrics;
  t: Translate;
  fmt: Format;
}

type Row = [labelKey: string, value: string];

const STABILITY_KEYS: Record<NonNullable<Metrics['stability']>, string> = {
  monthly: 'stability_monthly',
  quarterly: 'stability_quarterly',
  yearly: 'stability_yearly',
  irregular: 'stability_irregular',
  'one-off': 'stability_one_off',
};

export function metricRows(metrics: Metrics, t: Translate, fmt: Format): Row[] {
  const money = (value: number | null) => fmt.money(value, metrics.currency);
  const days = (value: number | null) =>
    value === null ? fmt.number(null) : t('unit_days', [fmt.number(value, 0)]);
  return [
    ['metric_order_count', fmt.number(metrics.orderCount, 0)],
    ['metric_net_revenue', money(metrics.netRevenue)],
    ['metric_average_order_value', money(metrics.averageOrderValue)],
    ['metric_largest_order', money(metrics.largestOrder)],
    ['metric_discount_share', fmt.percent(metrics.discountShare)],
    ['metric_profit', money(metrics.profit)],
    ['metric_support_cost', money(metrics.supportCost)],
    ['metric_days_since_last_order', days(metrics.daysSinceLastOrder)],
    ['metric_tenure', days(metrics.tenureDays)],
    [
      'metric_stability',
      metrics.stability
        ? `${t(STABILITY_KEYS[metrics.stability])} (${days(metrics.medianDaysBetweenOrders)})`
        : fmt.number(null),
    ],
    ['metric_tickets_per_order', fmt.number(metrics.ticketsPerOrder)],
    ['metric_late_payments', fmt.number(metrics.latePayments, 0)],
    ['metric_referrals', fmt.number(metrics.referrals, 0)],
    ['metric_revenue_percentile', fmt.number(metrics.revenuePercentile, 0)],
    ['metric_first_order', fmt.date(metrics.firstOrderAt)],
    ['metric_last_order', fmt.date(metrics.lastOrderAt)],
  ];
}

export function MetricsTable({ metrics, t, fmt }: MetricsTableProps) {
  return (
    <section class="card" aria-labelledby="metrics-title">
      <h2 id="metrics-title">{t('metrics_title')}</h2>
      <dl class="metrics" data-testid="metrics">
        {metricRows(metrics, t, fmt).map(([key, value]) => (
          <div key={key} class="metric">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
