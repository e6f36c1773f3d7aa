/**
 * The toolbar popup: the current tab's customer (or the URL query's), the override
 * form with the automatic result beside it, and, where Rung reads nothing, the way to
 * enable it on this site or teach it a custom CRM.
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { setupPage, type PageContext } from '../sidepanel/pageSetup';
import { keyFromQuery, keyId } from '../sidepanel/keyFromQuery';
import { useShownCustomer } from '../sidepanel/useShownCustomer';
import { useVocabulary } from '../sidepanel/useVocabulary';
import { sendMessage } from '../../lib/messages/client';
import { useSiteAccess } from './useSiteAccess';
import { CustomerSummary } from '../../components/customer/CustomerSummary';
import { NoCustomer } from '../../components/customer/NoCustomer';
import { OverrideForm } from '../../components/popup/OverrideForm';
import { SiteActions } from '../../components/popup/SiteActions';
import { toOverrideInput } from '../../components/popup/overrideDraft';
import { CustomerPicker } from '../../components/customer/CustomerPicker';
import { PageLinks } from '../../components/common/PageLinks';
import { playbookText } from '../../lib/i18n/playbookText';
import '../../components/common/page.css';

function Popup({ t, fmt }: PageContext) {
  const { shown, reload, refresh, select } = useShownCustomer(keyFromQuery(location.search));
  const vocabulary = useVocabulary(refresh);
  const site = useSiteAccess(shown.status === 'none' ? shown.tab?.url : undefined);
  // Custom CRM definitions live with the sites on the options page.
  const links = (
    <PageLinks
      dashboardUrl={browser.runtime.getURL('/dashboard.html')}
      optionsUrl={browser.runtime.getURL('/options.html')}
      t={t}
    />
  );
  // Teach: host access first (straight from the click: the prompt needs the gesture), then
  // the background injects the on-page picker into this tab and the popup gets out of its way.
  const teach = async () => {
    const tabId = shown.status === 'none' ? shown.tab?.tabId : undefined;
    if (!site.origin || tabId === undefined) return;
    const origins = [`${site.origin}/*`];
    if (!(await browser.permissions.request({ origins }).catch(() => false))) return;
    await sendMessage('picker.start', { tabId }).then(
      () => window.close(),
      () => undefined,
    );
  };

  if (shown.status === 'loading') return <p class="loading">{t('loading')}</p>;
  if (shown.status === 'error') return <NoCustomer reason={shown.message} t={t} />;
  if (shown.status === 'none') {
    return (
      <NoCustomer reason={shown.reason} t={t}>
        <SiteActions
          origin={site.origin}
          enabled={site.enabled}
          status={site.status}
          t={t}
          onEnable={() => void site.enable(t('site_granted'), t('site_refused'))}
          onTeach={() => void teach()}
        />
        {links}
      </NoCustomer>
    );
  }
  const { detail } = shown;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <main class="popup">
      <CustomerSummary detail={detail} vocabulary={vocabulary} t={t} fmt={fmt} />
      <p class="headline">{playbookText(detail.effective.treatment.headline, t)}</p>
      <OverrideForm
        key={keyId(detail.key)}
        automatic={detail.automatic}
        override={detail.override}
        vocabulary={vocabulary}
        today={today}
        t={t}
        onSave={async (draft) => {
          await sendMessage('override.set', toOverrideInput(detail.key, draft));
          reload();
        }}
        onRevert={async () => {
          await sendMessage('override.clear', { key: detail.key });
          reload();
        }}
      />
      {shown.others.length > 1 ? (
        <CustomerPicker customers={shown.others} t={t} fmt={fmt} onSelect={select} />
      ) : null}
      {links}
    </main>
  );
}

const context = setupPage('popup_title');
document.body.classList.add('popup-body');
const root = document.getElementById('app');
if (root) render(<Popup {...context} />, root);
