/**
 * Why the customer sits where they do: every rule that fired, with the value it saw
 * and the threshold it was held against. The engine's sentences usually carry both
 * ("3 orders ≥ 2"); the numbers are added only when the sentence leaves them out.
 * Sentences are shown in the user's language.
 */
import type { Translate } from '../../lib/i18n/translate';
import { sentence } from '../../lib/i18n/sentence';
import type { Format } from '../../lib/format/format';
import type { Reason } from '../../lib/segmentation/types';

export interface ReasonListProps {
  reasons: Reason[];
  t: Translate;
  fmt: Format;
}

/**
 * Whether the sentence shows the threshold itself. Those that do not: shares held against
 * a share threshold (the sentence shows percentages of both, the threshold is a fraction)
 * and the middling band, whose sentence names percentiles rather than the amount.
 */
const THRESHOLD_UNSAID_RULES = new Set([
  'category.demanding.support-cost',
  'category.discount-seeker',
]);
const THRESHOLD_UNSAID_SENTENCES = new Set(['why_subgroup_middling_band']);
const sayThreshold = (reason: Reason) =>
  !THRESHOLD_UNSAID_RULES.has(reason.rule) && !THRESHOLD_UNSAID_SENTENCES.has(reason.say.key);

const DECIDES_KEYS: Record<Reason['decides'], string> = {
  stage: 'reason_decides_stage',
  category: 'reason_decides_category',
  subgroup: 'reason_decides_subgroup',
};

export function ReasonList({ reasons, t, fmt }: ReasonListProps) {
  const figure = (value: Reason['value']) =>
    typeof value === 'number' && Number.isFinite(value) ? fmt.number(value) : String(value);
  return (
    <section class="card" aria-labelledby="reasons-title">
      <h2 id="reasons-title">{t('reasons_title')}</h2>
      {reasons.length === 0 ? <p class="small">{t('reasons_none')}</p> : null}
      <ul class="reasons" data-testid="reasons">
        {reasons.map((reason, index) => (
          <li key={`${reason.rule}-${index}`} data-rule={reason.rule}>
            <span class="tag">{t(DECIDES_KEYS[reason.decides])}</span>{' '}
            {sentence(reason.say, '', t, fmt)}
            {reason.threshold !== undefined && !sayThreshold(reason) ? (
              <span class="small">
                {' '}
                ({t('reason_threshold', [figure(reason.value), figure(reason.threshold)])})
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
