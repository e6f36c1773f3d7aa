/**
 * Ordered-candidate selection over a keyed selector table, with a diagnostics collector.
 *
 * Each key lists CSS candidates in order of trust. We try them one at a time and keep the
 * first that finds something: a comma-joined selector would return matches in document
 * order and silently let a weak fallback win over the stable hook (../shared/STYLE.md §2).
 * Keys that find nothing are recorded so selector rot shows up in the side panel (§3).
 */
import { cleanText } from './parse/text';
import { NOT_SHOWN, shownTextOf } from '../dom/shown-text';

export interface Candidate {
  readonly css: string;
  /** Where this hook was seen and when (research section, date): selectors are data. */
  readonly source: string;
}

export type SelectorTable<K extends string = string> = Readonly<Record<K, readonly Candidate[]>>;

/** Keeps elements whose context is trustworthy (e.g. a card of the URL's object type). */
export type Accept = (el: Element) => boolean;

/** querySelectorAll that treats a selector the engine cannot parse as "no match". */
function queryAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** One page read: selections plus the diagnostics they produced, in first-seen order. */
export class Selection<K extends string> {
  private readonly notes = new Set<string>();

  constructor(private readonly table: SelectorTable<K>) {}

  /** Every match of the first candidate that finds at least one accepted element. */
  all(key: K, root: ParentNode, accept?: Accept): Element[] {
    for (const candidate of this.table[key]) {
      const found = queryAll(root, candidate.css).filter((el) => !accept || accept(el));
      if (found.length > 0) return found;
    }
    this.notes.add(key);
    return [];
  }

  /** The first match of the first candidate that finds something, or null (noted). */
  one(key: K, root: ParentNode, accept?: Accept): Element | null {
    return this.all(key, root, accept)[0] ?? null;
  }

  /** Like `all` but without a diagnostic: for hooks that may rightly match nothing. */
  optionalAll(key: K, root: ParentNode, accept?: Accept): Element[] {
    const before = this.notes.has(key);
    const found = this.all(key, root, accept);
    if (!before) this.notes.delete(key);
    return found;
  }

  /** Like `one` but without a diagnostic. */
  optional(key: K, root: ParentNode, accept?: Accept): Element | null {
    return this.optionalAll(key, root, accept)[0] ?? null;
  }

  /** Record a value that was found but could not be read (`<key>:unparsed`). */
  unparsed(key: K): void {
    this.notes.add(`${key}:unparsed`);
  }

  /** Record a free-form diagnostic, e.g. a row left out for lack of a customer key. */
  note(diagnostic: string): void {
    this.notes.add(diagnostic);
  }

  diagnostics(): string[] {
    return [...this.notes];
  }
}

/**
 * For tests and the side panel: how many elements each key's winning candidate matches
 * (0 when none does). Lets a fixture test pin down exactly what every hook finds.
 */
export function countMatches<K extends string>(
  table: SelectorTable<K>,
  root: ParentNode,
): Record<K, number> {
  const counts = {} as Record<K, number>;
  for (const key of Object.keys(table) as K[]) {
    counts[key] = new Selection(table).all(key, root).length;
  }
  return counts;
}

/** Visible text of an element as a safe, bounded plain string (never parsed as HTML). */
export function textOf(el: Element | null | undefined, max = 500): string {
  return el ? cleanText(shownTextOf(el), max) : '';
}

/** An element's text, or '' when the CRM shows its empty-value dash ("--", "—"). */
export function shownText(el: Element | null | undefined, max = 500): string {
  const text = textOf(el, max);
  return /^[-\u2013\u2014]*$/.test(text) ? '' : text;
}

/** Elements with no element children (`root` included): where a label or value is spelled out. */
export function leaves(root: ParentNode): Element[] {
  const all = queryAll(root, '*');
  if (root instanceof Element || (root as Node).nodeType === 1) all.unshift(root as Element);
  return all.filter((el) => el.children.length === 0 && !el.closest(NOT_SHOWN));
}

/** Comparable form of a visible label: case, spacing, invisibles and a trailing colon ignored. */
export function labelKey(text: string): string {
  return cleanText(text, 200).normalize('NFKC').toLocaleLowerCase('en-US').replace(/\s*:$/, '');
}

/** Builds a label → value lookup from per-language lists, keyed by `labelKey`. */
export function labelLookup<V>(entries: Iterable<readonly [V, readonly string[]]>): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, labels] of entries) {
    for (const label of labels) map.set(labelKey(label), value);
  }
  return map;
}
