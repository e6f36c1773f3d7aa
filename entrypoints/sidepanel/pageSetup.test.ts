// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fa from '../../public/_locales/fa/messages.json';
import type { MessageCatalog } from '../../lib/i18n/translate';

// A browser whose UI language is Persian: getMessage answers from the Persian catalogue.
const ui = { language: 'fa', catalog: fa as MessageCatalog };
vi.mock('wxt/browser', () => ({
  browser: {
    i18n: {
      getUILanguage: () => ui.language,
      getMessage: (key: string) => {
        if (key === '@@bidi_dir') return ui.language === 'fa' ? 'rtl' : 'ltr';
        return ui.language === 'fa' ? (ui.catalog[key]?.message ?? '') : '';
      },
    },
  },
}));

const { setupPage } = await import('./pageSetup');

beforeEach(() => {
  document.documentElement.removeAttribute('dir');
  document.documentElement.removeAttribute('lang');
});

describe('setupPage', () => {
  it('lays a Persian page out right to left, in Persian, with Persian digits', () => {
    ui.language = 'fa';
    const { t, fmt } = setupPage('options_title');
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('fa');
    expect(document.title).toBe('تنظیمات Rung');
    expect(t('override_stage')).toBe('پله');
    expect(fmt.number(42)).toBe('۴۲');
  });

  it('keeps an English page left to right', () => {
    ui.language = 'en-US';
    const { t } = setupPage('options_title');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en-US');
    // getMessage answers '' here, so the bundled English catalogue speaks.
    expect(t('options_title')).toBe('Rung settings');
  });
});
