/**
 * What the background does for each request: thin glue between the typed protocol and
 * the store. Browser APIs arrive as small injected functions so the handlers are unit
 * tested with fakes and `entrypoints/background.ts` stays wiring only.
 */
import { browser } from 'wxt/browser';
import { identifyPage, scrapeMatchesSender } from '../crms/page-identity';
import { siteOrigin } from './site-origin';
import { createPageFailures, type PageFailures } from './handlers-page-failure';
import type { BadgeView } from '../messages/protocol';
import type { CustomerKey } from '../domain/profile';
import type { BackgroundStore } from '../store';
import { backupToJson } from '../store/export/backup';
import { restoreBackup } from '../store/export/restore';
import { importActivity } from '../store/import/import-chunk';
import { commitWholeImport, startImportJob } from '../store/import/import-job';
import { ImportStaging } from '../store/import/import-staging';
import type { Handlers } from './router';
import { UserFacingError } from './router';
import type { TabState } from './tab-state';
import { badgeViewForPage } from './badge-view-for-page';
import { createPageReadLimit, PAGE_READ_LIMIT, type PageReadLimit } from './page-read-limit';

export interface BackgroundDeps {
  store: BackgroundStore;
  tabs: TabState;
  now: () => Date;
  /** The active tab of the focused window, for pages that ask "what am I looking at". */
  activeTab: () => Promise<{ id: number; url: string } | null>;
  /** Tells every CRM tab and open Rung page that results changed. */
  broadcastResultsChanged: () => void;
  sites: {
    enable(origin: string): Promise<void>;
    disable(origin: string): Promise<void>;
    list(): Promise<string[]>;
  };
  /** Injects the picker content script into a tab; defaults to scripting.executeScript. */
  injectPicker?: (tabId: number) => Promise<void>;
  /** Page reads the store refused, kept for the popup; defaults to storage.session. */
  pageFailures?: PageFailures;
  /** How often one tab may send a page read (./page-read-limit.ts). */
  pageReads?: PageReadLimit;
}

/** The picker is registered at run time only: injected on demand, never by manifest match. */
async function injectPickerScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    files: ['/content-scripts/picker.js'],
  });
}

const sameKey = (a: CustomerKey, b: CustomerKey) =>
  a.crm === b.crm && a.account === b.account && (a.id ?? a.email) === (b.id ?? b.email);

