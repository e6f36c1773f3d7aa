/** Building the small view a badge shows from a classification and its override (pure). */
import type { BadgeView } from '../domain/views';
import type { CustomerKey } from '../domain/profile';
import type { Sentence, Vocabulary } from '../segmentation/types';
import type { Applied } from './apply-override';
import { labelIn } from './classifier';

export function badgeView(key: CustomerKey, applied: Applied, vocabulary: Vocabulary): BadgeView {
  const { effective, active } = applied;
  const reasons = effective.reasons.map((r) => r.say);
  const top: Sentence[] =
    applied.overridden && active
      ? [
          {
            key: 'badge_reason_set_by',
            args: [
              { kind: 'text' as const, value: active.by },
              { kind: 'text' as const, value: active.reason },
            ],
          },
          ...reasons,
        ].slice(0, 2)
      : reasons.slice(0, 2);
  return {
    key,
    stage: effective.stage,
    category: effective.category,
    categoryLabel: labelIn(effective.labels, vocabulary),
    treatmentHeadline: effective.treatment.headline,
    topReasons: top,
    confidence: effective.confidence,
    overridden: applied.overridden,
    disagrees: applied.disagrees,
  };
}
