/**
 * Every request the browser makes, for the "Rung sends nothing anywhere" proof. The
 * harness's own log (`rung.network`) covers the extension's targets (service worker,
 * extension pages); this adds the CRM tabs, where a content script's fetch or an image
 * in a badge would show up as the page's traffic. The demo pages load only same-origin
 * files (strict CSP), so any request to a host other than the served ones is Rung's.
 */
import type { BrowserContext, Request } from 'playwright-core';
import type { Rung } from '../harness';

export interface Traffic {
  /** Requests to hosts outside `servedHosts` (or any request from an extension target). */
  strays(): string[];
  clear(): void;
}

const LOCAL = /^(chrome-extension|data|blob|about|chrome):/;

export function watchTraffic(context: BrowserContext, servedHosts: readonly string[]): Traffic {
  const strays: string[] = [];
  const served = new Set(servedHosts.map((h) => h.toLowerCase()));
  const note = (request: Request) => {
    const url = request.url();
    if (LOCAL.test(url)) return;
    let host = '';
    try {
      host = new URL(url).hostname.toLowerCase();
    } catch {
      // An unparsable URL is a stray by definition.
    }
    if (!served.has(host)) strays.push(`${request.method()} ${url}`);
  };
  context.on('request', note);
  return {
    strays: () => [...strays],
    clear: () => void (strays.length = 0),
  };
}

/**
 * What a test asserts at the end: nothing left the machine, neither from the extension's
 * targets nor from the CRM tabs. Returns the offending requests (empty when clean).
 */
export function networkViolations(rung: Rung, traffic?: Traffic): string[] {
  const fromExtension = rung.network.external().map((r) => `${r.method} ${r.url} (${r.from})`);
  return [...fromExtension, ...(traffic?.strays() ?? [])];
}
