/** Progress of a running reclassification (after saving settings or importing). */
import type { Translate } from '../../lib/i18n/translate';
import type { ReclassifyProgress as Progress } from '../../lib/store/api';

export interface ReclassifyProgressProps {
  progress: Progress | null;
  t: Translate;
}

export function ReclassifyProgress({ progress, t }: ReclassifyProgressProps) {
  if (!progress?.running) return null;
  return (
    <p class="field-row" data-testid="reclassify-progress">
      <label>
        {t('progress_label', [String(progress.done), String(progress.total)])}{' '}
        <progress max={Math.max(1, progress.total)} value={progress.done} />
      </label>
    </p>
  );
}
