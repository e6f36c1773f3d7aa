/**
 * The picker's state and its wiring to the page: the reducer from lib/picker, the pointer
 * watch (active during the field steps), the live preview after every change, and saving.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { PickerPanel } from '@/components/picker/PickerPanel';
import type { SaveStatus } from '@/components/picker/SaveStep';
import type { Translate } from '@/lib/i18n/translate';
import { buildDefinition } from '@/lib/picker/definition';
import { currentField, initialState, pickerReducer, type PickerState } from '@/lib/picker/draft';
import { previewDraft } from '@/lib/picker/preview';
import { proposePick, REFUSAL_KEYS } from '@/lib/picker/targets';
import { proposeUrlPattern, proposeUrlRegex } from '@/lib/picker/url-regex';
import { placeOutline, type PickerMount } from './mount';
import { watchPointer } from './pointer';
import { saveTaughtPage } from './save';

export interface PickerAppProps {
  mount: PickerMount;
  t: Translate;
  onClose: () => void;
}

/** The preview's definition id; the saved one is derived from the host (merge.ts). */
const DRAFT_ID = 'draft';

const pageUrl = () => new URL(location.href);

export function PickerApp({ mount, t, onClose }: PickerAppProps) {
  const [state, dispatch] = useReducer(pickerReducer, undefined, () => {
    const url = pageUrl();
    return initialState({ name: url.hostname, urlPattern: proposeUrlPattern(url), urlRegex: '' });
  });
  const [refused, setRefused] = useState<string | null>(null);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ state: 'idle' });
  // The pointer listeners are registered once; they read the latest state through this ref.
  const stateRef = useRef<PickerState>(state);
  stateRef.current = state;

  useEffect(() => {
    const controller = new AbortController();
    watchPointer(
      mount.host,
      {
        picking: () => currentField(stateRef.current) !== null,
        hover: (target) => placeOutline(mount.outline, target),
        pick: (target) => {
          const s = stateRef.current;
          const step = currentField(s);
          if (!step) return;
          const outcome = proposePick(target, step, s.fields.row?.selector);
          setRefused(outcome.ok ? null : REFUSAL_KEYS[outcome.reason]);
          if (outcome.ok) dispatch({ type: 'picked', field: outcome.field });
        },
        cancel: onClose,
      },
      controller.signal,
    );
    return () => controller.abort();
  }, [mount, onClose]);

  const definition = useMemo(() => buildDefinition(state, DRAFT_ID), [state]);
  const preview = useMemo(
    () => previewDraft(document, pageUrl(), state.fields.row?.selector, definition),
    [state, definition],
  );

  const save = async () => {
    const taught = buildDefinition(state, DRAFT_ID);
    // A definition that cannot read the page it was taught on is never saved.
    if (!taught || !preview.urlMatches) return;
    setSaveStatus({ state: 'saving' });
    try {
      await saveTaughtPage(taught, pageUrl());
      setSaveStatus({ state: 'saved' });
    } catch (error) {
      setSaveStatus({
        state: 'failed',
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  return (
    <PickerPanel
      state={state}
      preview={preview}
      refused={refused}
      saveStatus={saveStatus}
      t={t}
      onKind={(kind) =>
        dispatch({ type: 'kind', kind, urlRegex: proposeUrlRegex(pageUrl(), kind) })
      }
      onAction={(action) => {
        setRefused(null);
        setSaveStatus({ state: 'idle' });
        dispatch(action);
      }}
      onSave={() => void save()}
      onCancel={onClose}
    />
  );
}
