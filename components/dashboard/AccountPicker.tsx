/** Which account (CRM + portal/store/site) the dashboard shows. */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { AccountRef } from './rows';

export interface AccountPickerProps {
  accounts: AccountRef[];
  value: string;
  t: Translate;
  fmt: Format;
  onChange: (id: string) => void;
}

export function AccountPicker({ accounts, value, t, fmt, onChange }: AccountPickerProps) {
  return (
    <label class="field">
      {t('dashboard_account')}
      <select name="account" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {accounts.map((a) => (
          <option key={`${a.crm}|${a.account}`} value={`${a.crm}|${a.account}`}>
            {t('dashboard_account_option', [a.crm, a.account, fmt.number(a.customers, 0)])}
          </option>
        ))}
      </select>
    </label>
  );
}
