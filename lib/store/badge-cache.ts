/**
 * The badges of customers the background has just looked up or observed, kept in memory.
 *
 * Why: a list page of 1,000 rows asks for 1,000 badges at once, and going to IndexedDB for
 * them costs a few thousand requests (alias, cached result, override per key) and, worse,
 * waits behind any page read still writing. Revisiting a list, scrolling a virtualised
 * table or an SPA re-render asks for the same keys again within minutes; answering those
 * from memory is what lets badges appear within a frame or two of the rows.
 *
 * Correctness: an entry answers only for the settings revision and UTC day it was made
 * under (the same validity as the classification cache in IndexedDB). The cached store
 * (./cached-store.ts) clears the whole cache before and again after every write method
 * of the store (an override, a settings save, a reclassification, an import chunk, a
 * restore, a page read that joined two customers);
 * an ordinary page read replaces the entries of the customers it read, under each of
 * their aliases. A look-up that was reading IndexedDB while any of this happened does not
 * fill the cache (the generation check), so a stale view can never be put back. Views
 * under a manual override are not kept: the override may expire at any minute.
 * Keys are stored as `customerKeyString` of the normalized key, which is always one of
 * the customer's `aliasesOf` strings: that is what lets `forget` find them.
 */
import type { BadgeView } from '../domain/views';
import { customerKeyString } from '../domain/customer-key';
import type { CustomerKey } from '../domain/profile';
import { normalizeKey } from './keys';

interface Entry {
  view: BadgeView | null;
  revision: number;
  day: string;
}

/** When `max` entries are held, the oldest are dropped (Map keeps insertion order). */
export const BADGE_CACHE_MAX = 20_000;

export interface BadgeCache {
  /** The cached view for `key` under this revision and day; undefined when unknown. */
  get(key: CustomerKey, revision: number, day: string): BadgeView | null | undefined;
  /** A token to pass to `fill`: fills from before the next `clear` are ignored. */
  generation(): number;
  fill(
    generation: number,
    keys: readonly CustomerKey[],
    views: readonly (BadgeView | null)[],
    revision: number,
    day: string,
  ): void;
  /**
   * Drop what is known under these alias strings (`aliasesOf`) and stop fills already
   * under way: a page read just changed those customers.
   */
  forget(aliases: Iterable<string>): void;
  clear(): void;
  readonly size: number;
}

const cacheKey = (key: CustomerKey) => customerKeyString(normalizeKey(key));

export function createBadgeCache(max = BADGE_CACHE_MAX): BadgeCache {
  const entries = new Map<string, Entry>();
  let generation = 0;
  return {
    get(key, revision, day) {
      const entry = entries.get(cacheKey(key));
      if (!entry || entry.revision !== revision || entry.day !== day) return undefined;
      return entry.view;
    },
    generation: () => generation,
    fill(at, keys, views, revision, day) {
      if (at !== generation) return;
      keys.forEach((key, index) => {
        const view = views[index] ?? null;
        if (view?.overridden) return;
        const id = cacheKey(key);
        // Re-inserting moves the key to the young end, so eviction drops the least recent.
        entries.delete(id);
        entries.set(id, { view, revision, day });
      });
      for (const oldest of entries.keys()) {
        if (entries.size <= max) break;
        entries.delete(oldest);
      }
    },
    forget(aliases) {
      generation += 1;
      for (const alias of aliases) entries.delete(alias);
    },
    clear() {
      generation += 1;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
