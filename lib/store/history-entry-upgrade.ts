/**
 * History entries recorded before reasons were stored as sentences only: `why` was the
 * English sentence (or staff's own words) and `whySay` the same sentence, translatable,
 * where one existed. The upgrade keeps the sentence where there was one and otherwise the
 * words as written, so nothing recorded is lost and every entry reads as it did (pure).
 */
import type { HistoryEntry } from '../domain/records';
import type { Sentence } from '../segmentation/types';

/** An entry in the shape before sentences only (`why` text, optional `whySay`), or today's. */
export type StoredHistoryEntry = Omit<HistoryEntry, 'why'> & {
  why?: string | Sentence;
  whySay?: Sentence;
};

export function upgradeHistoryEntry(entry: StoredHistoryEntry): HistoryEntry {
  const { why, whySay, note, ...rest } = entry;
  const sentence = whySay ?? (typeof why === 'object' && why !== null ? why : undefined);
  const words = note ?? (typeof why === 'string' && !whySay ? why : undefined);
  return {
    ...rest,
    ...(sentence ? { why: sentence } : {}),
    ...(words !== undefined ? { note: words } : {}),
  };
}
