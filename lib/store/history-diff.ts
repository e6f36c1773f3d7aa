/**
 * Which history entries a new effective result adds (pure): one per changed field,
 * stage or category, saying where from, where to, when, and why (the override's reason
 * when staff decided it, else the top rule that decided that field).
 */
import type { HistoryEntry } from '../domain/records';
import type { Category, Stage } from '../segmentation/types';
import type { Applied } from './apply-override';

export interface Shown {
  stage: Stage | null;
  category: Category | null;
}

export function historyEntries(previous: Shown, applied: Applied, at: string): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const { effective, active } = applied;
  const why = (
    field: 'stage' | 'category',
    manual: boolean,
  ): Pick<HistoryEntry, 'why' | 'note'> => {
    if (manual && active) return { note: `${active.by}: ${active.reason}` };
    const reason = effective.reasons.find((r) => r.decides === field);
    return reason ? { why: reason.say } : {};
  };
  if (previous.stage !== effective.stage) {
    entries.push({
      at,
      field: 'stage',
      from: previous.stage,
      to: effective.stage,
      source: applied.stageFromOverride ? 'manual' : 'automatic',
      ...why('stage', applied.stageFromOverride),
    });
  }
  if (previous.category !== effective.category) {
    entries.push({
      at,
      field: 'category',
      from: previous.category,
      to: effective.category,
      source: applied.categoryFromOverride ? 'manual' : 'automatic',
      ...why('category', applied.categoryFromOverride),
    });
  }
  return entries;
}
