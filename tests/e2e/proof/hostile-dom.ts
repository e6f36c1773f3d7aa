/**
 * Page-side checks for hostile content: what Rung mounted must hold text only (no
 * element parsed out of a scraped name), and its badges must stay badge-sized.
 */
import type { Page } from 'playwright-core';
import { withBadgeRoots } from '../badges';

export interface BadgeDomReport {
  badges: number;
  /** Elements inside badge shadow roots that could only come from parsed scraped markup. */
  planted: string[];
  /** The largest badge box, px. */
  maxWidth: number;
  maxHeight: number;
}

export function inspectBadges(page: Page): Promise<BadgeDomReport> {
  // Badge roots are closed: read through CDP (../badges.ts).
  return withBadgeRoots(
    page,
    (_: null, ...roots) => {
      const planted: string[] = [];
      let maxWidth = 0;
      let maxHeight = 0;
      for (const root of roots) {
        const host = root.host;
        for (const el of Array.from(root.querySelectorAll('*'))) {
          const handlers = el.getAttributeNames().filter((a) => a.startsWith('on'));
          if (/^(SCRIPT|IMG|IFRAME|OBJECT|EMBED)$/.test(el.tagName) || handlers.length > 0)
            planted.push(`${el.tagName} ${handlers.join(' ')}`.trim());
        }
        const box = host.getBoundingClientRect();
        maxWidth = Math.max(maxWidth, box.width);
        maxHeight = Math.max(maxHeight, box.height);
      }
      return { badges: roots.length, planted, maxWidth, maxHeight };
    },
    null,
  );
}

/** How far the page scrolls sideways: a name that breaks the layout widens the page. */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}
