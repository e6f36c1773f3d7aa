/**
 * A rule's reason: what fired, the value, the threshold (when it has one), one English
 * sentence and the same sentence in translatable form.
 */
import type { RuleId } from './rule-ids';
import type { Reason, Sentence } from './types';

export const reasonFor =
  (decides: Reason['decides']) =>
  (
    rule: RuleId,
    value: Reason['value'],
    threshold: number | string | undefined,
    text: string,
    say: Sentence,
  ): Reason =>
    threshold === undefined
      ? { rule, decides, value, text, say }
      : { rule, decides, value, threshold, text, say };
