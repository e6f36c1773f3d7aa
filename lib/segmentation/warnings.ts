/**
 * Warnings about data that had to be ignored or corrected, each as an English sentence and
 * the same sentence in translatable form (`Classification.warningsSay`, same order).
 * Most customers have no warning: they share one frozen empty list of sentences.
 */
import type { Sentence } from './types';

export interface Warnings {
  text: string[];
  say: Sentence[] | null;
}

export const NO_SENTENCES: readonly Sentence[] = Object.freeze([]);

export const newWarnings = (): Warnings => ({ text: [], say: null });

export function warn(w: Warnings, text: string, say: Sentence): void {
  w.text.push(text);
  (w.say ??= []).push(say);
}
