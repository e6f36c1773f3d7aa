/**
 * The side panel (Chrome side panel, Firefox sidebar): the customer of the active tab,
 * or of the URL query, in full. Data fetching lives in the hooks; components only render.
 */
import { render } from 'preact';
import { setupPage, type PageContext } from './pageSetup';
import { keyFromQuery, keyId } from './keyFromQuery';
import { useShownCustomer } from './useShownCustomer';
import { useVocabulary } from './useVocabulary';
import { CustomerPanel } from '../../components/customer/CustomerPanel';
import { CustomerPicker } from '../../components/customer/CustomerPicker';
import { NoCustomer } from '../../components/customer/NoCustomer';
import { PageLinks } from '../../components/common/PageLinks';
import { browser } from 'wxt/browser';
import '../../components/common/page.css';

function SidePanel({ t, fmt }: PageContext) {
  const { shown, select, refresh } = useShownCustomer(keyFromQuery(location.search));
  const vocabulary = useVocabulary(refresh);
  if (shown.status === 'loading') return <p class="loading">{t('loading')}</p>;
  if (shown.status === 'error') return <NoCustomer reason={shown.message} t={t} />;
  if (shown.status === 'none') return <NoCustomer reason={shown.reason} t={t} />;
  return (
    <main>
      <CustomerPanel
        key={keyId(shown.detail.key)}
        detail={shown.detail}
        vocabulary={vocabulary}
        t={t}
        fmt={fmt}
        onSelect={select}
      />
      {shown.others.length > 1 ? (
        <CustomerPicker customers={shown.others} t={t} fmt={fmt} onSelect={select} />
      ) : null}
      <PageLinks
        dashboardUrl={browser.runtime.getURL('/dashboard.html')}
        optionsUrl={browser.runtime.getURL('/options.html')}
        t={t}
      />
    </main>
  );
}

const context = setupPage('sidepanel_title');
const root = document.getElementById('app');
if (root) render(<SidePanel {...context} />, root);
