/** The same customer in other CRMs or accounts (matched by e-mail), each selectable. */
import type { Translate } from '../../lib/i18n/translate';
import type { CustomerKey } from '../../lib/domain/profile';

export interface LinkedProfilesProps {
  linked: CustomerKey[];
  t: Translate;
  onSelect: (key: CustomerKey) => void;
}

export function LinkedProfiles({ linked, t, onSelect }: LinkedProfilesProps) {
  return (
    <section class="card" aria-labelledby="linked-title">
      <h2 id="linked-title">{t('linked_title')}</h2>
      {linked.length === 0 ? <p class="small">{t('linked_none')}</p> : null}
      <ul class="plain" data-testid="linked">
        {linked.map((key, index) => (
          <li key={index}>
            <button type="button" class="link" onClick={() => onSelect(key)}>
              {key.crm} · {key.account} · {key.id ?? key.email ?? ''}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
