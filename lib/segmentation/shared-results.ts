/**
 * Sharing of identical result parts between classifications. Most explanation sentences
 * depend on a couple of small integers ("repeat customer: 3 orders ≥ 2"), so 100,000
 * customers need only a few hundred distinct ones. Sharing one frozen object per distinct
 * sentence keeps classifyAll's memory (and garbage-collection time) flat.
 *
 * Entries are keyed per settings object (thresholds appear in the sentences) and per
 * table, by a number packed from the values; each table is bounded. `make` is a
 * module-level function taking the numbers as arguments, not a closure: this runs per
 * customer, and a closure per call would be an allocation per call.
 */
import type { Settings } from './settings';

const MAX_ENTRIES = 20_000;
const bySettings = new WeakMap<Settings, Map<string, Map<number, unknown>>>();
// classifyAll uses one settings object throughout: skip the WeakMap lookup for it.
let lastSettings: Settings | null = null;
let lastTables = new Map<string, Map<number, unknown>>();

function tablesFor(settings: Settings): Map<string, Map<number, unknown>> {
  if (settings === lastSettings) return lastTables;
  let tables = bySettings.get(settings);
  if (!tables) {
    tables = new Map();
    bySettings.set(settings, tables);
  }
  lastSettings = settings;
  lastTables = tables;
  return tables;
}

export type Maker<T> = (settings: Settings, a: number, b: number, c: number) => T;

/** The shared value for (settings, table, key), made once by `make(settings, a, b, c)`. */
export function shared<T extends object>(
  settings: Settings,
  table: string,
  key: number | null,
  make: Maker<T>,
  a = 0,
  b = 0,
  c = 0,
): T {
  if (key === null) return make(settings, a, b, c);
  const tables = tablesFor(settings);
  let entries = tables.get(table);
  if (!entries) {
    entries = new Map();
    tables.set(table, entries);
  }
  const hit = entries.get(key);
  if (hit !== undefined) return hit as T;
  const value = Object.freeze(make(settings, a, b, c));
  // Bounded: a table full of one-off keys is cleared rather than left to grow.
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(key, value);
  return value;
}

// Keys stay below 2^30 so they are small integers to the engine: a larger number would be
// boxed (allocated) on every lookup, which is what this table exists to avoid.
const fits = (n: number, bits: number) => Number.isInteger(n) && n >= 0 && n < 2 ** bits;

/** Key for one count below 2^30, or null (no sharing). */
export function key1(a: number): number | null {
  return fits(a, 30) ? a : null;
}

/** Key for a count below 1,024 and one below 2^20 (e.g. orders and days), or null. */
export function key2(small: number, big: number): number | null {
  return fits(small, 10) && fits(big, 20) ? small * 1_048_576 + big : null;
}

/** Key for a kind below 4, a count below 1,024 and a day number below 2^18, or null. */
export function key3(kind: number, small: number, big: number): number | null {
  return fits(kind, 2) && fits(small, 10) && fits(big, 18)
    ? (kind * 1024 + small) * 262_144 + big
    : null;
}
