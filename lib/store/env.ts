/** What every classification in one store call shares: engine, settings, and the day. */
import type { Vocabulary } from '../segmentation/types';
import type { ClassifierPort } from './classifier';
import { dayOf } from './keys';

export interface Env {
  port: ClassifierPort;
  settings: unknown;
  revision: number;
  vocabulary: Vocabulary;
  now: Date;
  /** YYYY-MM-DD (UTC): the classification's asOf and the cache's validity. */
  day: string;
  /**
   * Account contexts already read or built during this call: a page of 1,000 customers of
   * one account reads (and structured-clones) its context once, not 1,000 times.
   */
  contexts: Map<string, unknown>;
  /**
   * Set when this call joined two stored customers into one: results of keys it was not
   * asked about may then have changed (the badge cache must start over).
   */
  joinedCustomers: boolean;
  /**
   * A page read sets this: an account context that is stale only because the account grew
   * is used as it is, and the account goes into `staleContexts` to be rebuilt after the
   * read, in a transaction of its own.
   */
  deferContextRebuilds: boolean;
  staleContexts: Set<string>;
  /**
   * Compute results without caching them or writing history: showing a stored customer
   * when the disk is full, where any write would be refused.
   */
  readOnly: boolean;
}

export function makeEnv(port: ClassifierPort, settings: unknown, revision: number, now: Date): Env {
  return {
    port,
    settings,
    revision,
    vocabulary: port.vocabulary(settings),
    now,
    day: dayOf(now),
    contexts: new Map(),
    joinedCustomers: false,
    deferContextRebuilds: false,
    staleContexts: new Set(),
    readOnly: false,
  };
}
