/**
 * The harness itself: the network log really sees the extension's requests (so the
 * "sent nothing" checks elsewhere can fail), and a service-worker restart really
 * starts a fresh worker.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hubspotPaths } from '../demo-crm/data/paths';
import { startSession, type E2eSession } from './session';

describe('the browser-test harness', () => {
  let s: E2eSession;
  beforeAll(async () => {
    // These tests make the extension send requests on purpose, to prove the log sees them.
    s = await startSession(new Date(), { allowRequests: true });
  });
  afterAll(() => s?.close());

  it('records a request made by the service worker', async () => {
    s.rung.network.clear();
    const target = `https://app.hubspot.com${hubspotPaths.contactsList(s.world)}?from=worker`;
    const worker = await s.rung.serviceWorker();
    const status = await worker.evaluate(async (url) => (await fetch(url)).status, target);
    expect(status).toBe(200);
    await expect
      .poll(() => s.rung.network.external().map((r) => [r.url, r.from]))
      .toEqual([[target, 'service-worker']]);
  });

  it('records a request made by an extension page, and nothing from the CRM page itself', async () => {
    s.rung.network.clear();
    const crmPage = await s.open('hubspot', hubspotPaths.contactsList(s.world));
    expect(s.rung.network.external()).toEqual([]);
    const page = await s.rung.openExtensionPage('options.html');
    const target = `https://admin.shopify.com/store/${s.world.shopifyStore}/customers?from=page`;
    await page.evaluate(async (url) => {
      await fetch(url).catch(() => undefined);
    }, target);
    await expect.poll(() => s.rung.network.external().map((r) => r.url)).toEqual([target]);
    expect(s.rung.network.external()[0]?.from).toContain('/options.html');
    s.rung.network.clear();
    await page.close();
    await crmPage.close();
  });

  it('records a request from a CRM page to a host outside the demo', async () => {
    s.rung.network.clear();
    const page = await s.open('hubspot', hubspotPaths.contactsList(s.world));
    // What a content script leaking data would look like (the host does not resolve).
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://collector.invalid/pixel.gif';
      document.body.append(img);
    });
    await expect
      .poll(() => s.rung.network.external().map((r) => r.url))
      .toEqual(['https://collector.invalid/pixel.gif']);
    s.rung.network.clear();
    await page.close();
  });

  it('restarts the service worker: state kept only in memory is gone', async () => {
    const before = await s.rung.serviceWorker();
    await before.evaluate(() => {
      (globalThis as Record<string, unknown>).__inMemoryOnly = 'set before restart';
    });
    const after = await s.rung.restartServiceWorker();
    expect(
      await after.evaluate(() => (globalThis as Record<string, unknown>).__inMemoryOnly ?? null),
    ).toBeNull();
    expect(after.url()).toBe(`chrome-extension://${s.rung.extensionId}/background.js`);
  });

  it('fails a session in which the extension sent anything, when it closes', async () => {
    const other = await startSession();
    const worker = await other.rung.serviceWorker();
    await worker.evaluate(() => fetch('https://rung-telemetry.invalid/close').catch(() => null));
    await expect
      .poll(() => other.rung.network.external().length, { timeout: 5_000 })
      .toBeGreaterThan(0);
    await expect(other.close()).rejects.toThrow(/rung-telemetry\.invalid\/close/);
  });
});
