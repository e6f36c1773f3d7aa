/**
 * On a list page the tab shows many customers: let the user choose one instead of
 * guessing. Names are scraped text, rendered as text.
 */
import type { Translate } from '../../lib/i18n/translate';
import type { Profile, CustomerKey } from '../../lib/profile';

export interface CustomerPickerProps {
  customers: Profile[];
  t: Translate;
  onSelect: (key: CustomerKey) => void;
}

export function CustomerPicker({ customers, t, onSelect }: CustomerPickerProps) {
  return (
    <section class="card" aria-labelledby="picker-title" data-testid="customer-picker">
      <h2 id="picker-title">{t('picker_title', [String(customers.length)])}</h2>
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
