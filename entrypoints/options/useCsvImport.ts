/**
 * The CSV import: the page reads and checks the file itself (lib/store/import's pure
 * preview, no IndexedDB), shows what it found, and only on confirmation sends the
 * customers to the background (`data.importRows`), which merges and reclassifies them.
 */
import { useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Profile } from '../../lib/domain/profile';
import { sendMessage } from '../../lib/messages/client';
import { CUSTOMER_FIELDS, ORDER_FIELDS } from '../../lib/store/import/fields';
import { previewImport } from '../../lib/store/import/preview';
import type { ImportPanelState } from '../../components/options/ImportPanel';

/** Bounded so parsing and the message stay comfortable for a browser page. */
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

export function useCsvImport(t: Translate, fmt: Format, onImported: () => void) {
  const [state, setState] = useState<ImportPanelState>(INITIAL);
  const [file, setFile] = useState<File | null>(null);
  const [ready, setReady] = useState<{ source: string; customers: Profile[] } | null>(null);
  const change = (patch: Partial<ImportPanelState>) => {
    setState((s) => ({ ...s, ...patch }));
    // Any change to the inputs invalidates a preview already made.
    if (!('summary' in patch) && !('busy' in patch) && !('status' in patch)) setReady(null);
  };
  const fail = (error: unknown) =>
    change({ busy: false, status: { kind: 'error', text: String((error as Error).message) } });

  const onFile = (chosen: File) => {
    if (chosen.size > MAX_CSV_BYTES) {
      change({ status: { kind: 'error', text: t('import_too_big') } });
      return;
    }
    setFile(chosen);
    change({ fileName: chosen.name, summary: null, status: { kind: 'idle', text: '' } });
  };

  const preview = async () => {
    if (!file) return;
    change({ busy: true });
    try {
      const mapped = state.summary && state.summary.source === null;
      const result = await previewImport(file, {
        account: state.account.trim(),
        ...(mapped
          ? { mapping: { choice: state.choice, kind: state.kind, crm: state.crm.trim() } }
          : {}),
      });
      setReady(result.source ? { source: result.source, customers: result.customers } : null);
      change({
        busy: false,
        status: { kind: 'idle', text: '' },
        summary: {
          headers: result.headers,
          source: result.source,
          mappingErrors: result.mappingErrors,
          rows: result.rows,
          customers: result.customers.length,
          badRows: result.badRows,
          badRowCount: result.badRowCount,
        },
      });
    } catch (error) {
      fail(error);
    }
  };

  const commit = async () => {
    if (!ready) return;
    change({ busy: true });
    try {
      const { written, refused } = await sendMessage('data.importRows', {
        source: ready.source,
        fileName: state.fileName,
        customers: ready.customers,
      });
      setReady(null);
      change({
        busy: false,
        summary: null,
        status: {
          kind: 'ok',
          text: t('import_done', [fmt.number(written, 0), fmt.number(refused, 0)]),
        },
      });
      onImported();
    } catch (error) {
      fail(error);
    }
  };

  const fields =
    state.kind === 'orders' ? [...CUSTOMER_FIELDS, ...ORDER_FIELDS] : [...CUSTOMER_FIELDS];
  return { state, fields, canCommit: ready !== null, change, onFile, preview, commit };
}
