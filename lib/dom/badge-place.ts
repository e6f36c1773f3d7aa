/**
 * Where a badge goes beside its anchor: inside a heading (so a record title and its badge
 * share a line), right after anything else (a name link in a list row), and never inside
 * a link or button of the page. A badge inside a link would navigate when clicked (a
 * click's default action belongs to the link, whatever Rung's listener does), and a
 * button inside a button is not even valid: the anchor's outermost clickable ancestor
 * within its cell is what the badge then goes after.
 */

export interface BadgePlace {
  target: Element;
  /** Appended inside `target` (a heading), or right after it. */
  inside: boolean;
}

const CLICKABLE = 'a[href], button, label, summary, [role="button"], [role="link"]';
/** A badge never leaves the cell or item its anchor is in (a row is not a place for it). */
const CELL = 'td, th, li, [role="gridcell"], [role="cell"], [role="row"], tr, table, body';

function outermostClickable(anchor: Element): Element | null {
  let found: Element | null = null;
  for (let node: Element | null = anchor; node; node = node.parentElement) {
    if (node !== anchor && node.matches(CELL)) break;
    if (node.matches(CLICKABLE)) found = node;
  }
  return found;
}

export function badgePlace(anchor: Element): BadgePlace {
  const clickable = outermostClickable(anchor);
  if (clickable) return { target: clickable, inside: false };
  return { target: anchor, inside: /^H[1-6]$/.test(anchor.tagName) };
}

export function isPlaced(host: Element, { target, inside }: BadgePlace): boolean {
  return inside ? host.parentElement === target : host.previousElementSibling === target;
}

export function putAt(host: Element, { target, inside }: BadgePlace): void {
  if (inside) target.append(host);
  else target.after(host);
}
