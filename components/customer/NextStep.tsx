/** What would move the customer up one rung, in the engine's words, in the user's language. */
import type { Translate } from '../../lib/i18n/translate';
import { sentence } from '../../lib/i18n/sentence';
import { sentenceLocale } from '../../lib/i18n/sentence-locale';
import type { NextStep as NextStepData } from '../../lib/segmentation/types';
import { stageName } from '../common/labels';

export interface NextStepProps {
  next: NextStepData | null;
  t: Translate;
  /** The page's locale for numbers and dates (its `Format` locale); defaults to the catalogue's. */
  locale?: string;
}

export function NextStep({ next, t, locale }: NextStepProps) {
  return (
    <section class="card" aria-labelledby="next-title" data-testid="next-step">
      <h2 id="next-title">{t('next_title')}</h2>
      {next ? (
        <p>
          <strong>{stageName(next.stage, t)}:</strong>{' '}
          {sentence(next.say, next.text, t, sentenceLocale(t, locale))}
        </p>
      ) : (
        <p class="small">{t('next_top')}</p>
      )}
    </section>
  );
}
