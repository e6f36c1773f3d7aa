/**
 * Loads the settings and staff name from the background, holds the form's state, and
 * saves: local checks first (inline, per field), then the engine's rules, then the
 * background, whose refusal is shown as the status.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messages/client';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { FieldProblem } from '../../components/options/settingDraft';
import { buildSettings, stateFromSettings, type OptionsState } from './optionsState';

export type Status = { kind: 'idle' | 'ok' | 'error'; text: string };

export function useOptions(t: Translate, fmt: Format) {
  const [base, setBase] = useState<unknown>(null);
  const [state, setState] = useState<OptionsState | null>(null);
  const [problems, setProblems] = useState<Record<string, FieldProblem | string>>({});
  const [status, setStatus] = useState<Status>({ kind: 'idle', text: '' });
  const [busy, setBusy] = useState(false);
  /** Counts successful saves, so the progress bar knows a reclassification started. */
  const [saves, setSaves] = useState(0);

  useEffect(() => {
    sendMessage('settings.get', {})
      .then((reply) => {
        setBase(reply.settings);
        setState(stateFromSettings(reply.settings, reply.staffName, fmt));
      })
      .catch((error: unknown) =>
        setStatus({ kind: 'error', text: String((error as Error).message) }),
      );
  }, []);

  const update = (patch: Partial<OptionsState>) => {
    setState((current) => (current ? { ...current, ...patch } : current));
    setStatus({ kind: 'idle', text: '' });
  };

  const setNumber = (path: string, value: string) => {
    setState((current) =>
      current ? { ...current, numbers: { ...current.numbers, [path]: value } } : current,
    );
    // Re-check as the user types, but only the fields already shown as wrong.
    setProblems(({ [path]: _fixed, ...rest }) => rest);
  };

  const save = async () => {
    if (!state) return;
    const built = buildSettings(base, state);
    if (!built.ok) {
      setProblems(built.problems);
      setStatus({
        kind: 'error',
        text: t('options_fix_fields', [fmt.number(Object.keys(built.problems).length, 0)]),
      });
      return;
    }
    setProblems({});
    setBusy(true);
    try {
      await sendMessage('settings.save', {
        settings: built.settings,
        staffName: state.staffName.trim(),
      });
      setBase(built.settings);
      setSaves((n) => n + 1);
      setStatus({ kind: 'ok', text: t('options_saved') });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  };

  return { base, state, problems, status, busy, saves, update, setNumber, save };
}
