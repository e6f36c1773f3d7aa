/**
 * Import customers or orders from a CRM's CSV export: choose the file and the account,
 * see what Rung recognised (the export's format, or a column mapping the user picks),
 * the rows it could not read with their line numbers, then import. Nothing is written
 * before the user confirms.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';

export interface CsvImportRequest {
  csv: string;
  account: string;
  mapping?: {
    choice: Record<string, string | undefined>;
    kind: 'customers' | 'orders';
    crm: string;
  };
}

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
        <div data-testid="import-mapping">
          <p>{t('import_unrecognised')}</p>
          <p class="field-row">
            <label class="field">
              {t('import_kind')}
              <select
                name="importKind"
                value={state.kind}
                onChange={(e) =>
                  onChange({ kind: e.currentTarget.value === 'orders' ? 'orders' : 'customers' })
                }
              >
                <option value="customers">{t('import_kind_customers')}</option>
                <option value="orders">{t('import_kind_orders')}</option>
              </select>
            </label>
            <label class="field">
              {t('import_crm')}
              <input
                name="importCrm"
                maxLength={60}
                value={state.crm}
                onInput={(e) => onChange({ crm: e.currentTarget.value })}
              />
            </label>
          </p>
          <table class="data">
            <tbody>
              {fields.map((field) => (
                <tr key={field}>
                  <th scope="row">
                    <label for={`map-${field}`} class="mono">
                      {field}
                    </label>
                  </th>
                  <td>
                    <select
                      id={`map-${field}`}
                      name={`map.${field}`}
                      value={state.choice[field] ?? ''}
                      onChange={(e) =>
                        onChange({ choice: { ...state.choice, [field]: e.currentTarget.value } })
                      }
                    >
                      <option value="">{t('import_unmapped')}</option>
                      {summary.headers.map((header) => (
                        <option key={header} value={header}>
                          {header}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {summary ? (
        <div data-testid="import-summary">
          {summary.source ? <p>{t('import_recognised', [summary.source])}</p> : null}
          {summary.mappingErrors.length > 0 ? (
            <ul class="error">
              {summary.mappingErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
          <p>
            {t('import_counts', [
              fmt.number(summary.rows, 0),
              fmt.number(summary.customers, 0),
              fmt.number(summary.badRowCount, 0),
            ])}
          </p>
          {summary.badRows.length > 0 ? (
            <ul class="small">
              {summary.badRows.slice(0, 5).map((b) => (
                <li key={b.line}>{t('import_bad_row', [String(b.line), b.reason])}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
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
          disabled={
            !summary || summary.customers === 0 || summary.mappingErrors.length > 0 || state.busy
          }
          onClick={onCommit}
        >
          {t('import_commit', [String(summary?.customers ?? 0)])}
        </button>
      </p>
      <p role="status" class={state.status.kind === 'error' ? 'error' : 'small'}>
        {state.status.text}
      </p>
    </fieldset>
  );
}
