/**
 * What each tab showed last, so the popup and side panel can tell which customer the
 * user is looking at. Kept in `storage.session` because MV3 stops idle workers: the
 * state must outlive the worker but not the browser session.
 */
import type { ScrapeResult } from '../reading/types';
import type { CustomerKey } from '../domain/profile';

export interface TabRecord {
  url: string;
  scrape: ScrapeResult | null;
  /** The customer whose badge was clicked last in this tab, if any. */
  focused: CustomerKey | null;
  seenAt: string;
}

export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyFor = (tabId: number) => `tab:${tabId}`;

export function createTabState(area: SessionArea) {
  return {
    async get(tabId: number): Promise<TabRecord | null> {
      const found = (await area.get(keyFor(tabId)))[keyFor(tabId)];
      return (found as TabRecord | undefined) ?? null;
    },
    async recordScrape(tabId: number, url: string, scrape: ScrapeResult, seenAt: string) {
      const previous = await this.get(tabId);
      // A new page in the tab drops the previous page's focus.
      const focused = previous?.url === url ? previous.focused : null;
      await area.set({ [keyFor(tabId)]: { url, scrape, focused, seenAt } satisfies TabRecord });
    },
    async focus(tabId: number, url: string, key: CustomerKey, seenAt: string) {
      const previous = await this.get(tabId);
      const scrape = previous?.url === url ? previous.scrape : null;
      await area.set({
        [keyFor(tabId)]: { url, scrape, focused: key, seenAt } satisfies TabRecord,
      });
    },
    async forget(tabId: number) {
      await area.remove(keyFor(tabId));
    },
  };
}

export type TabState = ReturnType<typeof createTabState>;
