/** What would move the customer up one rung, in the engine's words. */
import type { Translate } from '../../lib/i18n/translate';
import type { NextStep as NextStepData } from '../../lib/segmentation/types';
import { stageName } from '../common/labels';

export interface NextStepProps {
  next: NextStepData | null;
  t: Translate;
}

export function NextStep({ next, t }: NextStepProps) {
  return (
    <section class="card" aria-labelledby="next-title" data-testid="next-step">
      <h2 id="next-title">{t('next_title')}</h2>
      {next ? (
        <p>
          <strong>{stageName(next.stage, t)}:</strong> {next.text}
        </p>
      ) : (
        <p class="small">{t('next_top')}</p>
      )}
    </section>
  );
}
