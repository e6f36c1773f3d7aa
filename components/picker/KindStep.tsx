/** The first question: is this page one customer, or a list of customers? */
import type { Translate } from '../../lib/i18n/translate';
import type { PickerPageKind } from '../../lib/picker/steps';

export interface KindStepProps {
  t: Translate;
  onKind: (kind: PickerPageKind) => void;
}

export function KindStep({ t, onKind }: KindStepProps) {
  return (
    <div class="step" data-testid="picker-kind">
      <p>{t('picker_kind_question')}</p>
      <div class="actions">
        <button
          type="button"
          data-testid="picker-kind-list"
          onClick={() => onKind('customer-list')}
        >
          {t('picker_kind_list')}
        </button>
        <button type="button" data-testid="picker-kind-customer" onClick={() => onKind('customer')}>
          {t('picker_kind_customer')}
        </button>
      </div>
    </div>
  );
}
