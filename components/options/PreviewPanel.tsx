/**
 * What saving would do to the cached customers, recomputed shortly after each change:
 * "12 repeat → client, 3 core → dead". A live region, so the count is announced.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';

export type PreviewState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'invalid' }
  | { kind: 'ready'; lines: string[]; total: number }
  | { kind: 'unavailable'; message: string };

export interface PreviewPanelProps {
  state: PreviewState;
  t: Translate;
  fmt: Format;
}

export function PreviewPanel({ state, t, fmt }: PreviewPanelProps) {
  return (
    <section class="card preview" aria-labelledby="preview-title" data-testid="settings-preview">
      <h2 id="preview-title">{t('preview_title')}</h2>
      <div role="status">
        {state.kind === 'idle' ? <p class="small">{t('preview_idle')}</p> : null}
        {state.kind === 'busy' ? <p class="small">{t('preview_busy')}</p> : null}
        {state.kind === 'invalid' ? <p class="small">{t('preview_invalid')}</p> : null}
        {state.kind === 'unavailable' ? (
          <p class="small">{t('preview_unavailable', [state.message])}</p>
        ) : null}
        {state.kind === 'ready' && state.lines.length === 0 ? (
          <p>{t('preview_none', [fmt.number(state.total, 0)])}</p>
        ) : null}
        {state.kind === 'ready' && state.lines.length > 0 ? (
          <>
            <p>{t('preview_some', [fmt.number(state.total, 0)])}</p>
            <ul>
              {state.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </section>
  );
}
