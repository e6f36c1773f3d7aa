/** Building the small view a badge shows from a classification and its override (pure). */
import type { BadgeView } from '../messages/protocol';
import type { CustomerKey } from '../profile';
import type { Vocabulary } from '../segmentation/types';
import type { Applied } from './apply-override';
import { labelIn } from './classifier';

export function badgeView(key: CustomerKey, applied: Applied, vocabulary: Vocabulary): BadgeView {
  const { effective } = applied;
  const topReasons =
    applied.overridden && applied.active
      ? [
          `Set by ${applied.active.by}: ${applied.active.reason}`,
          ...effective.reasons.map((r) => r.text),
        ]
      : effective.reasons.map((r) => r.text);
  return {
    key,
    stage: effective.stage,
    category: effective.category,
    categoryLabel: labelIn(effective.labels, vocabulary),
    treatmentHeadline: effective.treatment.headline,
    topReasons: topReasons.slice(0, 2),
    confidence: effective.confidence,
    overridden: applied.overridden,
    disagrees: applied.disagrees,
  };
}
