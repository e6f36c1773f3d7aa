/**
 * Warnings about data that had to be ignored or corrected, as translatable sentences
 * (`Classification.warnings`). Most customers have no warning: they share one frozen
 * empty list.
 */
import type { Sentence } from './types';

export interface Warnings {
  say: Sentence[] | null;
}

export const NO_SENTENCES: readonly Sentence[] = Object.freeze([]);

export const newWarnings = (): Warnings => ({ say: null });

export function warn(w: Warnings, say: Sentence): void {
  (w.say ??= []).push(say);
}
