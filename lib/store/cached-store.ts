/**
 * The badge cache (./badge-cache.ts) as a wrapper around the IndexedDB store: look-ups
 * are answered from memory where it knows the answer, and every write method of the
 * store (`STORE_WRITES`, ./api.ts) forgets what it may have changed. The wrapper walks
 * that list itself, so a new write method is covered the day it is added and no caller
 * ever has to say "results changed".
 *
 * Forgetting happens before a write (look-ups started meanwhile will not fill the cache:
 * the generation check) and again once it finished (dropping what a look-up on the old
 * state put back just before). A page read is the one write that forgets less: only the
 * customers it read, under each of their aliases — unless it joined two customers, which
 * may change results of keys it was not asked about. The reclassifications the store
 * runs on its own (after a settings save or a restore) report progress per chunk; each
 * report forgets too.
 */
import type { CustomerKey } from '../domain/profile';
import type { BadgeView } from '../domain/views';
import { STORE_READS, STORE_WRITES, type Observation, type RungStore } from './api';
import { createBadgeCache, type BadgeCache } from './badge-cache';
import { aliasesOf, dayOf } from './keys';
import {
  openIndexedDbStore,
  type IndexedDbStore,
  type ObserveOutcome,
  type OpenRungStoreOptions,
} from './rung-store';

/** Open the IndexedDB store with the badge cache around it: what the background uses. */
export async function openRungStoreWith<S>(
  options: OpenRungStoreOptions<S>,
): Promise<RungStore<S>> {
  const badges = createBadgeCache();
  const inner = await openIndexedDbStore({
    ...options,
    onReclassifyProgress: (progress) => {
      badges.clear();
      options.onReclassifyProgress?.(progress);
    },
  });
  return withBadgeCache(inner, badges);
}

export function withBadgeCache<S>(
  inner: IndexedDbStore<S>,
  badges: BadgeCache = createBadgeCache(),
): RungStore<S> {
  /** Answers what the cache knows and asks the store only for the rest. */
  const lookupBadges = async (keys: CustomerKey[], now: Date) => {
    const generation = badges.generation();
    const revision = await inner.settingsRevision();
    const day = dayOf(now);
    const views: (BadgeView | null | undefined)[] = keys.map((key) =>
      badges.get(key, revision, day),
    );
    const missing = keys.filter((_key, index) => views[index] === undefined);
    if (missing.length === 0) return views as (BadgeView | null)[];
    const read = await inner.lookupBadges(missing, now);
    badges.fill(generation, missing, read, revision, day);
    let next = 0;
    return views.map((view) => (view === undefined ? (read[next++] ?? null) : view));
  };

  /** After a page read: its customers' views replace what the cache knew of them. */
  const rememberObserved = (
    observation: Observation,
    outcome: ObserveOutcome,
    revision: number,
    now: Date,
  ) => {
    if (outcome.joinedCustomers) {
      badges.clear();
      return;
    }
    // Only rows the read accepted: a refused row (null) may not even have a key.
    const kept = outcome.badges.flatMap((view, index) => {
      const customer = observation.scrape.customers[index];
      return view && customer ? [{ key: customer.key, view }] : [];
    });
    badges.forget(kept.flatMap(({ key, view }) => [...aliasesOf(key), ...aliasesOf(view.key)]));
    badges.fill(
      badges.generation(),
      kept.map((k) => k.key),
      kept.map((k) => k.view),
      revision,
      dayOf(now),
    );
  };

  const forgettingAround =
    <A extends unknown[], R>(method: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      badges.clear();
      try {
        return await method(...args);
      } finally {
        badges.clear();
      }
    };

  const store = { close: () => inner.close() } as RungStore<S>;
  const bound = <K extends keyof RungStore<S>>(name: K) =>
    (inner[name as keyof IndexedDbStore<S>] as (...args: unknown[]) => Promise<unknown>).bind(
      inner,
    );
  for (const name of STORE_READS) Object.assign(store, { [name]: bound(name) });
  for (const name of STORE_WRITES) Object.assign(store, { [name]: forgettingAround(bound(name)) });
  store.lookupBadges = lookupBadges;
  store.observe = async (observation, now) => {
    const revision = await inner.settingsRevision();
    const outcome = await inner.observe(observation, now);
    rememberObserved(observation, outcome, revision, now);
    return outcome.badges;
  };
  return store;
}
