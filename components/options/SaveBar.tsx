/**
 * Save and its outcome. The status is a live region so the result (saved, or how many
 * fields need attention) is announced without moving focus.
 */
import type { Translate } from '../../lib/i18n/translate';

export interface SaveBarProps {
  busy: boolean;
  status: { kind: 'idle' | 'ok' | 'error'; text: string };
  t: Translate;
}

export function SaveBar({ busy, status, t }: SaveBarProps) {
  return (
    <div class="save-bar">
      <button type="submit" class="primary" data-testid="settings-save" disabled={busy}>
        {t('options_save')}
      </button>{' '}
      <span
        role="status"
        data-testid="settings-status"
        class={status.kind === 'error' ? 'error' : status.kind === 'ok' ? 'ok' : 'small'}
      >
        {status.text}
      </span>
    </div>
  );
}
