/**
 * Every network request made by the extension's own targets: its service worker and
 * its pages (popup, options, side panel opened as tabs). Rung promises that nothing
 * leaves the machine, so a test can assert this log stays empty. Playwright 1.65
 * reports service-worker requests by default in Chromium (`request.serviceWorker()`).
 * Loads of the extension's own files (chrome-extension://) are not network and are
 * left out.
 *
 * A content script's requests run in the CRM page and cannot be told apart from the
 * page's own; but the demo pages only ever load from their own hosts, so any request
 * from a page to another host is recorded too (`from` is then that page's URL).
 */
import type { BrowserContext, Request } from 'playwright-core';

export interface LoggedRequest {
  url: string;
  method: string;
  /** 'service-worker' or the URL of the extension page that made it. */
  from: string;
}

export interface NetworkLog {
  readonly requests: readonly LoggedRequest[];
  /** Requests that left the browser (anything but chrome-extension:// and data:). */
  external(): LoggedRequest[];
  clear(): void;
}

export function recordExtensionNetwork(
  context: BrowserContext,
  extensionOrigin: () => string,
  /** The hosts pages may load from; absent, page requests are not watched. */
  pageHosts?: readonly string[],
): NetworkLog {
  const requests: LoggedRequest[] = [];
  const isExtension = (url: string) => url.startsWith(extensionOrigin());
  const leavesDemo = (url: string) =>
    pageHosts !== undefined &&
    /^(https?|wss?):/.test(url) &&
    !pageHosts.includes(new URL(url).host);
  context.on('request', (request: Request) => {
    const from = requester(request);
    if (from === null) return;
    const url = request.url();
    if (from === 'service-worker' || isExtension(from) || leavesDemo(url)) {
      requests.push({ url, method: request.method(), from });
    }
  });
  return {
    requests,
    external: () => requests.filter((r) => !/^(chrome-extension|data|blob):/.test(r.url)),
    clear: () => {
      requests.length = 0;
    },
  };

  function requester(request: Request): string | null {
    const worker = request.serviceWorker();
    if (worker) return isExtension(worker.url()) ? 'service-worker' : null;
    try {
      return request.frame().page()?.url() ?? null;
    } catch {
      // Requests of a frame that is already gone have no page to name.
      return null;
    }
  }
}
