/** Links between Rung's own pages (dashboard, settings), opened in a new tab. */
import type { Translate } from '../../lib/i18n/translate';

export interface PageLinksProps {
  /** Extension URLs, built by the page (components do not call browser.runtime). */
  dashboardUrl: string;
  optionsUrl?: string;
  t: Translate;
}

export function PageLinks({ dashboardUrl, optionsUrl, t }: PageLinksProps) {
  return (
    <nav class="page-links" aria-label={t('nav_label')}>
      <a href={dashboardUrl} target="_blank" rel="noopener">
        {t('nav_dashboard')}
      </a>
      {optionsUrl ? (
        <a href={optionsUrl} target="_blank" rel="noopener">
          {t('nav_settings')}
        </a>
      ) : null}
    </nav>
  );
}
