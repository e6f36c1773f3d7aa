/** Progress of a running reclassification (after saving settings or importing). */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';

/** The part of the store's ReclassifyProgress this view shows (components never import the store). */
export interface ProgressView {
  running: boolean;
  done: number;
  total: number;
}

export interface ReclassifyProgressProps {
  progress: ProgressView | null;
  t: Translate;
  fmt: Format;
}

export function ReclassifyProgress({ progress, t, fmt }: ReclassifyProgressProps) {
  if (!progress?.running) return null;
  return (
    <p class="field-row" data-testid="reclassify-progress">
      <label>
        {t('progress_label', [fmt.number(progress.done, 0), fmt.number(progress.total, 0)])}{' '}
        <progress max={Math.max(1, progress.total)} value={progress.done} />
      </label>
    </p>
  );
}
