/**
 * Rung's service worker: wiring only. Opens the store, answers the typed protocol,
 * and resumes any reclassification a stopped worker left halfway.
 */
import { browser } from 'wxt/browser';
import { activeTab, broadcastResultsChanged, openSidePanel } from '@/lib/background/browser-bridge';
import { createHandlers } from '@/lib/background/handlers';
import { createPageFailures } from '@/lib/background/handlers-page-failure';
import { reinjectIntoOpenTabs } from '@/lib/background/reinject';
import { createRouter } from '@/lib/background/router';
import { sidePanelTabFor } from '@/lib/background/side-panel-gesture';
import {
  disableSite,
  enableSite,
  enabledSites,
  watchRevokedSites,
} from '@/lib/background/site-access';
import { createTabState } from '@/lib/background/tab-state';
import { openRungStore } from '@/lib/store';
import { resumeImportJob } from '@/lib/store/import/import-job';

export default defineBackground(() => {
  const storePromise = openRungStore();
  const tabs = createTabState(browser.storage.session);
  const pageFailures = createPageFailures(browser.storage.session);
  const now = () => new Date();

  const routerPromise = storePromise.then((store) =>
    createRouter(
      createHandlers({
        store,
        tabs,
        pageFailures,
        now,
        activeTab,
        broadcastResultsChanged,
        sites: { enable: enableSite, disable: disableSite, list: enabledSites },
      }),
      {
        extensionId: browser.runtime.id,
        extensionOrigin: browser.runtime.getURL('/'),
      },
    ),
  );

  browser.runtime.onMessage.addListener((message, sender) => {
    const sidePanelTab = sidePanelTabFor(message, sender, browser.runtime.id);
    if (sidePanelTab !== null) openSidePanel(sidePanelTab).catch(() => undefined);
    return routerPromise.then((route) => route(message, sender));
  });
  watchRevokedSites();
  browser.runtime.onInstalled.addListener(() => void reinjectIntoOpenTabs());
  browser.tabs.onRemoved.addListener((tabId) => {
    void tabs.forget(tabId);
    void pageFailures.clear(tabId);
  });

  // MV3 stops idle workers: finish an import or a reclassification a stopped worker
  // left halfway.
  void storePromise.then(async (store) => {
    try {
      if (await resumeImportJob(store, now())) broadcastResultsChanged();
      await store.resumePendingJobs(now());
      broadcastResultsChanged();
    } catch (error) {
      console.warn('Rung: could not resume an interrupted job', error);
    }
  });
});
