/**
 * The badge's tooltip in the real browser: a top-layer popover built on first hover,
 * placed beside its pill inside the viewport, kept while the pointer moves onto it, and
 * closed by leaving, by Escape and by keyboard focus moving on (WCAG 1.4.13). Badges off
 * screen skip rendering (content-visibility: auto); scrolled to, they render as usual.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shopifyPaths } from '../demo-crm/data/paths';
import { focusPill, hoverPill, pillBox, waitForBadges, withBadgeRoots } from './badges';
import { startSession, type E2eSession } from './session';

interface TipState {
  open: boolean;
  headline: string | null;
  tip: { top: number; left: number; bottom: number; right: number } | null;
  pill: { top: number; left: number; bottom: number; right: number } | null;
}

/** The tooltip of the `index`-th badge on the page (null fields when not built yet). */
function tipOf(page: Page, index: number): Promise<TipState> {
  return withBadgeRoots(
    page,
    (i: number, ...roots) => {
      const root = roots[i];
      const tip = root?.querySelector('.tip') ?? null;
      const pill = root?.querySelector('[data-testid="rung-badge"]') ?? null;
      const box = (e: Element | null) => {
        if (!e) return null;
        const { top, left, bottom, right } = e.getBoundingClientRect();
        return { top, left, bottom, right };
      };
      return {
        open: tip?.matches(':popover-open') ?? false,
        headline: tip?.querySelector('.tip-headline')?.textContent ?? null,
        tip: box(tip),
        pill: box(pill),
      };
    },
    index,
  );
}

describe('badge tooltip', () => {
  let s: E2eSession;
  let list: Page;

  beforeAll(async () => {
    s = await startSession();
    list = await s.open('shopify', shopifyPaths.customersList(s.world));
    await waitForBadges(list, 20);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('opens beside its pill on hover, inside the viewport, and stays while pointed at', async () => {
    expect((await tipOf(list, 2)).open).toBe(false);
    await hoverPill(list, 2);
    const open = await tipOf(list, 2);
    expect(open.open).toBe(true);
    expect(open.headline?.length).toBeGreaterThan(3);
    const [tip, box] = [open.tip!, open.pill!];
    expect(tip.top).toBeGreaterThanOrEqual(box.bottom);
    expect(tip.top - box.bottom).toBeLessThan(12);
    expect(tip.left).toBeGreaterThanOrEqual(0);
    expect(tip.right).toBeLessThanOrEqual(1280);
    // Onto the tooltip itself: still open.
    await list.mouse.move((tip.left + tip.right) / 2, (tip.top + tip.bottom) / 2);
    expect((await tipOf(list, 2)).open).toBe(true);
    // Away: closed.
    await list.mouse.move(5, 880);
    expect((await tipOf(list, 2)).open).toBe(false);
  });

  it('opens on keyboard focus and closes on Escape without the page seeing the key', async () => {
    await list.evaluate(() => {
      (window as unknown as { escapes: number }).escapes = 0;
      document.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') (window as unknown as { escapes: number }).escapes += 1;
      });
    });
    await focusPill(list, 3);
    expect((await tipOf(list, 3)).open).toBe(true);
    await list.keyboard.press('Escape');
    expect((await tipOf(list, 3)).open).toBe(false);
    expect(await list.evaluate(() => (window as unknown as { escapes: number }).escapes)).toBe(0);
    // With no tooltip open, Escape is the page's again.
    await list.keyboard.press('Escape');
    expect(await list.evaluate(() => (window as unknown as { escapes: number }).escapes)).toBe(1);
  });

  it('renders a badge scrolled into view with its real size', async () => {
    await pillBox(list, 'last');
    // Scrolled to: the next frame lays out what content-visibility skipped.
    await list.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const box = await pillBox(list, 'last');
    expect(box?.width).toBeGreaterThan(20);
    expect(box?.height).toBeGreaterThan(12);
    expect(box?.height).toBeLessThan(30);
  });
});
