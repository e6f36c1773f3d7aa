/**
 * What the fitted purchase model says about this customer, shown only when the
 * account's fit converged (the background sends null otherwise, never a guess). When
 * the account has no model, the card says why, so staff know "dead" comes from the rules.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import { sentence } from '../../lib/i18n/sentence';
import type { CustomerPrediction, Sentence } from '../../lib/segmentation/types';

export interface PredictionCardProps {
  prediction: CustomerPrediction | null;
  /** Why the account has no model, when it has none. */
  note?: Sentence | undefined;
  currency: string | null;
  t: Translate;
  fmt: Format;
}

export function PredictionCard({ prediction, note, currency, t, fmt }: PredictionCardProps) {
  if (!prediction) {
    if (!note) return null;
    return (
      <section class="card" aria-labelledby="prediction-title" data-testid="prediction-unavailable">
        <h2 id="prediction-title">{t('prediction_title')}</h2>
        <p class="small">{sentence(note, '', t, fmt)}</p>
      </section>
    );
  }
  const rows: [string, string][] = [
    ['prediction_p_alive', fmt.percent(prediction.pAlive)],
    ['prediction_purchases_90', fmt.number(prediction.expectedPurchases90, 1)],
    ['prediction_purchases_365', fmt.number(prediction.expectedPurchases365, 1)],
    ['prediction_next_order', fmt.date(prediction.expectedNextOrderAt)],
    ['prediction_average_order', fmt.money(prediction.expectedAverageOrderValue, currency)],
    [
      prediction.valueBasis === 'profit' ? 'prediction_value_profit' : 'prediction_value_revenue',
      fmt.money(prediction.value12m, currency),
    ],
  ];
  return (
    <section class="card" aria-labelledby="prediction-title" data-testid="prediction">
      <h2 id="prediction-title">{t('prediction_title')}</h2>
      <dl class="metrics">
        {rows.map(([key, value]) => (
          <div key={key} class="metric">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p class="small">
        {t('prediction_model', [prediction.model === 'mbgnbd' ? 'MBG/NBD' : 'BG/NBD'])}
      </p>
    </section>
  );
}
