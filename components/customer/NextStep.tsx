/** What would move the customer up one rung, in the engine's words, in the user's language. */
import type { Translate } from '../../lib/i18n/translate';
import { sentence } from '../../lib/i18n/sentence';
import type { Format } from '../../lib/format/format';
import type { NextStep as NextStepData } from '../../lib/segmentation/types';
import { stageName } from '../common/labels';

export interface NextStepProps {
  next: NextStepData | null;
  t: Translate;
  fmt: Format;
}

export function NextStep({ next, t, fmt }: NextStepProps) {
  return (
    <section class="card" aria-labelledby="next-title" data-testid="next-step">
      <h2 id="next-title">{t('next_title')}</h2>
      {next ? (
        <p>
          <strong>{stageName(next.stage, t)}:</strong> {sentence(next.say, '', t, fmt)}
        </p>
      ) : (
        <p class="small">{t('next_top')}</p>
      )}
    </section>
  );
}
