import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from './router';
import { createRouter, UserFacingError } from './router';

const identity = { extensionId: 'rung-id', extensionOrigin: 'chrome-extension://rung-id/' };
const page = { id: 'rung-id', url: 'chrome-extension://rung-id/popup.html' };
const contentScript = {
  id: 'rung-id',
  url: 'https://admin.shopify.com/store/acme/customers',
  tab: { id: 7, url: 'https://admin.shopify.com/store/acme/customers' },
};
const key = { crm: 'shopify', account: 'acme', id: '1' };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => Promise.reject(new Error('not expected'));
  return {
    'page.observed': fail,
    'badges.lookup': async ({ keys }) => ({ badges: keys.map(() => null) }),
    'customer.get': async () => null,
    'override.set': fail,
    'override.clear': fail,
    'sidepanel.show': async () => ({ opened: true }),
    'tab.current': async () => null,
    'settings.get': fail,
    'settings.save': fail,
    'site.enable': fail,
    'site.disable': fail,
    'sites.list': fail,
    'customers.list': fail,
    'settings.preview': fail,
    'reclassify.progress': fail,
    'data.exportCsv': fail,
    'data.export': fail,
    'data.import': fail,
    'data.importRows': fail,
    'data.deleteAll': fail,
    'customCrms.get': fail,
    'customCrms.save': fail,
    ...overrides,
  } as Handlers;
}

describe('router', () => {
  const quiet = vi.fn();

  it('answers a valid request from an extension page', async () => {
    const route = createRouter(handlers(), identity, quiet);
    const reply = await route({ type: 'badges.lookup', payload: { keys: [key] } }, page);
    expect(reply).toEqual({ ok: true, data: { badges: [null] } });
  });

  it('ignores other extensions and web pages entirely', async () => {
    const route = createRouter(handlers(), identity, quiet);
    const message = { type: 'badges.lookup', payload: { keys: [key] } };
    expect(await route(message, { ...page, id: 'other-extension' })).toBeUndefined();
    expect(await route(message, { url: 'https://evil.example/' })).toBeUndefined();
  });

  it('refuses requests a content script has no business making', async () => {
    const clear = vi.fn(async () => null);
    const route = createRouter(handlers({ 'override.clear': clear }), identity, quiet);
    const reply = await route({ type: 'override.clear', payload: { key } }, contentScript);
    expect(reply).toBeUndefined();
    expect(clear).not.toHaveBeenCalled();
  });

  it('drops a payload that fails its schema, naming the problem', async () => {
    const route = createRouter(handlers(), identity, quiet);
    const reply = await route(
      { type: 'override.set', payload: { key, stage: 'client', reason: '   ', mode: 'pin' } },
      page,
    );
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('reason') });
    expect(await route({ type: 'no.such.type', payload: {} }, page)).toMatchObject({ ok: false });
    expect(await route('<script>', page)).toMatchObject({ ok: false });
  });

  it('passes user-facing errors through and hides internal ones', async () => {
    const route = createRouter(
      handlers({
        'customer.get': () => Promise.reject(new UserFacingError('Storage is full.')),
        'tab.current': () => Promise.reject(new TypeError('x is undefined')),
      }),
      identity,
      quiet,
    );
    expect(await route({ type: 'customer.get', payload: { key } }, page)).toEqual({
      ok: false,
      error: 'Storage is full.',
    });
    const hidden = await route({ type: 'tab.current', payload: {} }, page);
    expect(hidden).toMatchObject({ ok: false });
    expect(JSON.stringify(hidden)).not.toContain('undefined');
  });
});
