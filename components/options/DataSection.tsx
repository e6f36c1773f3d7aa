/**
 * Backup and removal of everything Rung stores on this machine: export to a file,
 * restore (import) from one, and delete all, which asks for a second, explicit click.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';

export interface DataSectionProps {
  status: string;
  t: Translate;
  onExport: () => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
}

export function DataSection({ status, t, onExport, onImport, onDeleteAll }: DataSectionProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <fieldset data-testid="data">
      <legend>{t('data_title')}</legend>
      <p class="small">{t('data_hint')}</p>
      <p class="field-row">
        <button type="button" data-testid="data-export" onClick={onExport}>
          {t('data_export')}
        </button>
        <label class="field-row">
          {t('data_import')}
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              if (file) onImport(file);
              event.currentTarget.value = '';
            }}
          />
        </label>
      </p>
      {confirming ? (
        <p class="field-row" role="alert">
          <span class="error">{t('data_delete_confirm_text')}</span>
          <button
            type="button"
            class="danger"
            data-testid="data-delete-confirm"
            onClick={() => {
              setConfirming(false);
              onDeleteAll();
            }}
          >
            {t('data_delete_confirm')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('data_cancel')}
          </button>
        </p>
      ) : (
        <button type="button" data-testid="data-delete" onClick={() => setConfirming(true)}>
          {t('data_delete')}
        </button>
      )}
      <p role="status" class="small" data-testid="data-status">
        {status}
      </p>
    </fieldset>
  );
}
