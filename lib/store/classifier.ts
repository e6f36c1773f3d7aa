/**
 * The store's port to the segmentation engine. The store caches, persists and applies
 * overrides around these calls; the rules themselves stay in lib/segmentation (pure,
 * clock passed in). Settings and account contexts are opaque here: the store only
 * stores them (they must be structured-cloneable plain data) and hands them back.
 * `segmentation-port.ts` adapts the real engine; tests pass a small fake.
 */
import type { Profile } from '../domain/profile';
import type {
  Category,
  CategoryLabels,
  Classification,
  Stage,
  Treatment,
  Vocabulary,
} from '../segmentation/types';

/** `S`: the engine's settings type, what `defaultSettings` and `validateSettings` return. */
export interface ClassifierPort<S = unknown> {
  /** Classify one customer as of a day (YYYY-MM-DD), against the account's context. */
  classify(profile: Profile, asOf: string, settings: unknown, account: unknown): Classification;
  /** Percentile thresholds and the like, over all the account's known customers. */
  buildAccountContext(profiles: Profile[], settings: unknown, asOf: string): unknown;
  defaultSettings(): S;
  /** Returns complete, valid settings, or throws a SettingsError naming the bad field. */
  validateSettings(value: unknown): S;
  vocabulary(settings: unknown): Vocabulary;
  labelsFor(category: Category, settings: unknown): CategoryLabels;
  /** The playbook for an overridden stage/category (the engine's precedence rules). */
  treatmentFor(stage: Stage, category: Category, settings: unknown): Treatment;
}

export function labelIn(labels: CategoryLabels, vocabulary: Vocabulary): string {
  return vocabulary === 'one-page' ? labels.onePage : labels.classic;
}
