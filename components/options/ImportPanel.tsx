/**
 * Import customers or orders from a CRM's CSV export: choose the file and the account,
 * see what Rung recognised (the export's format, or a column mapping the user picks),
 * the rows it could not read with their line numbers, then import. Nothing is written
 * before the user confirms.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import { ImportMapping } from './ImportMapping';
import { ImportSummary } from './ImportSummary';

/** lib/store/import's ImportPreview without the profiles themselves. */
export interface CsvImportSummary {
  headers: string[];
  source: string | null;
  mappingErrors: string[];
  rows: number;
  customers: number;
  badRows: { line: number; reason: string }[];
  badRowCount: number;
}

export interface ImportPanelState {
  fileName: string;
  account: string;
  kind: 'customers' | 'orders';
  crm: string;
  choice: Record<string, string>;
  summary: CsvImportSummary | null;
  busy: boolean;
  status: { kind: 'idle' | 'ok' | 'error'; text: string };
}

export interface ImportPanelProps {
  state: ImportPanelState;
  /** Rung's import fields for the chosen kind, in order (customerId, email, …). */
  fields: readonly string[];
  /** A checked file whose customers are ready to send (the inputs have not changed since). */
  canCommit: boolean;
  t: Translate;
  fmt: Format;
  onFile: (file: File) => void;
  onChange: (patch: Partial<ImportPanelState>) => void;
  onPreview: () => void;
  onCommit: () => void;
}

export function ImportPanel({
  state,
  fields,
  canCommit,
  t,
  fmt,
  onFile,
  onChange,
  onPreview,
  onCommit,
}: ImportPanelProps) {
  const { summary } = state;
  const needsMapping = summary !== null && summary.source === null;
  return (
    <fieldset data-testid="csv-import">
      <legend>{t('import_title')}</legend>
      <p class="small">{t('import_hint')}</p>
      <p class="field-row">
        <label class="field">
          {t('import_file')}
          <input
            type="file"
            name="importCsv"
            accept=".csv,text/csv"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onFile(file);
            }}
          />
        </label>
        <label class="field">
          {t('import_account')}
          <input
            name="importAccount"
            maxLength={200}
            value={state.account}
            onInput={(e) => onChange({ account: e.currentTarget.value, summary: null })}
          />
        </label>
      </p>
      {needsMapping ? (
        <ImportMapping
          state={state}
          headers={summary.headers}
          fields={fields}
          t={t}
          onChange={onChange}
        />
      ) : null}
      {summary ? <ImportSummary summary={summary} t={t} fmt={fmt} /> : null}
      <p class="field-row">
        <button
          type="button"
          disabled={!state.fileName || !state.account.trim() || state.busy}
          onClick={onPreview}
        >
          {t('import_preview')}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="import-commit"
          disabled={!canCommit || !summary || summary.customers === 0 || state.busy}
          onClick={onCommit}
        >
          {t('import_commit', [fmt.number(summary?.customers ?? 0, 0)])}
        </button>
      </p>
      <p role="status" class={state.status.kind === 'error' ? 'error' : 'small'}>
        {state.status.text}
      </p>
    </fieldset>
  );
}
