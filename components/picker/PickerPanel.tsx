/**
 * The picker's panel: a small dialog fixed to a corner of the CRM page (inside the content
 * script's shadow root), showing the current step and, once anything is picked, what the
 * draft reads on this page. Props in, events out: the content script owns the page.
 */
import type { Translate } from '../../lib/i18n/translate';
import {
  canAdvance,
  currentField,
  type PickerAction,
  type PickerState,
} from '../../lib/picker/draft';
import type { PickerPreview } from '../../lib/picker/preview';
import { isRequired, stepsFor, type PickerPageKind } from '../../lib/picker/steps';
import { FieldStep } from './FieldStep';
import { KindStep } from './KindStep';
import { PreviewList } from './PreviewList';
import { SaveStep, type SaveStatus } from './SaveStep';

export interface PickerPanelProps {
  state: PickerState;
  preview: PickerPreview;
  refused: string | null;
  saveStatus: SaveStatus;
  t: Translate;
  onKind: (kind: PickerPageKind) => void;
  onAction: (action: Exclude<PickerAction, { type: 'kind' | 'picked' }>) => void;
  onSave: () => void;
  onCancel: () => void;
}

function progress(state: PickerState, t: Translate): string {
  if (!state.kind || state.phase === 'kind') return '';
  const total = stepsFor(state.kind).length + 1;
  const at = state.phase === 'save' ? total : state.step + 1;
  return t('picker_progress', [String(at), String(total)]);
}

export function PickerPanel(props: PickerPanelProps) {
  const { state, t, onAction } = props;
  const field = currentField(state);
  return (
    <div class="panel" role="dialog" aria-labelledby="rung-picker-title" data-testid="picker-panel">
      <header>
        <h2 id="rung-picker-title">{t('picker_panel_title')}</h2>
        <span class="small">{progress(state, t)}</span>
        <button
          type="button"
          class="close"
          data-testid="picker-cancel"
          aria-label={t('picker_cancel')}
          title={t('picker_cancel')}
          onClick={props.onCancel}
        >
          ×
        </button>
      </header>
      {state.phase === 'kind' ? <KindStep t={t} onKind={props.onKind} /> : null}
      {field && state.kind ? (
        <FieldStep
          field={field}
          picked={state.fields[field]}
          required={isRequired(state.kind, field)}
          canAdvance={canAdvance(state)}
          refused={props.refused}
          t={t}
          onEdit={(patch) => onAction({ type: 'edit', patch })}
          onBack={() => onAction({ type: 'back' })}
          onSkip={() => onAction({ type: 'skip' })}
          onNext={() => onAction({ type: 'next' })}
        />
      ) : null}
      {state.phase === 'save' ? (
        <SaveStep
          site={state.site}
          urlMatches={props.preview.urlMatches}
          {...(props.preview.urlMismatch ? { urlMismatch: props.preview.urlMismatch } : {})}
          status={props.saveStatus}
          t={t}
          onSite={(patch) => onAction({ type: 'site', patch })}
          onBack={() => onAction({ type: 'back' })}
          onSave={props.onSave}
        />
      ) : null}
      {state.phase !== 'kind' ? <PreviewList preview={props.preview} t={t} /> : null}
      <p class="small hint">{t('picker_escape_hint')}</p>
    </div>
  );
}
