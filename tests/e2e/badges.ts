/**
 * Reading Rung's badges off a page, through the test hooks every part agreed on: a
 * `<rung-badge>` host right after the anchor, an open shadow root, and inside it
 * `[data-testid="rung-badge"]` with data-stage / data-category / data-overridden /
 * data-state. A badge is tied to its customer by the record link in its list row (or,
 * on a record page, by being the page's badge).
 */
import type { Page } from 'playwright-core';

export interface FoundBadge {
  stage: string | null;
  category: string | null;
  overridden: string | null;
  state: string | null;
  /** Accessible name of the pill (what a screen reader announces). */
  label: string | null;
  /**
   * The treatment headline in the badge's tooltip (`.tip-headline`, the badge
   * component's own markup rather than a test hook), or null when not asked for. The
   * tooltip is built on the first hover, so reading headlines hovers each badge (a
   * synthetic event; the page does not move) — slow on a 1,000-row list, where each
   * hover places a popover.
   */
  headline: string | null;
  /** Paths of the links in the badge's row (list pages); empty outside a row. */
  rowLinks: string[];
}

export const PILL = 'rung-badge [data-testid="rung-badge"]';

export interface ReadOptions {
  /** Also read each badge's tooltip headline (hovers every badge). */
  headlines?: boolean;
}

export function readBadges(
  page: Page,
  { headlines = false }: ReadOptions = {},
): Promise<FoundBadge[]> {
  return page.evaluate(
    (withHeadlines) =>
      Array.from(document.querySelectorAll('rung-badge')).map((host) => {
        const pill = host.shadowRoot?.querySelector('[data-testid="rung-badge"]') ?? null;
        if (withHeadlines) {
          // Open the tooltip (built on first hover) and close it again.
          pill?.dispatchEvent(new Event('pointerover', { bubbles: true, composed: true }));
          pill?.dispatchEvent(new Event('pointerout', { bubbles: true, composed: true }));
        }
        const row = host.closest('tr, li, [role="row"]');
        const links = row ? Array.from(row.querySelectorAll('a[href]')) : [];
        return {
          stage: pill?.getAttribute('data-stage') ?? null,
          category: pill?.getAttribute('data-category') ?? null,
          overridden: pill?.getAttribute('data-overridden') ?? null,
          state: pill?.getAttribute('data-state') ?? null,
          label: pill?.getAttribute('aria-label') ?? pill?.textContent ?? null,
          headline: host.shadowRoot?.querySelector('.tip-headline')?.textContent?.trim() ?? null,
          rowLinks: links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        };
      }),
    headlines,
  );
}

/**
 * Waits until at least `count` badges exist, none is pending, and two reads `settleMs`
 * apart agree: a badge may first show a cached result and then the fresh one, and a
 * late re-scan that would duplicate a badge gets its chance to show.
 */
export async function waitForBadges(
  page: Page,
  count: number,
  timeoutMs = 15_000,
  settleMs = 400,
  options: ReadOptions = {},
): Promise<FoundBadge[]> {
  const deadline = Date.now() + timeoutMs;
  let badges: FoundBadge[] = [];
  let previous = '';
  while (Date.now() < deadline) {
    badges = await readBadges(page, options);
    const settled = badges.length >= count && badges.every((b) => b.state !== 'pending');
    const snapshot = JSON.stringify(badges);
    if (settled && snapshot === previous) return badges;
    previous = settled ? snapshot : '';
    await page.waitForTimeout(settled ? settleMs : 100);
  }
  return badges;
}

/**
 * Polls one page's single badge until it is ready and `accept` holds, or time runs out;
 * returns the last read. A pending or failed badge never passes: its empty stage and
 * `data-overridden="false"` would otherwise satisfy a check such as "not overridden".
 */
export async function waitForBadge(
  page: Page,
  accept: (badge: FoundBadge) => boolean,
  timeoutMs = 15_000,
): Promise<FoundBadge | null> {
  const deadline = Date.now() + timeoutMs;
  let last: FoundBadge | null = null;
  while (Date.now() < deadline) {
    last = (await readBadges(page))[0] ?? null;
    if (last?.state === 'ready' && accept(last)) return last;
    await page.waitForTimeout(150);
  }
  return last;
}
