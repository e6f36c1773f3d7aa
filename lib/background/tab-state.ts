/**
 * What each tab showed last, so the popup and side panel can tell which customer the
 * user is looking at. Kept in `storage.session` because MV3 stops idle workers: the
 * state must outlive the worker but not the browser session.
 *
 * Only what those pages need is kept: which page it was, and for each customer shown
 * its key, name and e-mail (the side panel's picker), at most KEPT_CUSTOMERS of them.
 * Whole page reads (orders, summaries) live in IndexedDB; kept here, two 5,000-row lists
 * filled storage.session's quota and every later write failed. A long read arrives in
 * parts: part 0 starts the tab's record, later parts of the same URL add to it.
 */
import type { ScrapeResult } from '../reading/types';
import type { CustomerKey, Profile } from '../domain/profile';

/** The picker lists these; the focused customer is kept beside them whatever its row. */
export const KEPT_CUSTOMERS = 200;

export interface TabRecord {
  url: string;
  /** The page read, with each customer cut to key, name and e-mail. */
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

const PREFIX = 'tab:';
const keyFor = (tabId: number) => `${PREFIX}${tabId}`;

const sameKey = (a: CustomerKey, b: CustomerKey) =>
  a.crm === b.crm && a.account === b.account && (a.id ?? a.email) === (b.id ?? b.email);

function slim({ key, name, email }: Profile): Profile {
  return {
    key,
    ...(name !== undefined ? { name } : {}),
    ...(email !== undefined ? { email } : {}),
  };
}

function kept(scrape: ScrapeResult, before: Profile[]): ScrapeResult {
  const customers = [...before];
  for (const customer of scrape.customers) {
    if (customers.length >= KEPT_CUSTOMERS) break;
    if (!customers.some((c) => sameKey(c.key, customer.key))) customers.push(slim(customer));
  }
  return {
    crm: scrape.crm,
    account: scrape.account,
    page: scrape.page,
    customers,
    diagnostics: scrape.diagnostics.slice(0, 20),
  };
}

export function createTabState(
  area: SessionArea,
  /** Every item of the area (storage.session's `get(null)`), to find records of closed tabs. */
  everything: () => Promise<Record<string, unknown>> = async () => ({}),
) {
  return {
    async get(tabId: number): Promise<TabRecord | null> {
      const found = (await area.get(keyFor(tabId)))[keyFor(tabId)];
      return (found as TabRecord | undefined) ?? null;
    },
    async recordScrape(tabId: number, url: string, scrape: ScrapeResult, seenAt: string, part = 0) {
      const previous = await this.get(tabId);
      const samePage = previous?.url === url;
      // A new page in the tab drops the previous page's focus.
      const focused = samePage ? previous.focused : null;
      const before = part > 0 && samePage ? (previous.scrape?.customers ?? []) : [];
      await area.set({
        [keyFor(tabId)]: {
          url,
          scrape: kept(scrape, before),
          focused,
          seenAt,
        } satisfies TabRecord,
      });
    },
    async focus(tabId: number, url: string, key: CustomerKey, seenAt: string) {
      const previous = await this.get(tabId);
      const scrape = previous?.url === url ? previous.scrape : null;
      // A customer from deep in a long list is not among the kept ones: it goes first.
      const shown = scrape?.customers.some((c) => sameKey(c.key, key))
        ? scrape
        : scrape && { ...scrape, customers: [{ key }, ...scrape.customers] };
      await area.set({
        [keyFor(tabId)]: { url, scrape: shown, focused: key, seenAt } satisfies TabRecord,
      });
    },
    async forget(tabId: number) {
      await area.remove(keyFor(tabId));
    },
    /** Drops the records of tabs closed while no worker ran to hear of it. */
    async forgetAllBut(openTabIds: readonly number[]) {
      const open = new Set(openTabIds.map(keyFor));
      const stale = Object.keys(await everything()).filter(
        (key) => key.startsWith(PREFIX) && !open.has(key),
      );
      for (const key of stale) await area.remove(key);
    },
  };
}

export type TabState = ReturnType<typeof createTabState>;
