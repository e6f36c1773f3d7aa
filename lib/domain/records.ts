/**
 * What Rung stores about a customer beside the profile (./profile.ts): the staff's manual
 * override, the history of what was shown, and the evidence behind each field. The store
 * keeps these, a backup carries them, and the side panel shows them.
 */
import type { Category, Sentence, Stage } from '../segmentation/types';

export type OverrideMode = 'pin' | 'floor';

export interface Override {
  stage?: Stage;
  category?: Category;
  reason: string;
  mode: OverrideMode;
  by: string;
  at: string;
  expiresAt?: string;
}

export interface HistoryEntry {
  at: string;
  field: 'stage' | 'category';
  from: string | null;
  to: string;
  source: 'automatic' | 'manual';
  /** The rule's sentence in English, or staff's own words for a change they made. */
  why: string;
  /** The rule's sentence, translatable (automatic changes recorded since sentences had one). */
  whySay?: Sentence;
}

export interface FieldEvidence {
  field: string;
  page: string;
  url: string;
  seenAt: string;
}
