/**
 * Attack class 3: the page switches Rung off or makes it work for nothing.
 * - WXT's start-up `postMessage` told the page the extension id
 *   (`"<id>:hubspot:wxt:content-script-started"`); replaying it stopped the content script
 *   and removed every badge.
 * - A page that defined `<rung-badge>` as its own custom element before Rung ran made
 *   every badge fail (its constructor took the shadow root first).
 * - Forged `wxt:locationchange` events each made Rung read the page and send it to the
 *   worker; a `pushState` storm did too, once per call.
 * The page here is the demo CRM under its strict CSP; the attacker's script runs in the
 * page's own world (`addInitScript` before the page loads, `evaluate` after).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedBadges } from '../../demo-crm/data/expected';
import { demoUrl, hubspotPaths } from '../../demo-crm/data/paths';
import { countBadges, waitForBadges } from '../badges';
import { startProofSession, type ProofSession } from '../proof/proof-session';
import { countPageReads } from './page-reads';

/** Runs in the page before any of its scripts: listens to every message, defines `<rung-badge>`. */
function hostilePageStart() {
  const seen: string[] = [];
  (window as unknown as { seenMessages: string[] }).seenMessages = seen;
  window.addEventListener('message', (event) => {
    seen.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
  });
  customElements.define(
    'rung-badge',
    class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' });
      }
    },
  );
}

describe('a page switching Rung off', () => {
  let s: ProofSession;
  let hostile: Page;
  let expected: number;
  let listPath: string;

  beforeAll(async () => {
    s = await startProofSession();
    listPath = hubspotPaths.contactsList(s.world);
    expected = (expectedBadges(s.world)[listPath] ?? []).length;
    hostile = await s.rung.context.newPage();
    await hostile.addInitScript(hostilePageStart);
    await hostile.goto(demoUrl('hubspot', listPath));
  }, 60_000);
  afterAll(() => s?.close());

  /** A fresh tab of the list with all its badges: each attack starts from a working page. */
  async function freshList(): Promise<Page> {
    const page = await s.open('hubspot', listPath);
    expect(await waitForBadges(page, expected)).toHaveLength(expected);
    return page;
  }

  it('shows every badge although the page defined <rung-badge> first', async () => {
    expect(await hostile.evaluate(() => customElements.get('rung-badge') !== undefined)).toBe(true);
    expect(await waitForBadges(hostile, expected)).toHaveLength(expected);
  });

  it('tells the page no extension id at start-up', async () => {
    const seen = await hostile.evaluate(
      () => (window as unknown as { seenMessages: string[] }).seenMessages,
    );
    expect(seen.filter((m) => m.includes(s.rung.extensionId))).toEqual([]);
  });

  it("keeps its badges when the page replays WXT's start-up message and event", async () => {
    const list = await freshList();
    const name = `${s.rung.extensionId}:hubspot:wxt:content-script-started`;
    await list.evaluate((type) => {
      const detail = { contentScriptName: 'hubspot', messageId: 'forged' };
      window.postMessage({ type, ...detail }, '*');
      document.dispatchEvent(new CustomEvent(type, { detail }));
    }, name);
    await list.waitForTimeout(1_500);
    expect(await countBadges(list)).toBe(expected);
  });

  it('reads nothing for 300 forged location-change and navigation events', async () => {
    const list = await freshList();
    const reads = await countPageReads(await s.rung.serviceWorker());
    const before = await reads();
    await list.evaluate((id) => {
      for (let i = 0; i < 300; i++) {
        window.dispatchEvent(new Event(`${id}:hubspot:wxt:locationchange`));
        window.dispatchEvent(new PopStateEvent('popstate'));
        (window as unknown as { navigation?: EventTarget }).navigation?.dispatchEvent(
          new Event('navigate'),
        );
      }
    }, s.rung.extensionId);
    await list.waitForTimeout(2_000);
    expect((await reads()) - before).toBe(0);
    expect(await countBadges(list)).toBe(expected);
  });

  it('reads a pushState storm a few times a second, not once per call', async () => {
    const list = await freshList();
    const reads = await countPageReads(await s.rung.serviceWorker());
    const before = await reads();
    const started = Date.now();
    // 300 real URL changes, one every 5 ms, between two views of the same list.
    await list.evaluate(
      (path) =>
        new Promise<void>((resolve) => {
          let i = 0;
          const step = () => {
            history.pushState(null, '', `${path}?view=${i % 2}`);
            if (++i < 300) setTimeout(step, 5);
            else resolve();
          };
          step();
        }),
      listPath,
    );
    await list.waitForTimeout(1_500);
    const seconds = (Date.now() - started) / 1_000;
    const sent = (await reads()) - before;
    console.info(`pushState storm: 300 URL changes in ${seconds.toFixed(1)} s, ${sent} page reads`);
    // The content script's gate: 4 at once, then 2 a second (lib/content/send-gate.ts).
    expect(sent).toBeLessThanOrEqual(4 + Math.ceil(seconds * 2) + 1);
    expect(sent).toBeGreaterThan(0);
    expect(await waitForBadges(list, expected)).toHaveLength(expected);
  });
});
