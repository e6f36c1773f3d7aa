/**
 * Proposes the most robust way to find a clicked element again, for the custom-CRM picker.
 * In order of trust: the element's `#id` (unless it looks generated or carries a record id),
 * a stable test/semantic attribute, its visible label (custom.labels.ts), then a short
 * structural path. Generated class names (`css-1x2y3z`, `sc-AxjAm`, `_1j4h2`,
 * `Polaris-Page-Header__Row_375v7`) are never used: they change with every build of the CRM.
 */
import { findByLabel, labelOf } from '../crms/custom/labels';

/** Attributes CRMs keep stable for tests, automation or semantics, most trusted first. */
export const STABLE_ATTRIBUTES = [
  'data-test-id',
  'data-testid',
  'data-qa',
  'data-test',
  'data-cy',
  'data-selenium-test',
  'name',
  'itemprop',
  'aria-label',
] as const;

/** A token (class or id) a build tool generated, judged by its shape. */
export function looksGenerated(token: string): boolean {
  if (/^(css|sc|jss|emotion|styled|tw)-/i.test(token)) return true; // CSS-in-JS prefixes
  if (/-sc-|__Styled/i.test(token)) return true; // styled-components display names
  if (/^_[a-zA-Z0-9]{3,}$/.test(token)) return true; // minified CSS modules (`_1j4h2`)
  if (/^:|^(ember|react-|mui-|headlessui-|radix-|v-)\S*\d/i.test(token)) return true;
  // A hash-like segment: mixes letters and digits (`375v7`, `x1y2z`, `a8f2ee`).
  return token
    .split(/[-_]+/)
    .some((seg) => seg.length >= 4 && /\d/.test(seg) && /[a-z]/i.test(seg));
}

/** An id that names one record (`customer-12345`) finds only that record on other pages. */
function looksRecordSpecific(id: string): boolean {
  return /\d{3,}/.test(id) || /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id);
}

export type SelectorStrategy = 'id' | 'attribute' | 'label' | 'structural';

export interface SelectorSuggestion {
  /** Matches the `fieldSchema` of custom-definition.ts: store it as is. */
  selector?: string;
  label?: string;
  strategy: SelectorStrategy;
  /** Whether `selector` matches exactly this element within the scope. */
  unique: boolean;
}

/** CSS.escape for identifiers (happy-dom and old engines may lack it). */
export function cssEscape(value: string): string {
  return value.replace(/^-?\d|[^a-zA-Z0-9_\u00A0-\uFFFF-]/g, (ch) =>
    /\d/.test(ch) && ch.length === 1
      ? `\\3${ch} `
      : ch.length > 1
        ? `${ch[0]}\\3${ch[1]} `
        : `\\${ch}`,
  );
}

const attrValue = (v: string) => `"${v.replace(/["\\]/g, '\\$&')}"`;

function matchesOnly(scope: ParentNode, css: string, el: Element): boolean {
  try {
    const found = scope.querySelectorAll(css);
    return found.length === 1 && found[0] === el;
  } catch {
    return false;
  }
}

/** One structural step: tag, stable classes, and :nth-of-type when siblings share the tag. */
function step(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const stable = Array.from(el.classList)
    .filter((c) => !looksGenerated(c) && /^[a-zA-Z][\w-]{1,40}$/.test(c))
    .slice(0, 2);
  let css = tag + stable.map((c) => `.${cssEscape(c)}`).join('');
  const parent = el.parentElement;
  if (parent) {
    const same = Array.from(parent.children).filter((c) => c.tagName === el.tagName);
    if (same.length > 1) css += `:nth-of-type(${same.indexOf(el) + 1})`;
  }
  return css;
}

function stableAttribute(el: Element): string | null {
  for (const name of STABLE_ATTRIBUTES) {
    const value = el.getAttribute(name);
    if (value && value.length <= 100 && !looksGenerated(value)) {
      return `${el.tagName.toLowerCase()}[${name}=${attrValue(value)}]`;
    }
  }
  return null;
}

export interface SuggestOptions {
  /** Where the selector will run: a list row for row fields; the document by default. */
  scope?: Element;
}

export function suggestSelector(el: Element, options: SuggestOptions = {}): SelectorSuggestion {
  const scope: ParentNode = options.scope ?? el.ownerDocument;
  const id = el.getAttribute('id');
  if (id && !looksGenerated(id) && !looksRecordSpecific(id)) {
    const css = `#${cssEscape(id)}`;
    if (matchesOnly(scope, css, el)) return { selector: css, strategy: 'id', unique: true };
  }
  const byAttribute = stableAttribute(el);
  if (byAttribute && matchesOnly(scope, byAttribute, el)) {
    return { selector: byAttribute, strategy: 'attribute', unique: true };
  }
  const byLabel = labelSuggestion(el, options.scope ?? el.ownerDocument);
  return byLabel ?? structural(el, scope);
}

/**
 * The label strategy, verified: the label must lead back to the element, or to a cell that
 * contains it (then a short relative selector narrows to it, as for a mailto link in a cell).
 */
function labelSuggestion(el: Element, scope: Element | Document): SelectorSuggestion | null {
  const label = labelOf(el);
  if (!label) return null;
  const found = findByLabel(scope, label);
  if (found === el) return { label, strategy: 'label', unique: true };
  if (!found || !found.contains(el)) return null;
  const steps: string[] = [];
  for (
    let cur: Element | null = el;
    cur && cur !== found && steps.length < 3;
    cur = cur.parentElement
  ) {
    steps.unshift(step(cur));
  }
  const selector = steps.join(' > ');
  return { label, selector, strategy: 'label', unique: matchesOnly(found, selector, el) };
}

/** A path of at most four steps up to an ancestor with a stable hook (or the scope). */
function structural(el: Element, scope: ParentNode): SelectorSuggestion {
  const steps: string[] = [];
  let current: Element | null = el;
  while (current && current !== scope && steps.length < 4) {
    const anchor = stableAttribute(current);
    const id = current.getAttribute('id');
    if (current !== el && anchor) {
      steps.unshift(anchor);
      break;
    }
    if (current !== el && id && !looksGenerated(id) && !looksRecordSpecific(id)) {
      steps.unshift(`#${cssEscape(id)}`);
      break;
    }
    steps.unshift(step(current));
    const css = steps.join(' > ');
    if (matchesOnly(scope, css, el)) return { selector: css, strategy: 'structural', unique: true };
    current = current.parentElement;
    if (current?.tagName === 'BODY' || current?.tagName === 'HTML') break;
  }
  const css = steps.join(' > ');
  return { selector: css, strategy: 'structural', unique: matchesOnly(scope, css, el) };
}

/**
 * A selector for the repeated element a clicked row belongs to: every sibling of the same
 * kind should match (`tr[data-testid="customer-row"]`, `tbody > tr`, `li.customer`).
 */
export function suggestRowSelector(row: Element): string {
  const tag = row.tagName.toLowerCase();
  for (const name of STABLE_ATTRIBUTES) {
    const value = row.getAttribute(name);
    if (value && !looksGenerated(value)) return `${tag}[${name}=${attrValue(value)}]`;
  }
  const shared = Array.from(row.classList).find(
    (c) =>
      !looksGenerated(c) &&
      Array.from(row.parentElement?.children ?? []).filter((s) => s.classList.contains(c)).length >
        1,
  );
  if (shared) return `${tag}.${cssEscape(shared)}`;
  const parent = row.parentElement;
  if (!parent) return tag;
  const parentStep = stableAttribute(parent) ?? step(parent).replace(/:nth-of-type\(\d+\)$/, '');
  return `${parentStep} > ${tag}`;
}
