/**
 * A rule's reason: what fired, the value, the threshold (when it has one) and the
 * sentence that explains it.
 */
import type { RuleId } from './rule-ids';
import type { Reason, Sentence } from './types';

export const reasonFor =
  (decides: Reason['decides']) =>
  (
    rule: RuleId,
    value: Reason['value'],
    threshold: number | string | undefined,
    say: Sentence,
  ): Reason =>
    threshold === undefined
      ? { rule, decides, value, say }
      : { rule, decides, value, threshold, say };
