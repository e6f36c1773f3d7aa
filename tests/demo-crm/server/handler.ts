/**
 * One request in, one response out: route by the `Host` header to the CRM, then to a
 * fixture, a renderer asset or a rendered page; 404 for anything else. Every response
 * carries a CSP as strict as the real apps', so the extension is tested against it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { crmForHost } from './hosts';
import type { PageSource } from './render-source';
import { assetFile, fixtureFile, type StaticFile } from './static-files';

// No 'unsafe-inline' anywhere: Rung's badges must work without inline styles or scripts.
export const DEMO_CSP =
  "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export interface ServedRequest {
  host: string;
  path: string;
  status: number;
}

export function createHandler(source: PageSource, log?: (entry: ServedRequest) => void) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const host = req.headers.host ?? '';
    const url = new URL(req.url ?? '/', 'https://demo.invalid');
    const status = respond(source, host, url, res);
    log?.({ host, path: url.pathname + url.search, status });
  };
}

function respond(source: PageSource, host: string, url: URL, res: ServerResponse): number {
  const crm = crmForHost(host);
  if (!crm) return send(res, 421, 'text/plain; charset=utf-8', `Unknown host ${host}`);
  if (url.pathname === '/favicon.ico') return send(res, 404, 'text/plain', 'no favicon');
  const file: StaticFile | null = fixtureFile(crm, url) ?? assetFile(url.pathname);
  if (file) return send(res, 200, file.type, file.body);
  if (crm !== 'woocommerce') {
    const late = url.searchParams.get('late') === '1';
    const html = source.page(crm, stripTrailingSlash(url.pathname), { late });
    if (html !== null) return send(res, 200, 'text/html; charset=utf-8', html);
  }
  return send(
    res,
    404,
    'text/html; charset=utf-8',
    '<!doctype html><title>Not found</title><h1>Not found</h1>',
  );
}

function stripTrailingSlash(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): number {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': DEMO_CSP,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(body);
  return status;
}
