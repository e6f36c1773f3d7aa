/**
 * On a list page the tab shows many customers: let the user choose one instead of
 * guessing. Names are scraped text, rendered as text.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Format } from '../../lib/format/format';
import type { Profile, CustomerKey } from '../../lib/domain/profile';

export interface CustomerPickerProps {
  customers: Profile[];
  t: Translate;
  fmt: Format;
  onSelect: (key: CustomerKey) => void;
}

export function CustomerPicker({ customers, t, fmt, onSelect }: CustomerPickerProps) {
  return (
    <section class="card" aria-labelledby="picker-title" data-testid="customer-picker">
      <h2 id="picker-title">{t('picker_title', [fmt.number(customers.length, 0)])}</h2>
      <ul class="plain">
        {customers.map((customer, index) => (
          <li key={index}>
            <button type="button" class="link" onClick={() => onSelect(customer.key)}>
              {customer.name ?? customer.email ?? customer.key.id ?? customer.key.email ?? '—'}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
