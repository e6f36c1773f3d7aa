/**
 * Finding Shopify fields by their visible label. A label is a leaf element whose whole text
 * is the label (never a link or navigation: the admin's side menu also says "Orders"); its
 * value is what follows it; its card is the nearest ancestor holding the card's content.
 */
import type { ShopifyField, ShopifyLanguage } from './labels';
import { fieldLabels } from './labels';
import { labelKey, leaves } from '../../reading/select';

/** The label element itself, or its single-child wrapper chain's outermost element. */
function chainTop(el: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement.children.length === 1) node = node.parentElement;
  return node;
}

/** Every leaf in `root` spelling one of the field's labels, in document order. */
export function findLabels(
  root: ParentNode,
  field: ShopifyField,
  langs: readonly ShopifyLanguage[],
): Element[] {
  const wanted = new Set(fieldLabels(field, langs));
  return leaves(root).filter((el) => {
    if (el.closest('a, nav, button, script, style, template')) return false;
    const text = el.textContent ?? '';
    return text.length <= 80 && wanted.has(labelKey(text));
  });
}

/** The elements after a label, nearest first (a totals row may put a code before the sum). */
export function valuesAfter(label: Element): Element[] {
  const out: Element[] = [];
  for (let next = chainTop(label).nextElementSibling; next; next = next.nextElementSibling) {
    out.push(next);
  }
  return out;
}

/** The block a label heads: the nearest ancestor holding more than the label itself. */
export function blockOf(label: Element): Element {
  return chainTop(label).parentElement ?? label;
}

/**
 * The card a heading labels: the nearest ancestor that contains `has` (what the card is
 * for: tag items, an order link). Climbing stops at a region holding a second card heading,
 * so one card's heading never lends its name to a neighbour's content.
 */
export function cardOf(heading: Element, has: string): Element | null {
  for (let node = heading.parentElement; node; node = node.parentElement) {
    if (node.querySelectorAll('h1, h2').length > 1) return null;
    if (node.querySelector(has)) return node;
  }
  return null;
}

/**
 * The first value after any of the field's labels that `read` accepts. `found` tells a
 * missing label (selector rot or a field this page lacks) from one whose value failed.
 */
export function readLabeled<T>(
  root: ParentNode,
  field: ShopifyField,
  langs: readonly ShopifyLanguage[],
  read: (el: Element) => T | undefined,
): { found: boolean; value?: T } {
  const labels = findLabels(root, field, langs);
  for (const label of labels) {
    for (const el of valuesAfter(label)) {
      const value = read(el);
      if (value !== undefined) return { found: true, value };
    }
  }
  return { found: labels.length > 0 };
}
