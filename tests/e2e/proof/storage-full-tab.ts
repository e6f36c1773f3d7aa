/**
 * What a user sees on a CRM tab during the storage-full proof: the badges' states (through
 * the badge's stable hooks: the `rung-badge` host, its shadow root's `[data-testid=
 * "rung-badge"]` with `data-state` and `data-stage`) and what the popup says about the tab.
 */
import type { Page } from 'playwright-core';
import { withBadgeRoots } from '../badges';

export { openPopupBeside } from '../popup-window';

/** The words the popup shows when it has no customer to show for the tab. */
export async function popupNotice(popup: Page): Promise<string> {
  const notice = popup.locator('[data-testid="no-customer"] p').first();
  await notice.waitFor({ timeout: 10_000 });
  return notice.innerText();
}

export interface BadgeTally {
  /** Badges per `data-state` ('pending', 'ready', 'error'). */
  states: Record<string, number>;
  /** Badges that name a stage. */
  staged: number;
}

/**
 * Waits until `rows` badges exist and none is pending, counting states only: on 1,000
 * rows, ../badges.ts's full read (labels, tooltips, row links) until two reads agree took
 * 20–28 s on a loaded machine, while the states were final after 4 s.
 */
export async function settledBadgeStates(
  page: Page,
  rows: number,
  timeoutMs = 30_000,
): Promise<BadgeTally> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Badge roots are closed: read through CDP (../badges.ts), states only.
    const tally = await withBadgeRoots(
      page,
      (_: null, ...roots) => {
        const states: Record<string, number> = {};
        let staged = 0;
        for (const root of roots) {
          const pill = root.querySelector('[data-testid="rung-badge"]');
          const state = pill?.getAttribute('data-state') ?? 'none';
          states[state] = (states[state] ?? 0) + 1;
          if (pill?.getAttribute('data-stage')) staged += 1;
        }
        return { states, staged };
      },
      null,
    );
    const total = Object.values(tally.states).reduce((sum, n) => sum + n, 0);
    if ((total >= rows && !tally.states.pending) || Date.now() > deadline) return tally;
    await page.waitForTimeout(250);
  }
}
