/**
 * One field: "click the e-mail on the page", then what the picker proposed (and how it found
 * it: id, stable attribute, label or structure), editable, with back / skip / next. The id
 * field also offers an attribute and a regex, for ids that only live in a link's href.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { PickedField } from '../../lib/picker/draft';
import { FIELD_LABEL_KEYS, type PickerFieldKey } from '../../lib/picker/steps';

export type FieldPatch = Partial<Omit<PickedField, 'strategy'>>;

export interface FieldStepProps {
  field: PickerFieldKey;
  picked: PickedField | undefined;
  required: boolean;
  canAdvance: boolean;
  /** Why the last click was not taken (a message key), if it was not. */
  refused: string | null;
  t: Translate;
  onEdit: (patch: FieldPatch) => void;
  onBack: () => void;
  onSkip: () => void;
  onNext: () => void;
}

const STRATEGY_KEYS: Record<PickedField['strategy'], string> = {
  id: 'picker_strategy_id',
  attribute: 'picker_strategy_attribute',
  label: 'picker_strategy_label',
  structural: 'picker_strategy_structural',
  edited: 'picker_strategy_edited',
};

function TextInput(props: {
  name: keyof FieldPatch;
  value: string | undefined;
  label: string;
  onEdit: (p: FieldPatch) => void;
}) {
  return (
    <label class="field">
      <span>{props.label}</span>
      <input
        type="text"
        spellcheck={false}
        maxLength={500}
        data-testid={`picker-input-${props.name}`}
        value={props.value ?? ''}
        onInput={(e) => props.onEdit({ [props.name]: (e.currentTarget as HTMLInputElement).value })}
      />
    </label>
  );
}

export function FieldStep(props: FieldStepProps) {
  const { field, picked, t, onEdit } = props;
  const fieldName = t(FIELD_LABEL_KEYS[field]);
  return (
    <div class="step" data-testid="picker-field" data-field={field}>
      <p class="instruction">
        {t('picker_click_field', [fieldName])}
        {props.required ? <span class="required"> {t('picker_required')}</span> : null}
      </p>
      {props.refused ? (
        <p class="refused" role="alert">
          {t(props.refused)}
        </p>
      ) : null}
      {picked ? (
        <p class="strategy" data-testid="picker-strategy" data-strategy={picked.strategy}>
          {t('picker_found_by', [t(STRATEGY_KEYS[picked.strategy])])}
        </p>
      ) : (
        <p class="small">{t('picker_nothing_picked')}</p>
      )}
      <TextInput
        name="selector"
        value={picked?.selector}
        label={t('picker_selector')}
        onEdit={onEdit}
      />
      {field !== 'row' ? (
        <TextInput name="label" value={picked?.label} label={t('picker_label')} onEdit={onEdit} />
      ) : null}
      {field === 'id' ? (
        <>
          <TextInput
            name="attribute"
            value={picked?.attribute}
            label={t('picker_attribute')}
            onEdit={onEdit}
          />
          <TextInput
            name="pattern"
            value={picked?.pattern}
            label={t('picker_pattern')}
            onEdit={onEdit}
          />
        </>
      ) : null}
      <div class="actions">
        <button type="button" data-testid="picker-back" onClick={props.onBack}>
          {t('picker_back')}
        </button>
        {props.required ? null : (
          <button type="button" data-testid="picker-skip" onClick={props.onSkip}>
            {t('picker_skip')}
          </button>
        )}
        <button
          type="button"
          class="primary"
          data-testid="picker-next"
          disabled={!props.canAdvance}
          onClick={props.onNext}
        >
          {t('picker_next')}
        </button>
      </div>
    </div>
  );
}
