/**
 * Whether this content script still belongs to a running extension. After an update or a
 * reload, Chromium leaves the old script running, orphaned: `runtime.id` reads undefined
 * and every message throws. The orphan must then remove its badges and go quiet (the
 * background re-injects a fresh script, lib/background/reinject.ts).
 *
 * WXT's ContentScriptContext also stops a script when a newer one announces itself: a
 * `window.postMessage` and a document event named `<extension id>:<script>:wxt:content-
 * script-started`. The page sees the message, so it learns the name, and replaying the
 * event stops Rung on that page. Rung therefore ignores the context and asks its own
 * runtime, which no page script can reach.
 */
import { browser } from 'wxt/browser';

/** How often an orphan notices: a property read, cheap enough for every tab. */
export const ALIVE_CHECK_MS = 1_000;

export function isExtensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/**
 * Calls `onGone` once, as soon as the extension is gone. Returns `check`, for callers
 * that just saw a message fail and want to know at once rather than within a second.
 */
export function watchExtensionAlive(
  onGone: () => void,
  signal: AbortSignal,
  everyMs = ALIVE_CHECK_MS,
): () => boolean {
  let gone = false;
  const check = () => {
    if (gone || signal.aborted) return !gone;
    if (isExtensionAlive()) return true;
    gone = true;
    clearInterval(timer);
    onGone();
    return false;
  };
  const timer = setInterval(check, everyMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  return check;
}
