/**
 * Label-relative fields for user-taught CRMs. Many CRMs give a value no stable hook but put a
 * visible label beside it: a `<th>` column heading or row heading, a `<dt>`, a `<label for>`,
 * or a "Label:" element just before it. `labelOf` names the label of a clicked value (the
 * picker's proposal); `findByLabel` finds the value again from that label (the reader). Both
 * use the same rules, and tests check the round trip.
 */
import { cleanText } from '../../reading/parse/text';
import { labelKey } from '../../reading/select';

/** Comparable label text (case, spacing, invisibles and a trailing colon ignored). */
const text = (el: Element | null | undefined) => labelKey(el?.textContent ?? '');
/** Label text as shown, for storing in a definition a user can read. */
const display = (el: Element | null | undefined) =>
  cleanText(el?.textContent ?? '', 100).replace(/\s*:$/, '');

/** The column heading cells of a table: its `<thead>` row, else its first row of `<th>`s. */
function headerCells(table: Element): Element[] {
  const head = table.querySelector(':scope > thead > tr');
  if (head) return Array.from(head.children);
  const first = table.querySelector('tr');
  const cells = first ? Array.from(first.children) : [];
  return cells.length > 0 && cells.every((c) => c.tagName === 'TH') ? cells : [];
}

function labelOfCell(cell: Element): string | null {
  const row = cell.parentElement;
  if (!row || row.tagName !== 'TR') return null;
  // A key-value table row: <tr><th>Email</th><td>…</td></tr>.
  const rowHeads = Array.from(row.children).filter((c) => c.tagName === 'TH');
  if (cell.tagName === 'TD' && rowHeads.length === 1 && row.children.length === 2) {
    return display(rowHeads[0]) || null;
  }
  const table = row.closest('table');
  const index = Array.from(row.children).indexOf(cell);
  const header = table ? headerCells(table)[index] : undefined;
  return header && header !== cell ? display(header) || null : null;
}

/** The visible label naming `el`'s value; null when there is none. */
export function labelOf(el: Element): string | null {
  const cell = el.closest('td, th');
  if (cell) return labelOfCell(cell);
  const dd = el.closest('dd');
  if (dd) {
    let prev = dd.previousElementSibling;
    while (prev && prev.tagName !== 'DT') prev = prev.previousElementSibling;
    return prev ? display(prev) || null : null;
  }
  const id = el.getAttribute('id');
  if (id) {
    const label = el.ownerDocument.querySelector(`label[for="${id.replace(/["\\]/g, '\\$&')}"]`);
    if (label) return display(label) || null;
  }
  const prev = el.previousElementSibling;
  const prevText = prev?.textContent?.trim() ?? '';
  if (prev && (prev.tagName === 'LABEL' || /:$/.test(prevText))) return display(prev) || null;
  return null;
}

const LABEL_HOLDERS = 'th, dt, label, strong, b, span, p, div, h2, h3, h4, h5, h6';

function valueBesideLabel(label: Element): Element | null {
  const doc = label.ownerDocument;
  if (label.tagName === 'LABEL') {
    const target = label.getAttribute('for');
    const byFor = target ? doc.getElementById(target) : null;
    if (byFor) return byFor;
  }
  if (label.tagName === 'DT') {
    let next = label.nextElementSibling;
    while (next && next.tagName !== 'DD') next = next.nextElementSibling;
    return next;
  }
  if (label.tagName === 'TH' && label.parentElement?.children.length === 2) {
    return label.nextElementSibling;
  }
  return label.nextElementSibling;
}

/**
 * Column heading keys per table, shared by one page read: a 1,000-row list would otherwise
 * re-read and re-normalise every heading for every field of every row.
 */
export type HeadingCache = Map<Element, string[]>;

function headingKeys(table: Element, cache: HeadingCache | undefined): string[] {
  const hit = cache?.get(table);
  if (hit) return hit;
  const keys = headerCells(table).map((h) => text(h));
  cache?.set(table, keys);
  return keys;
}

/** In a table row, the cell under the column headed `label`. */
function cellInRow(row: Element, key: string, cache: HeadingCache | undefined): Element | null {
  const table = row.closest('table');
  if (!table) return null;
  const index = headingKeys(table, cache).indexOf(key);
  return index >= 0 ? (row.children[index] ?? null) : null;
}

/** A definition's few labels, normalised once rather than once per row and field. */
const DEFINITION_KEYS = new Map<string, string>();

function definitionKey(label: string): string {
  const hit = DEFINITION_KEYS.get(label);
  if (hit !== undefined) return hit;
  const key = labelKey(label);
  if (DEFINITION_KEYS.size < 500) DEFINITION_KEYS.set(label, key);
  return key;
}

/**
 * The value labelled `label` inside `scope`: a row's cell under that column heading, or the
 * element beside a matching label element. The first match in document order wins.
 */
export function findByLabel(
  scope: Element | Document,
  label: string,
  cache?: HeadingCache,
): Element | null {
  const key = definitionKey(label);
  if (!key) return null;
  if (scope instanceof Element && scope.tagName === 'TR') {
    const cell = cellInRow(scope, key, cache);
    if (cell) return cell;
  }
  for (const el of Array.from(scope.querySelectorAll(LABEL_HOLDERS))) {
    if (el.children.length > 2 || text(el) !== key) continue;
    // A wrapper whose child is the label itself (`<p><label>…</label><input></p>`): the
    // child comes later in this loop and is the better anchor.
    if (Array.from(el.children).some((child) => text(child) === key)) continue;
    const value = valueBesideLabel(el);
    if (value) return value;
  }
  return null;
}
