/**
 * What every CRM content script does, given the adapters it carries: start a page
 * session, re-run it on SPA navigation, refresh badges when results change, and go
 * quiet when the extension is reloaded or updated (the old badges are removed, so a
 * re-injected script starts clean).
 *
 * Nothing here listens to WXT's ContentScriptContext: its start-up message and its
 * `wxt:locationchange` event have names a page can learn and replay, which would stop
 * Rung or make it read the page on the page's command. Invalidation comes from
 * ./extension-alive.ts, navigation from ./location-watch.ts; neither can be forged.
 */
import { browser } from 'wxt/browser';
import badgeCss from '../../components/badge/badge.css?inline';
import { createBadgeMounter } from '../dom/badge-mount';
import { observeBatched } from '../dom/batched-observer';
import { memoTranslate } from '../i18n/memo-translate';
import { browserDirection, browserTranslate } from '../i18n/translate';
import { sendMessage } from '../messages/client';
import type { CustomerKey } from '../domain/profile';
import { watchExtensionAlive } from './extension-alive';
import { watchLocation } from './location-watch';
import { createPageSession, type PageReader, type PageSession } from './page-session';
import { createSendGate, PAGE_READ_GATE } from './send-gate';

/**
 * Where the running script of this tab leaves its `stop`. The background may inject the
 * script into a tab the manifest already ran it in (on install, lib/background/reinject.ts):
 * both run in the extension's isolated world, which shares this global between them and
 * which no page script can reach, so the newer one stops the older one here.
 */
const RUNNING = '__rungCrmContentScript';
type Running = { [RUNNING]?: () => void };

export function runCrmContentScript(readPage: PageReader): void {
  (globalThis as Running)[RUNNING]?.();
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
  const life = new AbortController();
  const gate = createSendGate(PAGE_READ_GATE);

  let session: PageSession | null = null;
  let navigation: AbortController | null = null;

  const onMessage = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === 'results.changed') session?.refresh();
  };
  const stop = () => {
    if ((globalThis as Running)[RUNNING] === stop) delete (globalThis as Running)[RUNNING];
    life.abort();
    navigation?.abort();
    gate.close();
    browser.runtime.onMessage.removeListener(onMessage);
    mounter.dispose();
  };
  const stillAlive = watchExtensionAlive(stop, life.signal);
  (globalThis as Running)[RUNNING] = stop;

  const start = () => {
    if (life.signal.aborted) return;
    navigation?.abort();
    navigation = new AbortController();
    session = createPageSession(
      readPage,
      mounter,
      navigation.signal,
      keysByString,
      gate,
      stillAlive,
    );
    observeBatched(document.body, () => session?.rescan(), navigation.signal);
    session.rescan();
  };

  browser.runtime.onMessage.addListener(onMessage);
  watchLocation(start, life.signal);
  start();
}
