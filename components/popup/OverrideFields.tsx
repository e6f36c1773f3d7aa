/**
 * The override form's inputs: stage and category (each may stay automatic), the reason,
 * pin or floor, and an optional expiry. Names are the browser tests' hooks.
 */
import type { Translate } from '../../lib/i18n/translate';
import { CATEGORIES, STAGES, type Vocabulary } from '../../lib/segmentation/types';
import { categoryName, stageName } from '../common/labels';
import type { OverrideDraft } from './overrideDraft';

export interface OverrideFieldsProps {
  draft: OverrideDraft;
  vocabulary: Vocabulary;
  today: string;
  t: Translate;
  onChange: (patch: Partial<OverrideDraft>) => void;
}

export function OverrideFields({
  draft,
  vocabulary,
  today,
  t,
  onChange: set,
}: OverrideFieldsProps) {
  return (
    <>
      <label class="field">
        {t('override_stage')}
        <select
          name="stage"
          value={draft.stage}
          onChange={(e) => set({ stage: e.currentTarget.value })}
        >
          <option value="">{t('override_automatic_option')}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {stageName(stage, t)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t('override_category')}
        <select
          name="category"
          value={draft.category}
          onChange={(e) => set({ category: e.currentTarget.value })}
        >
          <option value="">{t('override_automatic_option')}</option>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {categoryName(category, vocabulary, t)}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        {t('override_reason')}
        <textarea
          name="reason"
          rows={2}
          maxLength={1000}
          value={draft.reason}
          onInput={(e) => set({ reason: e.currentTarget.value })}
        />
      </label>
      <fieldset>
        <legend>{t('override_mode')}</legend>
        <label class="choice">
          <input
            type="radio"
            name="mode"
            value="pin"
            checked={draft.mode === 'pin'}
            onChange={() => set({ mode: 'pin' })}
          />
          {t('override_mode_pin')}
        </label>
        <label class="choice">
          <input
            type="radio"
            name="mode"
            value="floor"
            checked={draft.mode === 'floor'}
            onChange={() => set({ mode: 'floor' })}
          />
          {t('override_mode_floor')}
        </label>
      </fieldset>
      <label class="field">
        {t('override_expires')}
        <input
          type="date"
          name="expiresAt"
          min={today}
          value={draft.expiresAt}
          onInput={(e) => set({ expiresAt: e.currentTarget.value })}
        />
      </label>
    </>
  );
}
