/**
 * The toolbar popup, opened as a user would see it: in its own unfocused popup window, so
 * the CRM tab stays the active tab of the last focused window and what the popup says is
 * about that tab. (A popup opened as a tab would be the active tab itself.)
 */
import type { Page } from 'playwright-core';
import type { Rung } from './harness';

/** Brings `tab` to the front when given, then opens popup.html beside it. */
export async function openPopupBeside(rung: Rung, tab?: Page): Promise<Page> {
  await tab?.bringToFront();
  const worker = await rung.serviceWorker();
  const opened = rung.context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
  await worker.evaluate(async () => {
    // Runs in the service worker, where `chrome` exists; Node's types do not know it.
    const { chrome } = globalThis as unknown as {
      chrome: {
        runtime: { getURL(path: string): string };
        windows: { create(o: { url: string; type: string; focused: boolean }): Promise<unknown> };
      };
    };
    await chrome.windows.create({
      url: chrome.runtime.getURL('/popup.html'),
      type: 'popup',
      focused: false,
    });
  });
  return opened;
}
