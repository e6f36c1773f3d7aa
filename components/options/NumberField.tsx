/**
 * One numeric setting: label, input named by its dotted path (the browser tests'
 * hook), the unit, the allowed range as a hint, and the inline problem when there is
 * one, tied to the input by aria-describedby so screen readers announce it.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { SettingField, SettingUnit } from '../../lib/segmentation/setting-fields';
import type { Format } from '../../lib/format/format';
import { settingMessageKey, toShown, type FieldProblem } from './settingDraft';

const UNIT_KEYS: Record<SettingUnit, string> = {
  orders: 'unit_orders',
  days: 'unit_days_plain',
  referrals: 'unit_referrals',
  score: 'unit_score',
  ratio: 'unit_ratio',
  count: 'unit_count',
  share: 'unit_percent',
  probability: 'unit_percent',
  percentile: 'unit_percentile',
  money: 'unit_money',
  customers: 'unit_customers',
};

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Substitutions that are setting message keys (the other field of an order rule) are
 * translated; plain numbers (a range's ends) are written in the locale's digits, so a
 * Persian message reads "از ۲ تا ۱٬۰۰۰", not "از 2 تا 1000".
 */
function problemText(problem: FieldProblem | string, t: Translate, fmt: Format): string {
  if (typeof problem === 'string') return problem;
  const subs = problem.substitutions.map((s) => {
    if (s.startsWith('setting_')) return t(s);
    return PLAIN_NUMBER.test(s) ? fmt.number(Number(s), 3) : s;
  });
  return t(problem.key, subs);
}

export interface NumberFieldProps {
  field: SettingField;
  value: string;
  /** Our field check (a message key) or the engine's cross-field sentence. */
  problem: FieldProblem | string | undefined;
  t: Translate;
  fmt: Format;
  onInput: (path: string, value: string) => void;
}

export function NumberField({ field, value, problem, t, fmt, onInput }: NumberFieldProps) {
  const id = `setting-${field.path}`;
  const errorId = `error-${field.path}`;
  return (
    <div class="field">
      <label for={id}>{t(settingMessageKey(field.path))}</label>
      <span class="field-row">
        <input
          id={id}
          name={field.path}
          inputMode="decimal"
          value={value}
          aria-invalid={problem ? 'true' : 'false'}
          aria-describedby={problem ? errorId : undefined}
          onInput={(event) => onInput(field.path, event.currentTarget.value)}
          size={10}
        />
        <span class="small">
          {t(UNIT_KEYS[field.unit])} ·{' '}
          {t('settings_range', [
            fmt.number(toShown(field, field.min), 3),
            fmt.number(toShown(field, field.max), 3),
          ])}
        </span>
      </span>
      {problem ? (
        <span class="error" id={errorId} data-testid={errorId} role="alert">
          {problemText(problem, t, fmt)}
        </span>
      ) : null}
    </div>
  );
}
