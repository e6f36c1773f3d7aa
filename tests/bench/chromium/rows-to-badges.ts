/**
 * "Rows existing → all badges shown": insert the rows kept in the bench template (see
 * ./list-pages.ts deferRows), take `performance.now()` right after, then check once per
 * animation frame until every badge pill says `data-state="ready"`. Resolution is one
 * frame (~16.7 ms); the check reads attributes only, so it adds little to the frames it
 * shares with Rung.
 *
 * Badge roots are closed, so the check runs in Rung's content-script world (reached
 * through CDP, ../../e2e/proof/content-world.ts), where Chromium's
 * `chrome.dom.openOrClosedShadowRoot` opens them; the page's own world cannot, by design.
 * The rows are inserted from that world too: the DOM is the same, so the page sees them
 * arrive exactly as its own script's would.
 */
import type { Page } from 'playwright-core';
import { contentWorld } from '../../e2e/proof/content-world';
import { BADGE_HOST_ATTR } from '../../../lib/dom/badge-host';
import { ROWS_TEMPLATE_ID } from './list-pages';

export interface RowsToBadges {
  /** ms from the rows being in the DOM to the frame where all badges were ready; null on timeout. */
  elapsedMs: number | null;
  badges: number;
  ready: number;
}

/** Sent as source into the content-script world: it must not close over anything. */
function insertAndWatch(
  templateId: string,
  hostAttr: string,
  want: number,
  limit: number,
): Promise<RowsToBadges> {
  return new Promise<RowsToBadges>((resolve, reject) => {
    const { chrome } = globalThis as unknown as {
      chrome: { dom: { openOrClosedShadowRoot(element: Element): ShadowRoot | null } };
    };
    const template = document.getElementById(templateId);
    const body = template?.parentElement?.querySelector('tbody');
    if (!(template instanceof HTMLTemplateElement) || !body) {
      reject(new Error('no deferred rows on this page'));
      return;
    }
    body.append(template.content.cloneNode(true));
    const rowsAt = performance.now();
    const count = () => {
      const hosts = document.querySelectorAll(`[${hostAttr}]`);
      let ready = 0;
      for (const host of hosts) {
        const root = chrome.dom.openOrClosedShadowRoot(host);
        const pill = root?.querySelector('[data-testid="rung-badge"]');
        if (pill?.getAttribute('data-state') === 'ready') ready += 1;
      }
      return { badges: hosts.length, ready };
    };
    const check = () => {
      const now = performance.now();
      const seen = count();
      if (seen.ready >= want) resolve({ elapsedMs: now - rowsAt, ...seen });
      else if (now - rowsAt > limit) resolve({ elapsedMs: null, ...seen });
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

export async function insertRowsAndTimeBadges(
  page: Page,
  extensionId: string,
  expected: number,
  timeoutMs: number,
): Promise<RowsToBadges> {
  const world = await contentWorld(page, extensionId);
  try {
    const args = [ROWS_TEMPLATE_ID, BADGE_HOST_ATTR, expected, timeoutMs].map((a) =>
      JSON.stringify(a),
    );
    // tsx compiles with esbuild's keepNames, which wraps the named helpers in `__name(…)`;
    // the world has no such function, so give it a harmless one.
    return await world.evaluate<RowsToBadges>(
      `globalThis.__name ??= (f) => f; (${insertAndWatch.toString()})(${args.join(', ')})`,
    );
  } finally {
    await world.detach();
  }
}
