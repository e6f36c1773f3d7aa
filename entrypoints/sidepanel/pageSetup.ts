/**
 * What every Rung page does first: build the translator and formatters for the
 * browser's UI language and set `lang` and `dir` on the document, so Persian lays
 * out right to left through CSS logical properties.
 */
import { browser } from 'wxt/browser';
import { browserDirection, browserTranslate, type MessageCatalog } from '../../lib/i18n/translate';
import type { Translate } from '../../lib/i18n/translate';
import { createFormat, type Format } from '../../lib/format/format';
import en from '../../public/_locales/en/messages.json';

export interface PageContext {
  t: Translate;
  fmt: Format;
}

export function setupPage(titleKey: string): PageContext {
  const t = browserTranslate(en as MessageCatalog);
  let language = 'en';
  try {
    language = browser.i18n.getUILanguage() || 'en';
  } catch {
    // Outside the extension (unit tests) there is no i18n API: stay English.
  }
  const fmt = createFormat(language);
  document.documentElement.lang = fmt.locale;
  document.documentElement.dir = browserDirection();
  document.title = t(titleKey);
  return { t, fmt };
}
