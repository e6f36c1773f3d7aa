/**
 * On a site Rung does not read yet: ask for access to it (the user's click is the
 * permission prompt's gesture), or go and describe a custom CRM on the options page.
 */
import type { Translate } from '../../lib/i18n/translate';

export interface SiteActionsProps {
  /** 'https://shop.example', or null when the tab is not a web page. */
  origin: string | null;
  /** Rung already has host access here (so the page simply shows no customer). */
  enabled: boolean;
  status: string;
  t: Translate;
  onEnable: () => void;
  onTeach: () => void;
}

export function SiteActions({ origin, enabled, status, t, onEnable, onTeach }: SiteActionsProps) {
  if (!origin) return null;
  return (
    <section class="card" aria-labelledby="site-title" data-testid="site-actions">
      <h2 id="site-title">{t('site_title', [origin])}</h2>
      {enabled ? (
        <p class="small">{t('site_enabled')}</p>
      ) : (
        <button type="button" class="primary" data-testid="site-enable" onClick={onEnable}>
          {t('site_enable')}
        </button>
      )}{' '}
      <button type="button" data-testid="site-teach" onClick={onTeach}>
        {t('site_teach')}
      </button>
      <p role="status" class="small">
        {status}
      </p>
    </section>
  );
}
