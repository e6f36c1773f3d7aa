/**
 * The last page read whose results Rung could not store, per tab. When the store refuses
 * a page read (storage full, a newer version, another tab upgrading), the badges can only
 * say "!": the reason in words belongs in the popup and side panel the badge opens. Without
 * this, those pages found no record for the tab and said "no customer on this page", which
 * sent the user looking for the wrong problem (issue 7).
 *
 * Kept in `storage.session` beside the tab records (one key per tab, so two tabs failing
 * at once cannot overwrite each other): MV3 stops an idle worker after ~30 s, and the user
 * may open the popup later than that. Gone with the browser session, like the failure.
 */
import { StoreError } from '../store/errors';
import type { SessionArea } from './tab-state';

export interface PageFailure {
  url: string;
  /** The store's sentence for the user, never the raw DOMException name. */
  message: string;
}

const keyFor = (tabId: number) => `page-failure:${tabId}`;

function isPageFailure(value: unknown): value is PageFailure {
  const v = value as Partial<PageFailure> | null | undefined;
  return typeof v?.url === 'string' && typeof v.message === 'string';
}

export function createPageFailures(area: SessionArea) {
  return {
    /** Remembers a store failure; anything else (a bug, a refused read) is not the user's. */
    async record(tabId: number, url: string, error: unknown): Promise<void> {
      if (!(error instanceof StoreError)) return;
      await area.set({ [keyFor(tabId)]: { url, message: error.message } satisfies PageFailure });
    },
    /** A later read of the tab was stored: the failure is over. */
    async clear(tabId: number): Promise<void> {
      await area.remove(keyFor(tabId));
    },
    /**
     * The failure of the page the tab still shows. `url` is the tab's URL, or '' when the
     * caller knows only the tab id (the failure is then taken as current).
     */
    async get(tabId: number, url: string): Promise<PageFailure | null> {
      const found = (await area.get(keyFor(tabId)))[keyFor(tabId)];
      if (!isPageFailure(found)) return null;
      return url === '' || url === found.url ? found : null;
    },
  };
}

export type PageFailures = ReturnType<typeof createPageFailures>;
