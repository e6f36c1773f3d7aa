/**
 * The text a sighted user sees in an element. WordPress and wc-admin put text for screen
 * readers beside the visible label (`.screen-reader-text`: "Sort by Name in descending
 * order", a country's full name), and Rung's own badge hosts may sit inside; neither is
 * part of the label a reader matches. (`aria-hidden="true"` text stays: wc-admin hides the
 * short visible label, "AOV", from screen readers and gives them the long one.) Text nodes
 * only: no markup is interpreted.
 */
import { cleanText } from '../../reading/parse/text';
import { isRungHost } from '../../reading/rung-host';

const SKIPPED_TAGS = new Set(['svg', 'script', 'style', 'template']);

function isHiddenText(el: Element): boolean {
  return (
    SKIPPED_TAGS.has(el.localName) || isRungHost(el) || el.classList.contains('screen-reader-text')
  );
}

function collect(node: Node, out: string[], budget: { left: number }): void {
  for (let child = node.firstChild; child && budget.left > 0; child = child.nextSibling) {
    if (child.nodeType === 3) {
      const text = child.nodeValue ?? '';
      out.push(text);
      budget.left -= text.length;
    } else if (child.nodeType === 1 && !isHiddenText(child as Element)) {
      collect(child, out, budget);
    }
  }
}

/** Visible text of `el`, cleaned and capped at `max` characters. */
export function visibleText(el: Element | null, max = 200): string {
  if (!el) return '';
  const parts: string[] = [];
  collect(el, parts, { left: max * 4 + 400 });
  return cleanText(parts.join(''), max);
}
