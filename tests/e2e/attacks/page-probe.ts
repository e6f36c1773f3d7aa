/**
 * What a hostile CRM page script can get at: run in the page's own world (Playwright's
 * `page.evaluate`, which is the main world, as the page's scripts), it walks the whole
 * document and every shadow root it can open, and pokes every element that might be a
 * badge with the events a script can make. Used by the attack tests to prove that
 * Rung's badges give a page nothing beyond what they show.
 */
import type { Page } from 'playwright-core';

export interface ProbeResult {
  /** All text the script could read: the document and every shadow root open to it. */
  text: string;
  /** How many shadow roots the script could open. */
  openRoots: number;
}

/** Dispatches the events a script can make at every element, then reads all it can. */
export function probePage(page: Page): Promise<ProbeResult> {
  return page.evaluate(async () => {
    const all = Array.from(document.querySelectorAll('*'));
    for (const element of all) {
      for (const type of ['pointerover', 'mouseover', 'pointerenter']) {
        element.dispatchEvent(new PointerEvent(type, { bubbles: true, composed: true }));
      }
      element.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    let text = document.documentElement.textContent ?? '';
    let openRoots = 0;
    const visit = (root: ParentNode) => {
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const shadow = element.shadowRoot;
        if (!shadow) continue;
        openRoots += 1;
        text += ` ${Array.from(shadow.querySelectorAll('*'))
          .map((e) => `${e.getAttribute('aria-label') ?? ''} ${e.textContent ?? ''}`)
          .join(' ')}`;
        visit(shadow);
      }
    };
    visit(document);
    return { text, openRoots };
  });
}
