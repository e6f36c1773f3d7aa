/**
 * Isolation: nothing outside Rung can drive its background, and a content script can
 * only do what a badge needs. A web page has no channel to Rung at all; another
 * extension that knows Rung's id gets no receiver; a content script's forged page read
 * for another account and its request to change settings are refused; malformed
 * messages get a schema error and change nothing; Rung runs on CRM hosts only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countBadges, waitForBadges } from '../badges';
import { hubspotPaths, shopifyPaths } from '../../demo-crm/data/paths';
import { renderHubspotList } from '../../demo-crm/render';
import { askRung, askRungData, rungPage } from './ask-rung';
import { contentWorld, hasContentScript } from './content-world';
import { writeProbeExtension, type ProbeOutcome } from './probe-extension';
import { EVIL_HOST } from './proof-crm';
import { startProofSession, type ProofSession } from './proof-session';

type Settings = { settings: unknown; staffName: string };

describe('isolation of Rung’s background', () => {
  const probe = writeProbeExtension();
  let s: ProofSession;
  let admin: Page;
  let before: Settings;

  beforeAll(async () => {
    s = await startProofSession({ args: (rungPath) => probe.args(rungPath) });
    admin = await rungPage(s.rung);
    before = await askRungData<Settings>(admin, 'settings.get', {});
  });
  afterAll(async () => {
    await s?.close();
    probe.remove();
  });

  const settingsNow = async () => askRungData<Settings>(await rungPage(s.rung), 'settings.get', {});
  const mallory = { type: 'settings.save', payload: { settings: {}, staffName: 'Mallory' } };

  it('gives a CRM web page no chrome.runtime to message Rung with', async () => {
    const page = await s.open('hubspot', hubspotPaths.contactsList(s.world));
    const channel = await page.evaluate(() => {
      const { chrome } = globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } };
      return typeof chrome?.runtime?.sendMessage;
    });
    expect(channel).toBe('undefined');
    // A window message shaped like a protocol envelope is not a channel either.
    await page.evaluate((m) => window.postMessage(m, '*'), mallory);
    await page.waitForTimeout(300);
    expect((await settingsNow()).staffName).toBe(before.staffName);
    await page.close();
  });

  it('gives another extension that knows Rung’s id no receiver', async () => {
    const page = await s.rung.context.newPage();
    await page.goto(`chrome-extension://${probe.id}/probe.html`);
    const outcome = await page.evaluate(
      ([rungId, message]) =>
        (globalThis as unknown as { probe(id: string, m: unknown): Promise<ProbeOutcome> }).probe(
          rungId,
          message,
        ),
      [s.rung.extensionId, mallory] as const,
    );
    expect(outcome.reply).toBeUndefined();
    expect(outcome.error).toMatch(/Receiving end does not exist|Could not establish connection/);
    expect(await settingsNow()).toEqual(before);
    await page.close();
  });

  it('refuses a content script’s page read naming another account, and its settings change', async () => {
    const page = await s.open('shopify', shopifyPaths.customersList(s.world));
    const world = await contentWorld(page, s.rung.extensionId);
    const stranger = { crm: 'shopify', account: 'someone-elses-store', id: '4242' };
    const forged = {
      type: 'page.observed',
      payload: {
        url: page.url(),
        scrape: {
          ...{ crm: 'shopify', account: 'someone-elses-store', page: 'customer' },
          customers: [{ key: stranger, name: 'Planted Customer' }],
          diagnostics: [],
        },
      },
    };
    const send = (message: unknown) =>
      world.evaluate<unknown>(
        `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => r ?? null)`,
      );
    expect(await send(forged)).toEqual({
      ok: false,
      error: 'This page read names another account than the tab shows.',
    });
    // Settings are not a badge's business: dropped without a reply.
    expect(await send(mallory)).toBeNull();
    await world.detach();
    const detail = await askRungData<unknown>(admin, 'customer.get', {
      key: stranger,
    });
    expect(detail).toBeNull();
    expect(await settingsNow()).toEqual(before);
    await page.close();
  });

  it('answers malformed messages from its own pages with a schema error and changes nothing', async () => {
    for (const junk of [
      { type: 'settings.save' },
      { type: 'settings.save', payload: { settings: {}, staffName: 'x'.repeat(10_000) } },
      { type: 'no.such.message', payload: {} },
      'settings.save',
      null,
    ]) {
      const reply = await askRung(admin, junk);
      expect(reply?.ok, JSON.stringify(junk).slice(0, 80)).toBe(false);
    }
    expect(await settingsNow()).toEqual(before);
  });

  it('runs on the manifest’s CRM hosts and not on a look-alike page elsewhere', async () => {
    const path = hubspotPaths.contactsList(s.world);
    s.proof.setPage(EVIL_HOST, path, renderHubspotList(s.world));
    const evil = await s.openUrl(s.proof.url(EVIL_HOST, path));
    expect(await hasContentScript(evil, s.rung.extensionId, 3_000)).toBe(false);
    expect(await countBadges(evil)).toBe(0);
    const real = await s.open('hubspot', path);
    expect(await hasContentScript(real, s.rung.extensionId, 10_000)).toBe(true);
    // The same list on the real host does get badges: the count above can tell.
    expect((await waitForBadges(real, 1)).length).toBeGreaterThan(0);
    await Promise.all([evil.close(), real.close()]);
  });
});
