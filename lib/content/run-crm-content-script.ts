/**
 * What every CRM content script does, given the adapters it carries: start a page
 * session, re-run it on SPA navigation, refresh badges when results change, and go
 * quiet when the extension is reloaded or updated (WXT invalidates the context and
 * the old badges are removed, so a re-injected script starts clean).
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import badgeCss from '../../components/badge/badge.css?inline';
import { createBadgeMounter } from '../dom/badge-mount';
import { observeBatched } from '../dom/batched-observer';
import { memoTranslate } from '../i18n/memo-translate';
import { browserDirection, browserTranslate } from '../i18n/translate';
import { sendMessage } from '../messages/client';
import type { CustomerKey } from '../domain/profile';
import { createPageSession, type PageReader, type PageSession } from './page-session';

export function runCrmContentScript(ctx: ContentScriptContext, readPage: PageReader): void {
  const keysByString = new Map<string, CustomerKey>();
  const mounter = createBadgeMounter(badgeCss, {
    t: memoTranslate(browserTranslate()),
    locale: browser.i18n.getUILanguage() || 'en',
    direction: browserDirection(),
    onOpen: (mountId) => {
      const key = keysByString.get(mountId.slice(0, mountId.lastIndexOf('#')));
      if (key) void sendMessage('sidepanel.show', { key }).catch(() => undefined);
    },
  });

  let session: PageSession | null = null;
  let navigation: AbortController | null = null;

  const start = () => {
    navigation?.abort();
    navigation = new AbortController();
    session = createPageSession(readPage, mounter, navigation.signal, keysByString);
    observeBatched(document.body, () => session?.rescan(), navigation.signal);
    session.rescan();
  };

  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'results.changed') session?.refresh();
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.addEventListener(window, 'wxt:locationchange', start);
  ctx.onInvalidated(() => {
    navigation?.abort();
    browser.runtime.onMessage.removeListener(onMessage);
    mounter.dispose();
  });
  start();
}
