/** Suggested fallback thresholds from the account's own customers, each one click to use. */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Suggestion } from './suggestThresholds';
import { settingMessageKey } from './settingDraft';

export interface SuggestedThresholdsProps {
  suggestions: Suggestion[];
  /** Why there are none: not enough customers, or the list could not load. */
  emptyText: string;
  t: Translate;
  fmt: Format;
  onUse: (path: string, value: number) => void;
}

const BASIS_KEYS: Record<Suggestion['basis'], string> = {
  net_revenue: 'metric_net_revenue',
  average_order: 'metric_average_order_value',
  profit: 'metric_profit',
};

export function SuggestedThresholds({
  suggestions,
  emptyText,
  t,
  fmt,
  onUse,
}: SuggestedThresholdsProps) {
  return (
    <fieldset data-testid="suggestions">
      <legend>{t('suggest_title')}</legend>
      {suggestions.length === 0 ? <p class="small">{emptyText}</p> : null}
      <ul class="plain">
        {suggestions.map((s) => (
          <li key={s.path} class="field-row">
            <span>
              {t(settingMessageKey(s.path))}: <strong>{fmt.number(s.value, 2)}</strong>{' '}
              <span class="small">
                ({t('suggest_basis', [fmt.number(s.percentile, 1), t(BASIS_KEYS[s.basis])])})
              </span>
            </span>
            <button type="button" onClick={() => onUse(s.path, s.value)}>
              {t('suggest_use')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
