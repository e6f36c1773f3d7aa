/**
 * Reading one field of a user-taught CRM: find the element (selector, label, or both), then
 * take its text or the chosen attribute, then `pattern`'s first capture group. Everything is
 * scoped to a row or the document, so a list page never queries the whole document per row.
 */
import type { CustomField } from './definition';
import { findByLabel, type HeadingCache } from './labels';
import { cleanText } from '../../reading/parse/text';

/** querySelector that treats a selector the engine cannot parse as "no match". */
function query(scope: ParentNode, css: string): Element | null {
  try {
    return scope.querySelector(css);
  } catch {
    return null;
  }
}

export function queryAll(scope: ParentNode, css: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(css));
  } catch {
    return [];
  }
}

/** Compiled patterns, cached: a list page applies the same one to every row. */
const PATTERNS = new Map<string, RegExp | null>();

function compile(source: string): RegExp | null {
  try {
    return new RegExp(source);
  } catch {
    return null; // validated on save; a bad pattern here reads nothing
  }
}

function compiled(source: string): RegExp | null {
  const cached = PATTERNS.get(source);
  if (cached !== undefined) return cached;
  const re = compile(source);
  if (PATTERNS.size < 500) PATTERNS.set(source, re);
  return re;
}

export function fieldElement(
  scope: Element | Document,
  field: CustomField,
  headings?: HeadingCache,
): Element | null {
  // `:scope` alone names the row itself (its own `data-id`, say): querySelector cannot.
  if (field.selector === ':scope' && field.label === undefined) {
    return scope instanceof Element ? scope : null;
  }
  if (field.label !== undefined) {
    const labelled = findByLabel(scope, field.label, headings);
    if (!labelled || field.selector === undefined) return labelled;
    return labelled.matches(field.selector) ? labelled : query(labelled, field.selector);
  }
  return field.selector === undefined ? null : query(scope, field.selector);
}

/** The raw value of `el` for `field` (untrusted, not yet cleaned). */
export function rawValue(el: Element, field: CustomField, max: number): string | undefined {
  const source = field.attribute ? el.getAttribute(field.attribute) : el.textContent;
  if (source === null) return undefined;
  const text = cleanText(source, max);
  if (!field.pattern) return text || undefined;
  const m = compiled(field.pattern)?.exec(text);
  if (!m) return undefined;
  return cleanText(m[1] ?? m[0], max) || undefined;
}

export function readField(
  scope: Element | Document,
  field: CustomField | undefined,
  max = 500,
  headings?: HeadingCache,
): { el: Element | null; value: string | undefined } {
  if (!field) return { el: null, value: undefined };
  const el = fieldElement(scope, field, headings);
  return { el, value: el ? rawValue(el, field, max) : undefined };
}
