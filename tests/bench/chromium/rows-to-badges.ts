/**
 * "Rows existing → all badges shown", measured from the page's main world: insert the
 * rows kept in the bench template (see ./list-pages.ts deferRows), take
 * `performance.now()` right after, then check once per animation frame until every
 * `rung-badge` pill says `data-state="ready"`. Resolution is one frame (~16.7 ms); the
 * check reads attributes only, so it adds little to the frames it shares with Rung.
 */
import type { Page } from 'playwright-core';
import { ROWS_TEMPLATE_ID } from './list-pages';

export interface RowsToBadges {
  /** ms from the rows being in the DOM to the frame where all badges were ready; null on timeout. */
  elapsedMs: number | null;
  badges: number;
  ready: number;
}

export async function insertRowsAndTimeBadges(
  page: Page,
  expected: number,
  timeoutMs: number,
): Promise<RowsToBadges> {
  // tsx compiles with esbuild's keepNames, which wraps the named helpers below in
  // `__name(…)`; the page has no such function, so give it a harmless one.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate(
    ([templateId, want, limit]) =>
      new Promise<RowsToBadges>((resolve, reject) => {
        const template = document.getElementById(templateId);
        const body = template?.parentElement?.querySelector('tbody');
        if (!(template instanceof HTMLTemplateElement) || !body) {
          reject(new Error('no deferred rows on this page'));
          return;
        }
        body.append(template.content.cloneNode(true));
        const rowsAt = performance.now();
        const count = () => {
          const hosts = document.querySelectorAll('rung-badge');
          let ready = 0;
          for (const host of hosts) {
            const pill = host.shadowRoot?.querySelector('[data-testid="rung-badge"]');
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
      }),
    [ROWS_TEMPLATE_ID, expected, timeoutMs] as const,
  );
}
