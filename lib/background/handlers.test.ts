import { describe, expect, it, vi } from 'vitest';
import type { ScrapeResult } from '../reading/types';
import type { BackgroundStore } from '../store';
import { StoreError } from '../store/errors';
import { createHandlers, type BackgroundDeps } from './handlers';
import { createPageFailures } from './handlers-page-failure';
import { createTabState, type SessionArea } from './tab-state';

function memoryArea(): SessionArea {
  const data = new Map<string, unknown>();
  return {
    get: async (key) => (data.has(key) ? { [key]: data.get(key) } : {}),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (key) => void data.delete(key),
  };
}

const listUrl = 'https://admin.shopify.com/store/acme/customers';
const scrape: ScrapeResult = {
  crm: 'shopify',
  account: 'acme',
  page: 'customer-list',
  customers: [
    { key: { crm: 'shopify', account: 'acme', id: '1' }, name: 'Ada' },
    { key: { crm: 'shopify', account: 'acme', id: '2' }, name: 'Bob' },
  ],
  diagnostics: [],
};
const tabSender = { id: 'rung', url: listUrl, tab: { id: 3, url: listUrl } };

function setup(pageFailureArea: SessionArea = memoryArea()) {
  const store = {
    observe: vi.fn(async (o: { scrape: ScrapeResult }) => o.scrape.customers.map(() => null)),
  } as unknown as BackgroundStore;
  const deps: BackgroundDeps = {
    store,
    tabs: createTabState(memoryArea()),
    now: () => new Date('2026-01-02T03:04:05Z'),
    activeTab: async () => ({ id: 3, url: listUrl }),
    broadcastResultsChanged: vi.fn(),
    sites: { enable: vi.fn(async () => {}), disable: vi.fn(async () => {}), list: async () => [] },
    pageFailures: createPageFailures(pageFailureArea),
  };
  return { deps, handlers: createHandlers(deps), store };
}

describe('page.observed', () => {
  it('stores the read with the time it was seen and remembers it for the tab', async () => {
    const { handlers, store, deps } = setup();
    const reply = await handlers['page.observed'](
      { url: listUrl, scrape },
      { sender: tabSender, kind: 'content-script' },
    );
    expect(reply.badges).toEqual([null, null]);
    expect(store.observe).toHaveBeenCalledWith(
      { url: listUrl, seenAt: '2026-01-02T03:04:05.000Z', scrape },
      deps.now(),
    );
    expect((await deps.tabs.get(3))?.scrape).toEqual(scrape);
  });

  it('refuses customers of an account the tab does not show', async () => {
    const { handlers, store } = setup();
    const spoofed = { ...scrape, account: 'rival' };
    await expect(
      handlers['page.observed'](
        { url: listUrl, scrape: spoofed },
        { sender: tabSender, kind: 'content-script' },
      ),
    ).rejects.toThrow(/another account/);
    expect(store.observe).not.toHaveBeenCalled();
  });
});

describe('sidepanel.show and tab.current', () => {
  it('puts the clicked customer first for the popup and side panel', async () => {
    const { handlers } = setup();
    const context = { sender: tabSender, kind: 'content-script' as const };
    await handlers['page.observed']({ url: listUrl, scrape }, context);
    expect((await handlers['tab.current']({}, context))?.scrape?.customers[0]?.name).toBe('Ada');
    await handlers['sidepanel.show'](
      { key: { crm: 'shopify', account: 'acme', id: '2' } },
      context,
    );
    expect((await handlers['tab.current']({}, context))?.scrape?.customers[0]?.name).toBe('Bob');
  });

  it('tells a site Rung does not read from a CRM page without a customer', async () => {
    const { handlers, deps } = setup();
    const context = { sender: tabSender, kind: 'extension-page' as const };
    deps.activeTab = async () => ({ id: 5, url: 'https://crm.example.com/people' });
    expect((await handlers['tab.current']({}, context))?.reason).toBe('unsupported-site');
    deps.activeTab = async () => ({
      id: 6,
      url: 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list',
    });
    expect((await handlers['tab.current']({}, context))?.reason).toBe('no-customer-page');
  });

  it('says why there is no customer on a tab Rung has not read', async () => {
    const { handlers } = setup();
    const reply = await handlers['tab.current'](
      { tabId: 99 },
      { sender: tabSender, kind: 'extension-page' },
    );
    expect(reply).toMatchObject({ tabId: 99, scrape: null, reason: 'no-customer-page' });
  });
});

