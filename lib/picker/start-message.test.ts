/**
 * The background's side of the picker: `picker.start` from extension pages only, the
 * picker's own saves allowed from content scripts, and `site.enable` from a content script
 * limited to its own tab's site. Run through the real router, sender policy and schemas.
 */
import { describe, expect, it, vi } from 'vitest';
import { createHandlers, type BackgroundDeps } from '../background/handlers';
import { createRouter } from '../background/router';
import type { SessionArea } from '../background/tab-state';
import { createTabState } from '../background/tab-state';
import type { BackgroundStore } from '../store';

const area: SessionArea = { get: async () => ({}), set: async () => {}, remove: async () => {} };
const EXT = 'chrome-extension://rung/';
const popup = { id: 'rung', url: `${EXT}popup.html` };
const crmTab = {
  id: 'rung',
  url: 'https://crm.example.test/customers',
  tab: { id: 7, url: 'https://crm.example.test/customers' },
};

function setup(inject = vi.fn(async (_tabId: number) => {})) {
  const deps: BackgroundDeps = {
    store: {} as BackgroundStore,
    tabs: createTabState(area),
    now: () => new Date('2026-11-23T00:00:00Z'),
    activeTab: async () => null,
    broadcastResultsChanged: vi.fn(),
    sites: { enable: vi.fn(async () => {}), disable: vi.fn(async () => {}), list: async () => [] },
    injectPicker: inject,
  };
  const route = createRouter(
    createHandlers(deps),
    { extensionId: 'rung', extensionOrigin: EXT },
    () => {},
  );
  return { deps, route, inject };
}

describe('picker.start', () => {
  it('injects the picker into the asked tab when the popup asks', async () => {
    const { route, inject } = setup();
    const reply = await route({ type: 'picker.start', payload: { tabId: 7 } }, popup);
    expect(reply).toEqual({ ok: true, data: { started: true } });
    expect(inject).toHaveBeenCalledWith(7);
  });

  it('is refused to content scripts and malformed tab ids never reach the injector', async () => {
    const { route, inject } = setup();
    expect(await route({ type: 'picker.start', payload: { tabId: 7 } }, crmTab)).toBeUndefined();
    const bad = await route({ type: 'picker.start', payload: { tabId: -1 } }, popup);
    expect(bad).toMatchObject({ ok: false });
    expect(inject).not.toHaveBeenCalled();
  });

  it('reports a tab it cannot inject into with a sentence, not a stack', async () => {
    const { route } = setup(
      vi.fn(async () => Promise.reject(new Error('Cannot access chrome://'))),
    );
    const reply = await route({ type: 'picker.start', payload: { tabId: 1 } }, popup);
    expect(reply).toEqual({ ok: false, error: 'Rung could not open the picker on this tab.' });
  });
});

describe('site.enable from the picker content script', () => {
  it('enables the tab’s own site', async () => {
    const { route, deps } = setup();
    const reply = await route(
      { type: 'site.enable', payload: { url: 'https://crm.example.test/customers?p=2' } },
      crmTab,
    );
    expect(reply).toEqual({ ok: true, data: { origin: 'https://crm.example.test' } });
    expect(deps.sites.enable).toHaveBeenCalledWith('https://crm.example.test');
  });

  it('refuses another site, while extension pages may still name any', async () => {
    const { route, deps } = setup();
    const other = await route(
      { type: 'site.enable', payload: { url: 'https://bank.example/' } },
      crmTab,
    );
    expect(other).toEqual({ ok: false, error: 'A page can only enable Rung on its own site.' });
    expect(deps.sites.enable).not.toHaveBeenCalled();
    const fromPopup = await route(
      { type: 'site.enable', payload: { url: 'https://bank.example/' } },
      popup,
    );
    expect(fromPopup).toMatchObject({ ok: true });
  });
});
