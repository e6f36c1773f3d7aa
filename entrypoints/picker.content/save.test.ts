import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { CustomDefinition } from '@/lib/crms/custom/definition';
import { saveTaughtPage } from './save';

const taught: CustomDefinition = {
  version: 1,
  id: 'draft',
  name: 'crm.example.test',
  urlPattern: 'https://crm.example.test/*',
  pages: [
    {
      kind: 'customer-list',
      urlRegex: '/customers$',
      fields: { row: 'tr', name: { selector: 'td' } },
    },
  ],
};
const url = new URL('https://crm.example.test/customers');

/** Answers like the background does; records what was asked, in order. */
function background(answer: (type: string, payload: unknown) => unknown) {
  const asked: { type: string; payload: unknown }[] = [];
  // WxtVitest's fake browser stands in for `browser`; its sendMessage is replaced here.
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: unknown };
    asked.push({ type, payload });
    return answer(type, payload);
  });
  return asked;
}

afterEach(() => vi.restoreAllMocks());

describe('saveTaughtPage', () => {
  it('appends to the saved definitions, saves, then enables the page’s site', async () => {
    const other = { id: 'acme', urlPattern: 'https://crm.acme.example/*', pages: [] };
    const asked = background((type) => {
      if (type === 'customCrms.get') return { ok: true, data: { definitions: [other] } };
      if (type === 'customCrms.save') return { ok: true, data: { saved: true } };
      return { ok: true, data: { origin: 'https://crm.example.test' } };
    });
    expect(await saveTaughtPage(taught, url)).toBe('crm-example-test');
    expect(asked.map((a) => a.type)).toEqual(['customCrms.get', 'customCrms.save', 'site.enable']);
    expect(asked[1]?.payload).toEqual({
      definitions: [other, { ...taught, id: 'crm-example-test' }],
    });
    expect(asked[2]?.payload).toEqual({ url: url.href });
  });

  it('stops at a refused save with the background’s sentence and enables nothing', async () => {
    const asked = background((type) =>
      type === 'customCrms.get'
        ? { ok: true, data: { definitions: [] } }
        : { ok: false, error: 'pages.0.urlRegex: a valid regular expression' },
    );
    await expect(saveTaughtPage(taught, url)).rejects.toThrow(
      'pages.0.urlRegex: a valid regular expression',
    );
    expect(asked.map((a) => a.type)).toEqual(['customCrms.get', 'customCrms.save']);
  });
});
