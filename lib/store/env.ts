/**
 * What every classification in one store call shares: engine, settings, and the day.
 * Inputs only, plus one memo: nothing a callee learns is written back here (a page read
 * returns what it found out, see observe.ts), and modes are parameters of the functions
 * that have them.
 */
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
  };
}
