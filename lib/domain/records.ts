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
  /** The rule's sentence, for a change the rules made. */
  why?: Sentence;
  /**
   * Words shown as written: staff's own for a change they made ("Ann: VIP by contract"),
   * or the English sentence of an automatic change recorded before sentences were stored.
   */
  note?: string;
}

export interface FieldEvidence {
  field: string;
  page: string;
  url: string;
  seenAt: string;
}
