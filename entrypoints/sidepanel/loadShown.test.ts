import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CustomerDetail, TabCustomer } from '../../lib/messages/protocol';

const replies: { tab: TabCustomer | null; details: Map<string, CustomerDetail | null> } = {
  tab: null,
  details: new Map(),
};
const calls: [string, unknown][] = [];
vi.mock('../../lib/messages/client', () => ({
  sendMessage: async (type: string, payload: { key?: { id?: string } }) => {
    calls.push([type, payload]);
    if (type === 'tab.current') return replies.tab;
    return replies.details.get(payload.key?.id ?? '') ?? null;
  },
}));

const { loadShown } = await import('./useShownCustomer');
const key = (id: string) => ({ crm: 'hubspot', account: '1', id });
const detail = (id: string) => ({ key: key(id) }) as unknown as CustomerDetail;

beforeEach(() => {
  calls.length = 0;
  replies.tab = null;
  replies.details = new Map([
    ['42', detail('42')],
    ['43', detail('43')],
  ]);
});

describe('loadShown', () => {
  it('loads the customer named in the query without asking about the tab', async () => {
    const shown = await loadShown({ mode: 'key', key: key('42') });
    expect(shown).toMatchObject({ status: 'customer', detail: { key: key('42') } });
    expect(calls.map(([type]) => type)).toEqual(['customer.get']);
  });

  it('says not-found for an unknown query customer', async () => {
    expect(await loadShown({ mode: 'key', key: key('404') })).toEqual({
      status: 'none',
      reason: 'not-found',
      tab: null,
    });
  });

  it('shows the first customer of the tab and keeps the rest for the picker', async () => {
    replies.tab = {
      tabId: 7,
      url: 'https://app.hubspot.com/contacts/1/objects/0-1/views/all/list',
      scrape: {
        crm: 'hubspot',
        account: '1',
        page: 'customer-list',
        customers: [{ key: key('43') }, { key: key('42') }],
        diagnostics: [],
      },
    };
    const shown = await loadShown({ mode: 'tab', tabId: 7 });
    expect(shown).toMatchObject({ status: 'customer', detail: { key: key('43') } });
    if (shown.status === 'customer') expect(shown.others).toHaveLength(2);
    expect(calls[0]).toEqual(['tab.current', { tabId: 7 }]);
  });

  it('passes on the background’s reason when the tab shows no customer', async () => {
    replies.tab = {
      tabId: 7,
      url: 'https://example.com/',
      scrape: null,
      reason: 'no-customer-page',
    };
    expect(await loadShown({ mode: 'tab' })).toMatchObject({
      status: 'none',
      reason: 'no-customer-page',
    });
    expect(calls[0]).toEqual(['tab.current', {}]);
  });

  it('says no-tab when there is no active tab', async () => {
    expect(await loadShown({ mode: 'tab' })).toEqual({
      status: 'none',
      reason: 'no-tab',
      tab: null,
    });
  });
});