describe('a page read the store refuses (storage full)', () => {
  const context = { sender: tabSender, kind: 'content-script' as const };

  it('tells the popup and side panel why, in words, until a read of the tab is stored', async () => {
    const { handlers, store } = setup();
    vi.mocked(store.observe).mockRejectedValueOnce(new StoreError('quota'));
    await expect(
      handlers['page.observed']({ url: listUrl, scrape }, context),
    ).rejects.toMatchObject({ code: 'quota' });
    const told = await handlers['tab.current']({}, context);
    expect(told).toMatchObject({ tabId: 3, url: listUrl, scrape: null });
    expect(told?.reason).toMatch(
      /^Rung could not save: .* is full\. Nothing already stored was lost/,
    );
    expect(told?.reason).not.toMatch(/QuotaExceeded/);
    // Asked by tab id (no URL known), the failure is still the tab's.
    expect((await handlers['tab.current']({ tabId: 3 }, context))?.reason).toBe(told?.reason);

    await handlers['page.observed']({ url: listUrl, scrape }, context);
    const after = await handlers['tab.current']({}, context);
    expect(after?.reason).toBeUndefined();
    expect(after?.scrape?.customers).toHaveLength(2);
  });

  it('still tells it after the worker restarted (MV3 stops idle workers)', async () => {
    const session = memoryArea();
    const before = setup(session);
    vi.mocked(before.store.observe).mockRejectedValueOnce(new StoreError('quota'));
    await expect(
      before.handlers['page.observed']({ url: listUrl, scrape }, context),
    ).rejects.toThrow();
    const after = setup(session);
    expect((await after.handlers['tab.current']({}, context))?.reason).toBe(
      new StoreError('quota').message,
    );
  });

  it('forgets the failure once the tab shows another page', async () => {
    const { handlers, store, deps } = setup();
    vi.mocked(store.observe).mockRejectedValueOnce(new StoreError('quota'));
    await expect(handlers['page.observed']({ url: listUrl, scrape }, context)).rejects.toThrow();
    deps.activeTab = async () => ({ id: 3, url: `${listUrl}?page=2` });
    expect((await handlers['tab.current']({}, context))?.reason).toBe('no-customer-page');
  });

  it('does not blame the user for a bug: only store failures are told', async () => {
    const { handlers, store } = setup();
    vi.mocked(store.observe).mockRejectedValueOnce(new TypeError('x is undefined'));
    await expect(handlers['page.observed']({ url: listUrl, scrape }, context)).rejects.toThrow(
      TypeError,
    );
    expect((await handlers['tab.current']({}, context))?.reason).toBe('no-customer-page');
  });
});

describe('site.enable', () => {
  it('enables the origin of the page, and refuses anything but http(s)', async () => {
    const { handlers, deps } = setup();
    const context = { sender: tabSender, kind: 'extension-page' as const };
    const reply = await handlers['site.enable'](
      { url: 'https://shop.example/wp-admin/x.php?a=1' },
      context,
    );
    expect(reply).toEqual({ origin: 'https://shop.example' });
    expect(deps.sites.enable).toHaveBeenCalledWith('https://shop.example');
    await expect(handlers['site.enable']({ url: 'file:///etc/passwd' }, context)).rejects.toThrow(
      /http/,
    );
  });
});
