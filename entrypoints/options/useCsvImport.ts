/**
 * The CSV import: the page reads and checks the file itself (lib/store/import's pure
 * preview, no IndexedDB), shows what it found, and only on confirmation sends the
 * customers to the background in bounded chunks (import-transport.ts), which merges and
 * reclassifies them. Reading and sending both show progress and can be cancelled.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import { fieldsOf, type ImportField } from '../../lib/store/import/fields';
import { parseDate } from '../../lib/store/import/values';
import { FIELD_LABELS } from '../../components/options/import-labels';
import { MAX_IMPORT_BYTES, previewImport } from '../../lib/store/import/preview';
import type { ImportPanelState } from '../../components/options/ImportPanel';
import { loadKnownCrms, sendImport, type ImportToSend, type KnownCrms } from './import-transport';

const INITIAL: ImportPanelState = {
  fileName: '',
  account: '',
  kind: 'customers',
  crm: '',
  choice: {},
  dateOrder: null,
  summary: null,
  busy: false,
  progress: null,
  status: { kind: 'idle', text: '' },
};

// Every import field has its label (a new field without one fails to compile here).
FIELD_LABELS satisfies Record<ImportField, string>;

/** Fields whose change keeps the checked preview valid. */
const VIEW_ONLY = new Set(['summary', 'busy', 'status', 'progress']);

export function useCsvImport(t: Translate, fmt: Format, onImported: () => void) {
  const [state, setState] = useState<ImportPanelState>(INITIAL);
  const [file, setFile] = useState<File | null>(null);
  const [ready, setReady] = useState<ImportToSend | null>(null);
  const [known, setKnown] = useState<KnownCrms>({ crms: [], accounts: [] });
  const cancelled = useRef(false);
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    void loadKnownCrms().then(setKnown);
  }, []);

  const change = (patch: Partial<ImportPanelState>) => {
    setState((s) => ({ ...s, ...patch }));
    // Any change to the inputs invalidates a preview already made.
    if (Object.keys(patch).some((k) => !VIEW_ONLY.has(k))) setReady(null);
  };
  const fail = (error: unknown) =>
    change({
      busy: false,
      progress: null,
      status: { kind: 'error', text: String((error as Error).message) },
    });

  const onFile = (chosen: File) => {
    if (chosen.size > MAX_IMPORT_BYTES) {
      change({
        status: {
          kind: 'error',
          text: t('import_file_too_big', [fmt.number(MAX_IMPORT_BYTES / 1048576, 0)]),
        },
      });
      return;
    }
    setFile(chosen);
    change({
      fileName: chosen.name,
      summary: null,
      choice: {},
      dateOrder: null,
      status: { kind: 'idle', text: '' },
    });
  };

  const preview = async (overrides: Partial<ImportPanelState> = {}) => {
    if (!file) return;
    const current = { ...latest.current, ...overrides };
    cancelled.current = false;
    change({ busy: true, progress: { phase: 'reading', done: 0, total: file.size } });
    try {
      const mapped = current.summary !== null && current.summary.source === null;
      const result = await previewImport(file, {
        account: current.account,
        fileName: file.name,
        fileDate: new Date(file.lastModified),
        ...(current.dateOrder ? { dateOrder: current.dateOrder } : {}),
        ...(mapped
          ? { mapping: { choice: current.choice, kind: current.kind, crm: current.crm } }
          : {}),
        onProgress: (done, total) =>
          setState((s) => ({ ...s, progress: { phase: 'reading', done, total } })),
        cancelled: () => cancelled.current,
      });
      if (cancelled.current) {
        change({
          busy: false,
          progress: null,
          status: { kind: 'idle', text: t('import_cancelled') },
        });
        return;
      }
      const { customers, ...summary } = result;
      setReady(
        result.source && !result.fileProblem
          ? {
              source: result.source,
              fileName: file.name,
              observedAt: result.observedAt,
              customers,
            }
          : null,
      );
      // An unknown file's first mapping is what its headers' names suggest.
      const choice =
        result.source === null && Object.keys(current.choice).length === 0
          ? (result.suggestion as Record<string, string>)
          : current.choice;
      setState((s) => ({
        ...s,
        choice,
        busy: false,
        progress: null,
        status: { kind: 'idle', text: '' },
        summary: {
          ...summary,
          customers: customers.length,
          dateReadings: readingsOf(result.dateOrder),
        },
      }));
    } catch (error) {
      fail(error);
    }
  };

  const commit = async () => {
    if (!ready) return;
    cancelled.current = false;
    const total = ready.customers.length;
    change({ busy: true, progress: { phase: 'writing', done: 0, total } });
    try {
      const outcome = await sendImport(
        ready,
        (phase, done) =>
          setState((s) => ({
            ...s,
            progress: { phase: phase === 'sending' ? 'sending' : 'writing', done, total },
          })),
        () => cancelled.current,
      );
      if (outcome === 'cancelled') {
        change({
          busy: false,
          progress: null,
          status: { kind: 'idle', text: t('import_cancelled') },
        });
        return;
      }
      setReady(null);
      change({
        busy: false,
        progress: null,
        summary: null,
        status: {
          kind: 'ok',
          text: t('import_done', [fmt.number(outcome.written, 0), fmt.number(outcome.refused, 0)]),
        },
      });
      onImported();
      void loadKnownCrms().then(setKnown);
    } catch (error) {
      fail(error);
    }
  };

  const onChange = (patch: Partial<ImportPanelState>) => {
    change(patch);
    // Answering how the file writes its dates reads it again with the answer.
    if (patch.dateOrder) void preview(patch);
  };

  const cancel = () => {
    cancelled.current = true;
  };

  return {
    state,
    fields: fieldsOf(state.kind),
    canCommit: ready !== null,
    crms: known.crms,
    accounts: known.accounts,
    change: onChange,
    onFile,
    preview: () => preview(),
    commit,
    cancel,
  };
}

/** The question's example read day-first and month-first, for the two answers. */
function readingsOf(finding: { kind: string; examples?: string[] }) {
  const example = finding.kind === 'ask' ? finding.examples?.[0] : undefined;
  if (!example) return null;
  return { dmy: parseDate(example, 'dmy'), mdy: parseDate(example, 'mdy') };
}
