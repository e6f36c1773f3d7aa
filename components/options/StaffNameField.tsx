/** The staff member's name, recorded with every manual override they make. */
import type { Translate } from '../../lib/i18n/translate';

export interface StaffNameFieldProps {
  value: string;
  t: Translate;
  onInput: (value: string) => void;
}

export function StaffNameField({ value, t, onInput }: StaffNameFieldProps) {
  return (
    <fieldset>
      <legend>{t('options_staff')}</legend>
      <label class="field">
        {t('options_staff_name')}
        <input
          name="staffName"
          autoComplete="name"
          maxLength={100}
          value={value}
          onInput={(event) => onInput(event.currentTarget.value)}
        />
      </label>
      <p class="small">{t('options_staff_hint')}</p>
    </fieldset>
  );
}
