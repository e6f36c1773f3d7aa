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
import { createPageReadLimit, PAGE_READ_LIMIT } from '@/lib/background/page-read-limit';
import { openRungStore } from '@/lib/store';
import { resumeImportJob } from '@/lib/store/import/import-job';

export default defineBackground(() => {
  const storePromise = openRungStore();
  const tabs = createTabState(browser.storage.session, () => browser.storage.session.get(null));
  const pageFailures = createPageFailures(browser.storage.session);
  const pageReads = createPageReadLimit(PAGE_READ_LIMIT);
  const now = () => new Date();

  const routerPromise = storePromise.then((store) =>
    createRouter(
      createHandlers({
        store,
        tabs,
        pageFailures,
        pageReads,
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
    pageReads.forget(tabId);
  });
  // Tabs closed while no worker ran left their records behind.
  void browser.tabs
    .query({})
    .then((open) =>
      tabs.forgetAllBut(open.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]))),
    )
    .catch(() => undefined);

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