export function createHandlers(deps: BackgroundDeps): Handlers {
  const { store, tabs, now } = deps;
  const staging = new ImportStaging();
  let committing: string | null = null;
  const pageFailures = deps.pageFailures ?? createPageFailures(browser.storage.session);
  const pageReads = deps.pageReads ?? createPageReadLimit(PAGE_READ_LIMIT);
  return {
    async 'page.observed'({ url, scrape, part }, { sender }) {
      const tabUrl = sender.tab?.url ?? sender.url ?? '';
      if (!scrapeMatchesSender(scrape, tabUrl) || !scrapeMatchesSender(scrape, url)) {
        throw new UserFacingError('This page read names another account than the tab shows.');
      }
      const tabId = sender.tab?.id;
      if (tabId !== undefined) await pageReads.admit(tabId);
      const seenAt = now();
      let badges: (BadgeView | null)[];
      try {
        badges = await store.observe({ url, seenAt: seenAt.toISOString(), scrape }, seenAt);
      } catch (error) {
        // The badges can only show "!"; the popup and side panel say why (storage full…).
        if (tabId !== undefined) await pageFailures.record(tabId, url, error);
        throw error;
      }
      if (tabId !== undefined) {
        await pageFailures.clear(tabId);
        // Only a note for the popup: failing to write it must not fail the read.
        await tabs
          .recordScrape(tabId, url, scrape, seenAt.toISOString(), part)
          .catch((error: unknown) =>
            console.warn('Rung: could not note what the tab shows', error),
          );
      }
      return { badges: badges.map(badgeViewForPage) };
    },

    async 'badges.lookup'({ keys }, { kind }) {
      const badges = await store.lookupBadges(keys, now());
      return { badges: kind === 'content-script' ? badges.map(badgeViewForPage) : badges };
    },

    async 'customer.get'({ key }) {
      return store.getCustomer(key, now());
    },

    async 'override.set'(input) {
      const { staffName } = await store.getSettings();
      const badge = await store.setOverride(input, staffName, now());
      deps.broadcastResultsChanged();
      return badge;
    },

    async 'override.clear'({ key }) {
      const badge = await store.clearOverride(key, now());
      deps.broadcastResultsChanged();
      return badge;
    },

    // The panel itself was opened synchronously by the listener (side-panel-gesture.ts);
    // here we only remember which customer it should show.
    async 'sidepanel.show'({ key }, { sender }) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { opened: false };
      await tabs.focus(tabId, sender.tab?.url ?? '', key, now().toISOString());
      deps.broadcastResultsChanged();
      return { opened: true };
    },

    async 'tab.current'({ tabId }) {
      const tab = tabId === undefined ? await deps.activeTab() : { id: tabId, url: '' };
      if (!tab) return null;
      const failure = await pageFailures.get(tab.id, tab.url);
      if (failure)
        return { tabId: tab.id, url: failure.url, scrape: null, reason: failure.message };
      const record = await tabs.get(tab.id);
      if (!record) {
        // A site Rung reads, but no customer page yet; or a site Rung does not read at all
        // (the popup then offers to enable it or to teach Rung the CRM).
        const origin = siteOrigin(tab.url);
        // Without the tab's URL (asked by tab id) Rung cannot tell, so it says the milder.
        const known =
          !tab.url ||
          identifyPage(tab.url) !== null ||
          (origin !== null && (await deps.sites.list()).includes(origin));
        const reason = known ? 'no-customer-page' : 'unsupported-site';
        return { tabId: tab.id, url: tab.url, scrape: null, reason };
      }
      const scrape = record.scrape;
      // Put the clicked customer first, so "the customer on this tab" is the one asked for.
      if (scrape && record.focused) {
        const focused = record.focused;
        const index = scrape.customers.findIndex((c) => sameKey(c.key, focused));
        if (index > 0) {
          const customers = [...scrape.customers];
          const [picked] = customers.splice(index, 1);
          if (picked) customers.unshift(picked);
          return { tabId: tab.id, url: record.url, scrape: { ...scrape, customers } };
        }
      }
      return { tabId: tab.id, url: record.url, scrape };
    },

    async 'settings.get'() {
      return store.getSettings();
    },

    async 'settings.save'({ settings, staffName }) {
      // Saving starts the reclassification of everyone; badges look results up lazily
      // (a stale cached result is recomputed on look-up), so they can refresh at once.
      await store.saveSettings(settings, staffName, now());
      deps.broadcastResultsChanged();
      return { saved: true as const };
    },

    async 'site.enable'({ url }, { sender, kind }) {
      const origin = siteOrigin(url);
      if (!origin) throw new UserFacingError('Rung can only be enabled on http or https sites.');
      // A content script (the picker) may enable only the site its own tab shows.
      if (kind === 'content-script' && siteOrigin(sender.tab?.url ?? '') !== origin) {
        throw new UserFacingError('A page can only enable Rung on its own site.');
      }
      await deps.sites.enable(origin);
      return { origin };
    },

    async 'site.disable'({ origin }) {
      await deps.sites.disable(origin);
      return { origin };
    },

    async 'sites.list'() {
      return { origins: await deps.sites.list() };
    },

    async 'customers.list'(filter) {
      return store.listCustomers(now(), filter);
    },

    async 'settings.preview'({ settings }) {
      return store.previewSettings(settings, now());
    },

    async 'reclassify.progress'() {
      return store.reclassifyProgress();
    },

    async 'data.exportCsv'({ crm, account, stages, categories }) {
      const csv = await store.exportClassificationsCsv(now(), {
        ...(crm && account ? { account: `${crm}|${account}` } : {}),
        ...(stages ? { stages } : {}),
        ...(categories ? { categories } : {}),
      });
      return { csv };
    },

    async 'data.export'() {
      return { json: backupToJson(await store.backup(now())) };
    },

    async 'data.import'({ json }) {
      const outcome = await restoreBackup(store, json, now());
      deps.broadcastResultsChanged();
      return outcome;
    },

    async 'data.importRows'({ source, fileName, customers }) {
      const outcome = await startImportJob(store, { source, fileName, customers }, now());
      deps.broadcastResultsChanged();
      return outcome;
    },

    async 'data.importBegin'(header) {
      return { importId: staging.begin(header) };
    },

    async 'data.importStage'({ importId, customers }) {
      return { staged: staging.add(importId, customers) };
    },

    async 'data.importCommit'({ importId }) {
      const input = staging.take(importId);
      committing = importId;
      try {
        // The import refits its accounts' percentiles and classifies their customers itself.
        const outcome = await commitWholeImport(store, input, now());
        deps.broadcastResultsChanged();
        return outcome;
      } finally {
        committing = null;
      }
    },

    async 'data.importCancel'({ importId }) {
      if (committing === importId) {
        importActivity.cancelRequested = true;
        return { cancelled: true };
      }
      return { cancelled: staging.cancel(importId) };
    },

    async 'data.importProgress'() {
      return { done: importActivity.done, total: importActivity.total };
    },

    async 'data.deleteAll'() {
      await store.deleteAll();
      deps.broadcastResultsChanged();
      return { deleted: true as const };
    },

    async 'customCrms.get'() {
      return { definitions: await store.getCrmDefinitions() };
    },

    async 'customCrms.save'({ definitions }) {
      await store.saveCrmDefinitions(definitions);
      return { saved: true as const };
    },

    async 'picker.start'({ tabId }) {
      try {
        await (deps.injectPicker ?? injectPickerScript)(tabId);
      } catch {
        throw new UserFacingError('Rung could not open the picker on this tab.');
      }
      return { started: true as const };
    },
  };
}
