/**
 * Import customers, orders or deals from a CRM's CSV export: choose the file and the
 * account (from the accounts Rung knows, written as its pages write them), see what Rung
 * recognised (the export's layout, or a column mapping the user picks), how it read the
 * file (encoding, decimal mark, date order, as of when), the rows it could not read with
 * their line numbers, then import, with progress and a way to cancel. Nothing is written
 * before the user confirms.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import { ImportMapping } from './ImportMapping';
import { ImportProgress } from './ImportProgress';
import { ImportSummary } from './ImportSummary';

export type DateOrder = 'dmy' | 'mdy';
export type FileProblemCode = 'empty' | 'header-only' | 'xlsx' | 'xls' | 'binary' | 'too-big';

/** lib/store/import's MappingProblem: `code` names the message, `detail` its parameter. */
export interface MappingProblemView {
  code: 'unrecognised' | 'unknown-field' | 'no-column' | 'missing' | 'no-crm' | 'no-account';
  detail?: string;
  text: string;
}

/**
 * lib/store/import's ImportPreview without the profiles themselves (components do not
 * import the store; the options page's hook fills this in).
 */
export interface CsvImportSummary {
  headers: string[];
  source: string | null;
  formatLabel: string | null;
  crm: string | null;
  account: string;
  kind: 'customers' | 'orders' | 'deals';
  fileProblem: { code: FileProblemCode; text: string } | null;
  mappingProblems: MappingProblemView[];
  rows: number;
  customers: number;
  orders: number;
  badRows: { line: number; reason: string }[];
  badRowCount: number;
  folded: number;
  skipped: { drafts: number; lostDeals: number };
  encoding: { id: string; name: string; guessed: boolean };
  decimal: '.' | ',';
  dateOrder:
    | { kind: 'decided'; order: DateOrder }
    | { kind: 'ask'; examples: string[] }
    | { kind: 'mixed'; examples: string[] }
    | { kind: 'none' };
  /** The first example date read both ways (ISO), for the question's two answers. */
  dateReadings: Record<DateOrder, string | null> | null;
  observedAt: string;
  observedFrom: 'file-name' | 'file-date' | 'contents' | 'now';
}

export interface ImportProgressState {
  phase: 'reading' | 'sending' | 'writing';
  done: number;
  total: number;
}

export interface ImportPanelState {
  fileName: string;
  account: string;
  kind: 'customers' | 'orders' | 'deals';
  crm: string;
  choice: Record<string, string>;
  /** The user's answer to "day first or month first?", when the file could not tell. */
  dateOrder: DateOrder | null;
  summary: CsvImportSummary | null;
  busy: boolean;
  progress: ImportProgressState | null;
  status: { kind: 'idle' | 'ok' | 'error'; text: string };
}

/** A CRM and account Rung already holds customers of. */
export interface KnownAccount {
  crm: string;
  account: string;
}

export interface ImportPanelProps {
  state: ImportPanelState;
  /** Rung's import fields for the chosen kind, in order (customerId, email, …). */
  fields: readonly string[];
  /** A checked file whose customers are ready to send (the inputs have not changed since). */
  canCommit: boolean;
  /** The CRMs the mapping step offers: the built-in ones and the ones taught to Rung. */
  crms: readonly { id: string; label: string }[];
  accounts: readonly KnownAccount[];
  t: Translate;
  fmt: Format;
  onFile: (file: File) => void;
  onChange: (patch: Partial<ImportPanelState>) => void;
  onPreview: () => void;
  onCommit: () => void;
  onCancel: () => void;
}

export function ImportPanel(props: ImportPanelProps) {
  const { state, t, fmt, onChange } = props;
  const { summary } = state;
  const needsMapping = summary !== null && summary.source === null && summary.fileProblem === null;
  const crm = summary?.crm ?? (state.crm || null);
  const known = props.accounts.filter((a) => crm === null || a.crm === crm);
  const dateUnanswered = summary?.dateOrder.kind === 'ask' && state.dateOrder === null;
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
            accept=".csv,.txt,text/csv,text/plain"
            disabled={state.busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) props.onFile(file);
            }}
          />
        </label>
        <label class="field">
          {t('import_account_label')}
          <input
            name="importAccount"
            maxLength={200}
            list="import-known-accounts"
            value={state.account}
            disabled={state.busy}
            onInput={(e) => onChange({ account: e.currentTarget.value, summary: null })}
          />
          <datalist id="import-known-accounts">
            {known.map((a) => (
              <option key={`${a.crm}|${a.account}`} value={a.account} />
            ))}
          </datalist>
        </label>
      </p>
      {known.length > 0 ? (
        <p class="small" data-testid="import-known-accounts">
          {t('import_account_known', [known.map((a) => a.account).join(', ')])}
        </p>
      ) : null}
      {needsMapping ? (
        <ImportMapping
          state={state}
          headers={summary.headers}
          fields={props.fields}
          crms={props.crms}
          t={t}
          onChange={onChange}
        />
      ) : null}
      {summary ? (
        <ImportSummary
          summary={summary}
          dateOrder={state.dateOrder}
          t={t}
          fmt={fmt}
          onDateOrder={(dateOrder) => onChange({ dateOrder })}
        />
      ) : null}
      {state.progress ? (
        <ImportProgress progress={state.progress} t={t} fmt={fmt} onCancel={props.onCancel} />
      ) : null}
      <p class="field-row">
        <button
          type="button"
          disabled={!state.fileName || !state.account.trim() || state.busy}
          onClick={props.onPreview}
        >
          {t('import_preview')}
        </button>
        <button
          type="button"
          class="primary"
          data-testid="import-commit"
          disabled={
            !props.canCommit || !summary || summary.customers === 0 || dateUnanswered || state.busy
          }
          onClick={props.onCommit}
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
