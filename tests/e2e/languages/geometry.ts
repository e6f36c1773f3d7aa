/**
 * Bounding-box reads for the right-to-left checks. Text extents come from a Range over
 * an element's text, because a block's own box spans the whole line whichever side its
 * text sits on.
 */
import type { Locator, Page } from 'playwright-core';
import { withBadgeRoots } from '../badges';

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The element's box and the box of the text inside it. */
export function textAndBlock(target: Locator): Promise<{ block: Box; text: Box }> {
  return target.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return {
      block: box(element.getBoundingClientRect()),
      text: box(range.getBoundingClientRect()),
    };
  });
}

/** Right-aligned the way an RTL page starts a line: the text hugs the block's right edge. */
export function startsAtRight({ block, text }: { block: Box; text: Box }): boolean {
  return Math.abs(block.right - text.right) <= 2 && text.left - block.left > 8;
}

export function boxOf(target: Locator): Promise<Box> {
  return target.evaluate((element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right - 0.5 &&
  b.left < a.right - 0.5 &&
  a.top < b.bottom - 0.5 &&
  b.top < a.bottom - 0.5;

/**
 * Every badge on a CRM page beside the text of the element it was put in (the name),
 * and whether its pill shows its whole label (nothing clipped).
 */
export function badgesBesideNames(
  page: Page,
): Promise<{ badge: Box; name: Box; clipped: boolean; visible: boolean }[]> {
  return withBadgeRoots(
    page,
    (_: null, ...roots) =>
      roots.map((root) => {
        const host = root.host;
        const box = (r: DOMRect) => ({
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
        });
        const pill = root.querySelector<HTMLElement>('[data-testid="rung-badge"]');
        const pillRect = pill?.getBoundingClientRect();
        // The name: text of the badge's parent, without the badge itself.
        const walker = document.createTreeWalker(host.parentElement ?? host, NodeFilter.SHOW_TEXT);
        const rects: DOMRect[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim() || host.contains(node)) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          rects.push(range.getBoundingClientRect());
        }
        const name = rects.reduce(
          (u, r) => ({
            left: Math.min(u.left, r.left),
            right: Math.max(u.right, r.right),
            top: Math.min(u.top, r.top),
            bottom: Math.max(u.bottom, r.bottom),
          }),
          { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity },
        );
        return {
          badge: pillRect ? box(pillRect) : { left: 0, right: 0, top: 0, bottom: 0 },
          name,
          clipped: pill ? pill.scrollWidth > pill.clientWidth + 1 : true,
          visible: Boolean(pillRect && pillRect.width > 8 && pillRect.height > 8),
        };
      }),
    null,
  );
}
