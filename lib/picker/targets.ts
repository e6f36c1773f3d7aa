/**
 * From the element under the pointer to what the picker proposes: the repeated row a click
 * belongs to, and a field's selector relative to its row on list pages (each row is read on
 * its own, so a document-wide selector would find the first customer's cell every time).
 */
import { queryAll } from '../crms/custom/fields';
import {
  suggestRowSelector,
  suggestSelector,
  type SelectorSuggestion,
} from '../reading/selector-suggest';
import type { PickedField } from './draft';

/** Row-like containers first; otherwise the nearest ancestor repeated among its siblings. */
export function rowElementOf(el: Element): Element | null {
  const known = el.closest('tr, li, [role="row"]');
  if (known && known.tagName !== 'BODY') return known;
  for (let cur: Element | null = el; cur && cur.tagName !== 'BODY'; cur = cur.parentElement) {
    const parent = cur.parentElement;
    if (!parent) break;
    const alike = Array.from(parent.children).filter((c) => c.tagName === cur?.tagName);
    if (alike.length >= 2) return cur;
  }
  return null;
}

/** The row (matched by the picked row selector) that contains `el`, if any. */
export function containingRow(el: Element, rowSelector: string): Element | null {
  const doc = el.ownerDocument;
  return queryAll(doc, rowSelector).find((row) => row.contains(el)) ?? null;
}

export function suggestionToField(s: SelectorSuggestion): PickedField {
  return {
    ...(s.selector ? { selector: s.selector } : {}),
    ...(s.label ? { label: s.label } : {}),
    strategy: s.strategy,
  };
}

/** Why a click was not taken, as the message key the panel shows. */
export const REFUSAL_KEYS = {
  'no-row': 'picker_refused_no_row',
  'outside-row': 'picker_refused_outside_row',
} as const;

/**
 * An id often lives only in a record link (`/customers/4711`): picking such a link for the
 * id proposes its href and a regex taking the path's last number.
 */
function withLinkId(el: Element, field: PickedField): PickedField {
  const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '') : '';
  if (!/\d/.test(href.split(/[?#]/)[0] ?? '')) return field;
  return { ...field, attribute: 'href', pattern: '(\\d+)\\/?(?:[?#].*)?$' };
}

export type PickOutcome =
  { ok: true; field: PickedField; rows?: number } | { ok: false; reason: 'no-row' | 'outside-row' };

/** What a click proposes for the current step. `rowSelector` is set once a row was picked. */
export function proposePick(
  el: Element,
  step: string,
  rowSelector: string | undefined,
): PickOutcome {
  if (step === 'row') {
    const row = rowElementOf(el);
    if (!row) return { ok: false, reason: 'no-row' };
    const selector = suggestRowSelector(row);
    return {
      ok: true,
      field: { selector, strategy: selector.includes('[') ? 'attribute' : 'structural' },
      rows: queryAll(el.ownerDocument, selector).length,
    };
  }
  const finish = (field: PickedField): PickOutcome => ({
    ok: true,
    field: step === 'id' ? withLinkId(el, field) : field,
  });
  if (rowSelector) {
    const row = containingRow(el, rowSelector);
    if (!row) return { ok: false, reason: 'outside-row' };
    if (el === row) return finish({ selector: ':scope', strategy: 'structural' });
    return finish(suggestionToField(suggestSelector(el, { scope: row })));
  }
  return finish(suggestionToField(suggestSelector(el)));
}
