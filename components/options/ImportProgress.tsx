/** How far reading or importing a file has come, with the button that stops it. */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { ImportProgressState } from './ImportPanel';

export interface ImportProgressProps {
  progress: ImportProgressState;
  t: Translate;
  fmt: Format;
  onCancel: () => void;
}

export function ImportProgress({ progress, t, fmt, onCancel }: ImportProgressProps) {
  const share = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const text =
    progress.phase === 'reading'
      ? t('import_reading', [fmt.percent(share)])
      : t(progress.phase === 'sending' ? 'import_sending' : 'import_writing', [
          fmt.number(progress.done, 0),
          fmt.number(progress.total, 0),
        ]);
  return (
    <p class="field-row" data-testid="import-progress">
      <progress
        aria-label={t('import_progress_label')}
        max={Math.max(progress.total, 1)}
        value={Math.min(progress.done, progress.total)}
      />
      <span role="status">{text}</span>
      <button type="button" data-testid="import-cancel" onClick={onCancel}>
        {t('import_cancel')}
      </button>
    </p>
  );
}
