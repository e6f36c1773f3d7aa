/**
 * The CRM content script: wiring only. Starts a page session, re-runs it on SPA
 * navigation, refreshes badges when results change, and goes quiet when the extension
 * is reloaded or updated (WXT invalidates the context).
 */
import { browser } from 'wxt/browser';
import badgeCss from '@/components/badge/badge.css?inline';
import { BUILT_IN_MATCHES } from '@/lib/adapters/page-identity';
import { createBadgeMounter } from '@/lib/dom/badge-mount';
import { observeBatched } from '@/lib/dom/batched-observer';
import { createPageSession, type PageSession } from '@/lib/content/page-session';
import { browserTranslate } from '@/lib/i18n/translate';
import { sendMessage } from '@/lib/messages/client';
import type { CustomerKey } from '@/lib/profile';

export default defineContentScript({
  matches: BUILT_IN_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    const keysByString = new Map<string, CustomerKey>();
    const mounter = createBadgeMounter(badgeCss, {
      t: browserTranslate(),
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
      session = createPageSession(mounter, navigation.signal, keysByString);
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
      mounter.removeAll();
    });
    start();
  },
});
