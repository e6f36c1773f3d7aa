/**
 * The demo CRM: HubSpot-style and Shopify-admin-style pages served over HTTPS under
 * their real host names. Chromium reaches it through `--host-resolver-rules` and trusts
 * its start-up certificate through `--ignore-certificate-errors-spki-list`; both values
 * are returned here (`hostResolverRules`, `certSpki`).
 */
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { buildDemoWorld } from '../data/world';
import type { DemoWorld } from '../data/types';
import { makeCertificate } from './cert';
import { createHandler, type ServedRequest } from './handler';
import { CERTIFICATE_NAMES, hostResolverRules, SERVED_HOSTS } from './hosts';
import { createPageSource, type PageSource } from './render-source';

export interface DemoCrmServer {
  port: number;
  hosts: readonly string[];
  /** Base64 SHA-256 of the certificate's public key, for Chromium's SPKI allow-list. */
  certSpki: string;
  /** `MAP <host> 127.0.0.1:<port>, …` for Chromium. */
  hostResolverRules: string;
  world: DemoWorld;
  source: PageSource;
  /** Every request served so far (host, path, status), for tests and the demo log. */
  requests: ServedRequest[];
  close(): Promise<void>;
}

export async function startDemoCrm(options: { asOf?: Date } = {}): Promise<DemoCrmServer> {
  const world = buildDemoWorld(options.asOf ?? new Date());
  const source = createPageSource(world);
  const certificate = makeCertificate(CERTIFICATE_NAMES);
  const requests: ServedRequest[] = [];
  const server = createServer(
    { key: certificate.key, cert: certificate.cert },
    createHandler(source, (entry) => requests.push(entry)),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    port,
    hosts: SERVED_HOSTS,
    certSpki: certificate.spki,
    hostResolverRules: hostResolverRules(port),
    world,
    source,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export { DEMO_CSP } from './handler';
export { FIXTURE_PREFIX, FIXTURE_QUERY, ASSET_PREFIX, FIXTURES_DIR } from './static-files';
export { fixtureUrl } from './fixture-url';
