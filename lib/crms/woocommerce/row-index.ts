/**
 * Per-row lookups for long lists, done with one query per key instead of one per row: on a
 * 1,000-row orders list, 4,000 scoped queries cost more than everything else the reader does
 * (profiled in Chromium, 2026-11-23). Each key's winning candidate runs once over the list;
 * a row it missed falls back to its own scoped query, so per-row candidate order still holds.
 */
import type { WooContext } from './context';
import type { WooKey } from './selectors';

export class RowIndex {
  private readonly maps = new Map<WooKey, Map<Element, Element>>();

  constructor(
    private readonly list: ParentNode,
    private readonly ctx: WooContext,
  ) {}

  /** The first element of `key` inside `row` (from the index, else a scoped query). */
  one(key: WooKey, row: Element): Element | null {
    let map = this.maps.get(key);
    if (!map) {
      map = new Map();
      for (const el of this.ctx.sel.optionalAll(key, this.list)) {
        const owner = el.closest('tr');
        if (owner && !map.has(owner)) map.set(owner, el);
      }
      this.maps.set(key, map);
    }
    return map.get(row) ?? this.ctx.sel.optional(key, row);
  }

  /** Every element of `key` grouped by its table cell (e.g. the amounts in each total cell). */
  byCell(key: WooKey): Map<Element, Element[]> {
    const cells = new Map<Element, Element[]>();
    for (const el of this.ctx.sel.optionalAll(key, this.list)) {
      const cell = el.closest('td, th');
      if (!cell) continue;
      const list = cells.get(cell);
      if (list) list.push(el);
      else cells.set(cell, [el]);
    }
    return cells;
  }
}
