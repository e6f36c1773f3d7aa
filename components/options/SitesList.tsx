/**
 * Self-hosted sites the user enabled Rung on (the big CRMs are built in), each with a
 * way to stop. Enabling happens from the popup, on the site itself.
 */
import type { Translate } from '../../lib/i18n/translate';

export interface SitesListProps {
  origins: string[];
  t: Translate;
  onDisable: (origin: string) => void;
}

export function SitesList({ origins, t, onDisable }: SitesListProps) {
  return (
    <fieldset data-testid="sites">
      <legend>{t('options_sites')}</legend>
      <p class="small">{t('options_sites_hint')}</p>
      {origins.length === 0 ? <p class="small">{t('options_sites_none')}</p> : null}
      <ul class="plain">
        {origins.map((origin) => (
          <li key={origin} class="field-row">
            <span class="mono">{origin}</span>
            <button
              type="button"
              aria-label={t('options_sites_disable_label', [origin])}
              onClick={() => onDisable(origin)}
            >
              {t('options_sites_disable')}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
