/**
 * Tells when the tab's URL really changed (an SPA navigation), in a way a page cannot
 * forge. WXT's `wxt:locationchange` is a window event with a guessable name: a page that
 * dispatches it makes the content script start over and read the page each time.
 *
 * Here an event is only a reason to look: the Navigation API's `navigate` (and, where
 * that API is missing, `popstate`/`hashchange` and a poll) schedule one comparison of
 * `location.href` with the last one seen, and only a different URL counts. Synthetic
 * events (`isTrusted` false) are ignored; a burst of real ones (a page calling
 * `pushState` in a loop) is one look in the next task.
 */

/** Without the Navigation API, how often the URL is compared (as WXT's own fallback). */
export const POLL_MS = 1_000;

interface NavigationLike extends EventTarget {
  addEventListener(type: string, listener: (event: Event) => void, options?: object): void;
}

export function watchLocation(onChange: () => void, signal: AbortSignal): void {
  let last = location.href;
  let queued = false;
  const look = () => {
    queued = false;
    if (signal.aborted || location.href === last) return;
    last = location.href;
    onChange();
  };
  const queueLook = (event: Event) => {
    if (!event.isTrusted || queued) return;
    queued = true;
    setTimeout(look, 0);
  };
  const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
  if (typeof navigation?.addEventListener === 'function') {
    // `navigate` fires before a same-document URL changes; `navigatesuccess` after.
    navigation.addEventListener('navigate', queueLook, { signal });
    navigation.addEventListener('navigatesuccess', queueLook, { signal });
  } else {
    const timer = setInterval(look, POLL_MS);
    signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  }
  window.addEventListener('popstate', queueLook, { signal });
  window.addEventListener('hashchange', queueLook, { signal });
}
