/**
 * The CSV import's state and its two messages. The file is read as text in the page
 * (bounded) and sent to the background, which parses, maps and writes it.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import { CUSTOMER_FIELDS, ORDER_FIELDS } from '../../lib/store/import/fields';
import type { CsvImportRequest, ImportPanelState } from '../../components/options/ImportPanel';
import { sendPending } from '../dashboard/pendingMessages';

/** Message payloads live in memory twice; keep files to what a browser page handles well. */
const MAX_CSV_BYTES = 20 * 1024 * 1024;

const INITIAL: ImportPanelState = {
  fileName: '',
  account: '',
  kind: 'customers',
  crm: '',
  choice: {},
  summary: null,
  busy: false,
  status: { kind: 'idle', text: '' },
};

export function useCsvImport(t: Translate, onImported: () => void) {
  const [state, setState] = useState<ImportPanelState>(INITIAL);
  const [csv, setCsv] = useState('');
  const change = (patch: Partial<ImportPanelState>) => setState((s) => ({ ...s, ...patch }));
  const fail = (error: unknown) =>
    change({ busy: false, status: { kind: 'error', text: String((error as Error).message) } });

  const request = (): CsvImportRequest => ({
    csv,
    account: state.account.trim(),
    ...(state.summary && state.summary.source === null
      ? { mapping: { choice: state.choice, kind: state.kind, crm: state.crm.trim() } }
      : {}),
  });

  const onFile = async (file: File) => {
    if (file.size > MAX_CSV_BYTES) {
      change({ status: { kind: 'error', text: t('import_too_big') } });
      return;
    }
    setCsv(await file.text());
    change({ fileName: file.name, summary: null, status: { kind: 'idle', text: '' } });
  };

  const preview = async () => {
    change({ busy: true });
    try {
      const summary = await sendPending('import.preview', request());
      change({ busy: false, summary, status: { kind: 'idle', text: '' } });
    } catch (error) {
      fail(error);
    }
  };

  const commit = async () => {
    change({ busy: true });
    try {
      const { customers } = await sendPending('import.commit', request());
      change({
        busy: false,
        summary: null,
        status: { kind: 'ok', text: t('import_done', [String(customers)]) },
      });
      onImported();
    } catch (error) {
      fail(error);
    }
  };

  const fields =
    state.kind === 'orders' ? [...CUSTOMER_FIELDS, ...ORDER_FIELDS] : [...CUSTOMER_FIELDS];
  return { state, fields, change, onFile, preview, commit };
}
