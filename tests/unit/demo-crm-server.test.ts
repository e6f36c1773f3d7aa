import { createHash } from 'node:crypto';
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotPaths, shopifyPaths } from '../demo-crm/data/paths';
import { DEMO_CSP, fixtureUrl, startDemoCrm, type DemoCrmServer } from '../demo-crm/server';

interface Fetched {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  spki: string;
}

function get(server: DemoCrmServer, host: string, path: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path,
        servername: host,
        headers: { host },
        rejectUnauthorized: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        const socket = res.socket as TLSSocket;
        const spki = createHash('sha256')
          .update(socket.getPeerCertificate().pubkey ?? Buffer.alloc(0))
          .digest('base64');
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
            spki,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('startDemoCrm', () => {
  let server: DemoCrmServer;
  beforeAll(async () => {
    server = await startDemoCrm({ asOf: new Date('2026-11-23T09:00:00Z') });
  }, 20_000);
  afterAll(() => server.close());

  it('serves the HubSpot contacts list on app.hubspot.com with the strict CSP', async () => {
    const page = await get(server, 'app.hubspot.com', hubspotPaths.contactsList(server.world));
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(DEMO_CSP);
    const contact = server.world.customers.find((c) => c.hubspot)?.hubspot?.id ?? 'none';
    expect(page.body).toContain(hubspotPaths.contact(server.world, contact));
  });

  it('presents a certificate whose SPKI hash is the one it reports', async () => {
    const page = await get(server, 'admin.shopify.com', shopifyPaths.customersList(server.world));
    expect(page.status).toBe(200);
    expect(page.spki).toBe(server.certSpki);
    expect(server.hostResolverRules).toContain(`MAP admin.shopify.com 127.0.0.1:${server.port}`);
  });

  it('never puts a hostile name into the page as markup', async () => {
    const page = await get(server, 'admin.shopify.com', shopifyPaths.customersList(server.world));
    expect(page.body).not.toContain('<img src=x onerror=alert(1)>');
    expect(page.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('routes by host: a Shopify path on the HubSpot host is a 404, an unknown host a 421', async () => {
    const wrongHost = await get(
      server,
      'app.hubspot.com',
      shopifyPaths.customersList(server.world),
    );
    expect(wrongHost.status).toBe(404);
    const unknown = await get(server, 'evil.example', hubspotPaths.contactsList(server.world));
    expect(unknown.status).toBe(421);
  });

  it('answers 404 for unknown records and for paths escaping the fixtures folder', async () => {
    expect((await get(server, 'app.hubspot.com', '/contacts/1/record/0-1/999')).status).toBe(404);
    const escape = await get(
      server,
      'app.hubspot.com',
      '/__fixtures/hubspot/..%2F..%2F..%2Fpackage.json.html',
    );
    expect(escape.status).toBe(404);
    expect((await get(server, 'app.hubspot.com', '/__fixtures/hubspot/missing.html')).status).toBe(
      404,
    );
  });

  it('serves a saved fixture under /__fixtures/ and at the URL it was captured from', async () => {
    const direct = await get(server, 'app.hubspot.com', '/__fixtures/hubspot/contact-record.html');
    expect(direct.status).toBe(200);
    expect(direct.headers['content-security-policy']).toBe(DEMO_CSP);
    const declared = new URL(fixtureUrl('hubspot', 'contact-record.html'));
    expect(declared.pathname).toBe('/contacts/1234567/record/0-1/501');
    const atUrl = await get(server, declared.host, declared.pathname + declared.search);
    expect(atUrl.status).toBe(200);
    expect(atUrl.body).toBe(direct.body);
  });

  it('keeps fixtures on their own CRM host and inside the fixtures folder', async () => {
    expect((await get(server, 'app.hubspot.com', '/__fixtures/shopify/customer.html')).status).toBe(
      404,
    );
    const named = await get(server, 'app.hubspot.com', '/x?__fixture=..%2F..%2F..%2Fpackage.json');
    expect(named.status).toBe(404);
    const regional = new URL(fixtureUrl('hubspot', 'contact-record-skeleton.html'));
    expect(regional.host).toBe('app-eu1.hubspot.com');
    expect((await get(server, regional.host, regional.pathname + regional.search)).status).toBe(
      200,
    );
  });

  it('records every request it served', async () => {
    const before = server.requests.length;
    await get(server, 'admin.shopify.com', shopifyPaths.ordersList(server.world));
    expect(server.requests.slice(before)).toEqual([
      { host: 'admin.shopify.com', path: shopifyPaths.ordersList(server.world), status: 200 },
    ]);
  });
});
