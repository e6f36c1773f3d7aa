/**
 * Asks the background what the unsaved settings would change, 500 ms after the user
 * stops typing, and only for settings that pass the form's own checks.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Vocabulary } from '../../lib/segmentation/types';
import { describeMoves } from '../../components/options/previewMoves';
import type { PreviewState } from '../../components/options/PreviewPanel';
import { sendMessage } from '../../lib/messages/client';
import { buildSettings, type OptionsState } from './optionsState';

const DELAY_MS = 500;

export function usePreview(
  base: unknown,
  state: OptionsState | null,
  vocabulary: Vocabulary,
  t: Translate,
  fmt: Format,
) {
  const [preview, setPreview] = useState<PreviewState>({ kind: 'idle' });
  useEffect(() => {
    if (!state || base === null) return;
    const built = buildSettings(base, state);
    if (!built.ok) {
      setPreview({ kind: 'invalid' });
      return;
    }
    let cancelled = false;
    const timer = setTimeout(() => {
      setPreview({ kind: 'busy' });
      sendMessage('settings.preview', { settings: built.settings })
        .then(({ moves, total }) => {
          if (!cancelled)
            setPreview({ kind: 'ready', lines: describeMoves(moves, vocabulary, t, fmt), total });
        })
        .catch((error: unknown) => {
          if (!cancelled)
            setPreview({ kind: 'unavailable', message: String((error as Error).message) });
        });
    }, DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [base, state, vocabulary, t, fmt]);
  return preview;
}
