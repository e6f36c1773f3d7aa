/**
 * Every network request made by the extension's own targets: its service worker and
 * its pages (popup, options, side panel opened as tabs). Rung promises that nothing
 * leaves the machine, so a test can assert this log stays empty. Playwright 1.65
 * reports service-worker requests by default in Chromium (`request.serviceWorker()`).
 * Loads of the extension's own files (chrome-extension://) are not network and are
 * left out.
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
): NetworkLog {
  const requests: LoggedRequest[] = [];
  const isExtension = (url: string) => url.startsWith(extensionOrigin());
  context.on('request', (request: Request) => {
    const from = requester(request);
    if (from === null) return;
    if (from === 'service-worker' || isExtension(from)) {
      requests.push({ url: request.url(), method: request.method(), from });
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
