/**
 * The effective classification: the automatic result with a manual override applied
 * (pure). A pin replaces the stage and/or category; a floor lets the automatic stage
 * rise above the override's stage but never fall below it (a floor's category acts as a
 * pin: categories have no order). An expired override no longer applies. The automatic
 * result is always kept beside the effective one, with a flag when they disagree.
 */
import type { Override } from '../domain/records';
import { LADDER, type Classification, type Stage } from '../segmentation/types';
import type { ClassifierPort } from './classifier';
import { instant } from './time';

export interface Applied {
  /** What the rules decided, before the override. */
  automatic: Classification;
  effective: Classification;
  /** The override in force (null when none, or expired). */
  active: Override | null;
  /** The override decides the stage or category shown. */
  overridden: boolean;
  stageFromOverride: boolean;
  categoryFromOverride: boolean;
  disagrees: boolean;
}

/** Rank on the ladder; disqualified stands beside it, below the first rung. */
export function ladderRank(stage: Stage): number {
  return LADDER.indexOf(stage);
}

export function isExpired(override: Override, now: Date): boolean {
  return override.expiresAt !== undefined && instant(override.expiresAt) <= now.getTime();
}

export function applyOverride(
  automatic: Classification,
  override: Override | null,
  now: Date,
  port: Pick<ClassifierPort, 'labelsFor' | 'treatmentFor'>,
  settings: unknown,
): Applied {
  const active = override && !isExpired(override, now) ? override : null;
  if (!active) {
    return {
      automatic,
      effective: automatic,
      active: null,
      overridden: false,
      stageFromOverride: false,
      categoryFromOverride: false,
      disagrees: false,
    };
  }
  const stageFromOverride =
    active.stage !== undefined &&
    (active.mode === 'pin' ||
      active.stage === 'disqualified' ||
      ladderRank(automatic.stage) < ladderRank(active.stage));
  const categoryFromOverride = active.category !== undefined;
  const stage = stageFromOverride && active.stage ? active.stage : automatic.stage;
  const category = categoryFromOverride && active.category ? active.category : automatic.category;
  const changed = stage !== automatic.stage || category !== automatic.category;
  const effective: Classification = changed
    ? {
        ...automatic,
        stage,
        category,
        labels: port.labelsFor(category, settings),
        treatment: port.treatmentFor(stage, category, settings),
        // The rule-derived next step belongs to the automatic stage; it may not apply now.
        next: stageFromOverride ? null : automatic.next,
      }
    : automatic;
  const disagrees =
    (active.stage !== undefined && active.stage !== automatic.stage) ||
    (active.category !== undefined && active.category !== automatic.category);
  return {
    automatic,
    effective,
    active,
    overridden: stageFromOverride || categoryFromOverride,
    stageFromOverride,
    categoryFromOverride,
    disagrees,
  };
}
