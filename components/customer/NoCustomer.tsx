/**
 * Shown when the active tab has no customer to show, with the reason in words and,
 * where Rung can help (an unknown site), the actions the page offers.
 */
import type { ComponentChildren } from 'preact';
import type { Translate } from '../../lib/i18n/translate';

export interface NoCustomerProps {
  /** The background's reason code ('no-customer-page', …) or an error message. */
  reason: string | null;
  t: Translate;
  children?: ComponentChildren;
}

/** Reason codes the background sends in `TabCustomer.reason`, plus the pages' own. */
const REASON_KEYS: Record<string, string> = {
  'no-customer-page': 'no_customer_page',
  'unsupported-site': 'no_customer_unsupported_site',
  'no-tab': 'no_customer_no_tab',
  'not-found': 'no_customer_not_found',
};

export function NoCustomer({ reason, t, children }: NoCustomerProps) {
  const key = reason ? REASON_KEYS[reason] : undefined;
  const text = key ? t(key) : reason;
  return (
    <section class="empty" data-testid="no-customer">
      <h1>{t('no_customer_title')}</h1>
      <p>{text ?? t('no_customer_generic')}</p>
      {children}
    </section>
  );
}
