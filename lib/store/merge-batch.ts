/**
 * The fast path of a page read: merge all of a page's rows with a constant number of
 * IndexedDB round trips instead of several per row. Reads are issued together (aliases,
 * then profiles), rows merge in memory in page order, and writes go out together. In
 * Chromium each awaited request costs a trip through the IndexedDB task queue, so a list
 * page of 1,000 rows done row by row spends most of its time waiting.
 *
 * A row that would join two already-separate customers needs their overrides and
 * history moved (customer-records.ts `absorbInto`); such a page returns null here,
 * having written nothing, and observe.ts takes the row-by-row path instead.
 */
import type { Profile } from '../domain/profile';
import { loadCustomer, saveCustomer } from './customer-records';
import { aliasesOf } from './keys';
import { mergeCustomer, type MergedCustomer, type Source } from './merge';
import type { WriteTx } from './tx';

export async function mergeBatch(
  tx: WriteTx,
  rows: (Profile | null)[],
  source: Source,
  diagnostics: string[] | undefined,
): Promise<{ ids: (string | null)[]; created: Set<string> } | null> {
  const rowAliases = rows.map((row) => (row ? aliasesOf(row.key) : []));
  const unique = [...new Set(rowAliases.flat())];
  const found = await Promise.all(unique.map((alias) => tx.objectStore('aliases').get(alias)));
  const aliasToId = new Map<string, string>();
  for (const record of found) if (record) aliasToId.set(record.alias, record.id);

  // Resolve every row in page order, as the row-by-row path would.
  const rowIds: (string | null)[] = [];
  for (const aliases of rowAliases) {
    if (aliases.length === 0) {
      rowIds.push(null);
      continue;
    }
    const ids = [...new Set(aliases.flatMap((a) => aliasToId.get(a) ?? []))];
    if (ids.length > 1) return null;
    const id = ids[0] ?? aliases[0]!;
    for (const alias of aliases) aliasToId.set(alias, id);
    rowIds.push(id);
  }

  const distinct = [...new Set(rowIds.filter((id): id is string => id !== null))];
  const loaded = await Promise.all(distinct.map((id) => loadCustomer(tx, id)));
  const merged = new Map<string, MergedCustomer | null>(
    distinct.map((id, i) => [id, loaded[i] ?? null]),
  );
  const extraAliases = new Map<string, string[]>();
  rows.forEach((row, i) => {
    const id = rowIds[i];
    if (!row || !id) return;
    merged.set(id, mergeCustomer(merged.get(id) ?? null, row, source));
    extraAliases.set(id, [...(extraAliases.get(id) ?? []), ...rowAliases[i]!]);
  });
  await Promise.all(
    distinct.map((id) =>
      saveCustomer(tx, id, merged.get(id)!, diagnostics, source.seenAt, extraAliases.get(id)),
    ),
  );
  const created = new Set(distinct.filter((_, i) => !loaded[i]));
  return { ids: rowIds, created };
}
