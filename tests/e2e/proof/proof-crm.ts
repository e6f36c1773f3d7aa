/**
 * A small HTTPS server for the proof tests and browser benches: serves given pages under
 * real host names (CRM hosts, and hosts Rung must NOT touch such as crm.evil.example),
 * with the demo CRM's strict CSP. It complements the demo CRM server, whose pages come
 * from the demo world: here a test chooses the exact HTML (1,000 deferred rows, hostile
 * markup) and the host. `endpoint` plugs into the harness's `launchRung`, alone or merged
 * with the demo server's endpoint (`mergeEndpoints`).
 */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { DEMO_CSP } from '../../demo-crm/server/handler';
import { makeCertificate } from '../../demo-crm/server/cert';
import type { CrmEndpoint } from '../harness';

export const EVIL_HOST = 'crm.evil.example';

export interface ProofCrm {
  endpoint: CrmEndpoint;
  /** `https://<host><path>` of a served page. */
  url(host: string, path: string): string;
  /** Replace or add a page while the server runs. */
  setPage(host: string, path: string, html: string): void;
  close(): Promise<void>;
}

export async function startProofCrm(
  hosts: readonly string[],
  pages: Record<string, string> = {},
): Promise<ProofCrm> {
  // Keyed `host + path` (path with its query string).
  const served = new Map(Object.entries(pages));
  const certificate = makeCertificate(hosts);
  const server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const body = served.get(`${host}${req.url ?? '/'}`);
    res.writeHead(body === undefined ? 404 : 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': DEMO_CSP,
      'Cache-Control': 'no-store',
    });
    res.end(body ?? '<!doctype html><title>Not found</title>');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: {
      hostResolverRules: hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', '),
      certSpki: certificate.spki,
      hosts,
    },
    url: (host, path) => `https://${host}${path}`,
    setPage: (host, path, html) => void served.set(`${host}${path}`, html),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * One endpoint for Chromium from several servers. The first rule for a host wins, so
 * list the more specific server first; the SPKI flag takes a comma-separated list.
 */
export function mergeEndpoints(...endpoints: CrmEndpoint[]): CrmEndpoint {
  return {
    hostResolverRules: endpoints.map((e) => e.hostResolverRules).join(', '),
    certSpki: endpoints.map((e) => e.certSpki).join(','),
    hosts: endpoints.flatMap((e) => e.hosts ?? []),
  };
}
